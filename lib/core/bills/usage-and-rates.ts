/**
 * What an option stores for the bill model ("Usage and rates"): the customer's usage, the solar production, the
 * tariff and, when it is not the project's default, the export rule. Stored as JSON beside the option and checked
 * with this schema on every write and every read, so a row written by an older build or by hand is refused with the
 * field named rather than computed wrongly.
 *
 * Hourly series keep the year they were read on (`year`): the model lays them on the proposal's calendar
 * (relayHourlyYear), dropping or repeating 29 February when the two years differ in length.
 */
import { z } from "zod";
import { billInputError } from "./errors";
import { exportRuleSchema } from "./export-rules";
import { flatTariffInputSchema } from "./tariff";
import { MAX_MONTHLY_KWH } from "./usage";
import { MAX_MONTHLY_PRODUCTION_KWH } from "./production";

const year = z.number().int().min(2000).max(2100);
const hourlyYear = z.array(z.number().min(0, "Hourly values cannot be negative").max(1_000, "An hourly value above 1,000 kWh is a units error")).refine((values) => values.length === 8760 || values.length === 8784, {
  message: "An hourly year has 8,760 values (8,784 in a leap year)",
});
const monthlyUsage = z
  .array(z.number().gt(0, "Each month's usage must be above 0 kWh").max(MAX_MONTHLY_KWH, `Each month's usage must be at most ${MAX_MONTHLY_KWH.toLocaleString("en-US")} kWh`))
  .length(12, "Usage needs 12 monthly figures");

export const storedUsageSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("monthly"), monthlyKwh: monthlyUsage }),
  z.object({
    kind: z.literal("interval"),
    /** The year the readings cover (the file's 12 months are laid on it). */
    year,
    hourlyKwh: hourlyYear,
    fileName: z.string().max(200),
    /** What the import did: gaps filled, daylight-saving hours, intervals summed. */
    notes: z.array(z.string().max(500)).max(20).default([]),
  }),
]);

export const storedProductionSchema = z.discriminatedUnion("kind", [
  /** The option's annual production (its "Annual production" field), spread over the hours by the sun's path. */
  z.object({ kind: z.literal("design") }),
  z.object({
    kind: z.literal("monthly"),
    monthlyKwh: z.array(z.number().min(0, "Monthly production cannot be negative").max(MAX_MONTHLY_PRODUCTION_KWH)).length(12, "Production needs 12 monthly figures"),
  }),
  z.object({ kind: z.literal("hourly"), year, hourlyKwh: hourlyYear, source: z.enum(["pvwatts-hourly", "hourly-csv"]), fileName: z.string().max(200) }),
]);

export const storedTariffSchema = z.discriminatedUnion("kind", [
  /** A shipped tariff (tariffs/), by tariff id: the version in force on the proposal's date applies. */
  z.object({ kind: z.literal("catalog"), tariffId: z.string().min(1).max(100) }),
  /** A URDB rate the organization pasted, copied here so a frozen proposal keeps the rate it was priced with. */
  z.object({ kind: z.literal("urdb"), name: z.string().min(1).max(200), urdb: z.unknown() }),
  z.object({ kind: z.literal("flat"), input: flatTariffInputSchema }),
]);

export const usageAndRatesSchema = z.object({
  usage: storedUsageSchema,
  production: storedProductionSchema,
  tariff: storedTariffSchema,
  /** Null: the rule of the project's tariff framework and the tariff (option-bills.ts, exportRuleFor). */
  exportRule: exportRuleSchema.nullable().default(null),
  /** "model": the bill model's year-1 savings count; "typed": the option's typed figure ("from my design tool"). */
  savingsFrom: z.enum(["model", "typed"]).default("model"),
  /** The hourly year: the proposal's calendar year, or SAM's convention (1 January a Monday, 365 days, no holidays). */
  calendar: z.enum(["proposal-year", "sam"]).default("proposal-year"),
});

export type StoredUsage = z.output<typeof storedUsageSchema>;
export type StoredProduction = z.output<typeof storedProductionSchema>;
export type StoredTariff = z.output<typeof storedTariffSchema>;
export type UsageAndRates = z.output<typeof usageAndRatesSchema>;
export type UsageAndRatesInput = z.input<typeof usageAndRatesSchema>;

/** Parses stored or submitted usage and rates; refuses with the first problem's field named. */
export function parseUsageAndRates(input: unknown): UsageAndRates {
  const parsed = usageAndRatesSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join(".");
    throw billInputError(path || "usageAndRates", `Usage and rates: ${path ? `${path}: ` : ""}${issue.message}.`);
  }
  return parsed.data;
}

/**
 * An hourly year read on one calendar, laid on another: the same day of the year and hour. A leap-year series loses
 * 29 February on a 365-day year; a 365-day series repeats 28 February on a leap year. Weekdays shift by a day or two,
 * which a year-old meter history has to accept anyway.
 */
export function relayHourlyYear(values: readonly number[], hours: number): Float64Array {
  const out = new Float64Array(hours);
  if (values.length === hours) {
    out.set(values);
    return out;
  }
  const feb29 = 59 * 24;
  if (values.length === 8784 && hours === 8760) {
    for (let hour = 0; hour < hours; hour++) out[hour] = values[hour < feb29 ? hour : hour + 24]!;
    return out;
  }
  if (values.length === 8760 && hours === 8784) {
    for (let hour = 0; hour < hours; hour++) out[hour] = values[hour < feb29 + 24 ? (hour < feb29 ? hour : hour - 24) : hour - 24]!;
    return out;
  }
  throw billInputError("hourlyKwh", `An hourly series of ${values.length} values cannot be laid on a year of ${hours} hours.`);
}
