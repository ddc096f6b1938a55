/**
 * A residential tariff in the structure of NREL's Utility Rate Database (OpenEI URDB, the "rate" JSON its API and
 * its "export" return), validated with zod at the boundary and refused with the field named when it does not parse.
 *
 * The fields Gridfolio reads (URDB names):
 *   energyratestructure     periods × tiers: { rate, adj?, max?, unit?, sell? } ($/kWh; rate + adj is the price;
 *                           max is the top of the tier in kWh per month, or per day with unit "kWh daily")
 *   energyweekdayschedule   12 months × 24 clock hours of period indexes (0-based), Monday to Friday
 *   energyweekendschedule   the same for Saturdays, Sundays and the tariff's holidays
 *   fixedchargefirstmeter   the customer (or base services) charge, with fixedchargeunits "$/month" or "$/day"
 *   fixedmonthlycharge      the older name of a $/month fixed charge
 *   mincharge               the minimum bill, with minchargeunits "$/month", "$/day" or "$/year"
 * Demand charges are not modeled (residential rates here have none); a rate with kWh/kW tiers is refused.
 *
 * Gridfolio adds three fields URDB does not have, all optional: `holidays` (which days use the weekend schedule,
 * holidays.ts; default "none"), `nonBypassableDollarsPerKwh` (charged on every kWh imported, never offset by export
 * credits; California's NEM 2.0 and net billing) and `periodNames` ("Summer peak", …) for bills and explanations.
 */
import { z } from "zod";
import { billInputError } from "./errors";
import type { HolidayListId } from "./holidays";

export interface TariffTier {
  /** rate + adj, $/kWh. */
  dollarsPerKwh: number;
  /** Top of the tier in kWh (per month or per day, see `maxUnit`); null for the last tier. */
  maxKwh: number | null;
  maxUnit: "month" | "day";
  /** Sell rate for exports in this period and tier (URDB "sell"), $/kWh; 0 when the rate gives none. */
  sellDollarsPerKwh: number;
}

/** The normalized tariff every part of the bill model reads. */
export interface TariffRate {
  name: string;
  utility: string;
  periods: TariffTier[][];
  periodNames: string[];
  /** 12 × 24 period indexes (0-based), clock hours. */
  weekdaySchedule: number[][];
  weekendSchedule: number[][];
  holidays: HolidayListId;
  fixedCharge: { dollars: number; per: "month" | "day" };
  minimumCharge: { dollars: number; per: "month" | "day" | "year" } | null;
  nonBypassableDollarsPerKwh: number;
  /** URDB's "dgrules", when given ("Net Metering", "Net Billing Hourly", "Buy All Sell All", …). */
  dgRules: string | null;
  /** What the parser set aside, one sentence each (demand charges, unknown fields that matter). */
  warnings: string[];
}

const rateNumber = z.number({ error: "must be a number" }).refine(Number.isFinite, "must be a finite number");

const tierSchema = z.object({
  rate: rateNumber.refine((value) => value >= -1 && value <= 10, "must be a price from −$1 to $10 per kWh"),
  adj: rateNumber.refine((value) => Math.abs(value) <= 10, "must be an adjustment from −$10 to $10 per kWh").optional(),
  max: z.number({ error: "must be a number of kWh" }).positive("must be more than 0 kWh").optional(),
  unit: z.string().optional(),
  sell: rateNumber.refine((value) => value >= 0 && value <= 10, "must be a sell rate from $0 to $10 per kWh").optional(),
});

const scheduleSchema = z
  .array(z.array(z.number({ error: "must be a period number" }).int("must be a whole period number").min(0, "must be 0 or more"), { error: "must be a list of 24 hours" }).length(24, "must have 24 hours"), {
    error: "must be a list of 12 months",
  })
  .length(12, "must have 12 months");

const unitsSchema = (allowed: readonly string[]) => z.string().refine((value) => allowed.includes(value), `must be one of ${allowed.map((unit) => `"${unit}"`).join(", ")}`);

/** URDB rate JSON: one rate, or the API's { items: [rate] }. */
export const urdbRateSchema = z
  .object({
    name: z.string().optional(),
    label: z.string().optional(),
    utility: z.string().optional(),
    energyratestructure: z.array(z.array(tierSchema, { error: "must be a list of tiers" }).min(1, "needs at least one tier"), { error: "is required: a list of periods, each a list of tiers" }).min(1, "needs at least one period"),
    energyweekdayschedule: scheduleSchema,
    energyweekendschedule: scheduleSchema,
    fixedchargefirstmeter: rateNumber.refine((value) => value >= 0 && value <= 1000, "must be a charge from $0 to $1,000").optional(),
    fixedchargeunits: unitsSchema(["$/month", "$/day"]).optional(),
    fixedmonthlycharge: rateNumber.refine((value) => value >= 0 && value <= 1000, "must be a charge from $0 to $1,000").optional(),
    mincharge: rateNumber.refine((value) => value >= 0 && value <= 10_000, "must be a charge from $0 to $10,000").optional(),
    minchargeunits: unitsSchema(["$/month", "$/day", "$/year"]).optional(),
    dgrules: z.string().optional(),
    demandratestructure: z.unknown().optional(),
    flatdemandstructure: z.unknown().optional(),
    // Gridfolio's additions.
    holidays: z.enum(["california-ious", "nerc", "none"]).optional(),
    nonBypassableDollarsPerKwh: rateNumber.refine((value) => value >= 0 && value <= 1, "must be from $0 to $1 per kWh").optional(),
    periodNames: z.array(z.string()).optional(),
  })
  .superRefine((rate, context) => {
    // zod keeps checking after a failed length check: look further only at a well-shaped rate.
    const isGrid = (schedule: unknown) => Array.isArray(schedule) && schedule.length === 12 && schedule.every((row) => Array.isArray(row) && row.length === 24);
    if (!isGrid(rate.energyweekdayschedule) || !isGrid(rate.energyweekendschedule) || !rate.energyratestructure.every((tiers) => Array.isArray(tiers) && tiers.length > 0)) return;
    const periodCount = rate.energyratestructure.length;
    for (const scheduleName of ["energyweekdayschedule", "energyweekendschedule"] as const) {
      rate[scheduleName].forEach((hours, month) =>
        hours.forEach((period, hour) => {
          if (period >= periodCount) {
            context.addIssue({
              code: "custom",
              path: [scheduleName, month, hour],
              message: `is period ${period}, but energyratestructure has ${periodCount} period${periodCount === 1 ? "" : "s"} (0 to ${periodCount - 1})`,
            });
          }
        }),
      );
    }
    rate.energyratestructure.forEach((tiers, period) =>
      tiers.forEach((tier, index) => {
        if (tier.unit !== undefined && tier.unit !== "kWh" && tier.unit !== "kWh daily") {
          context.addIssue({ code: "custom", path: ["energyratestructure", period, index, "unit"], message: `is "${tier.unit}": only "kWh" and "kWh daily" tiers are modeled (no demand-based tiers)` });
        }
        if (index < tiers.length - 1 && tier.max === undefined) {
          context.addIssue({ code: "custom", path: ["energyratestructure", period, index, "max"], message: "is missing: every tier but the last needs a max" });
        }
        const previous = tiers[index - 1]?.max;
        if (previous !== undefined && tier.max !== undefined && tier.max <= previous) {
          context.addIssue({ code: "custom", path: ["energyratestructure", period, index, "max"], message: `is ${tier.max}, not above the tier before it (${previous})` });
        }
      }),
    );
    if (rate.periodNames && rate.periodNames.length !== periodCount) {
      context.addIssue({ code: "custom", path: ["periodNames"], message: `has ${rate.periodNames.length} names for ${periodCount} periods` });
    }
    // SAM's rule, which the monthly netting needs: in any one month, every period in use has the same tiers.
    for (let month = 0; month < 12; month++) {
      const used = [...new Set([...rate.energyweekdayschedule[month]!, ...rate.energyweekendschedule[month]!])].filter((period) => period < periodCount).sort((a, b) => a - b);
      const tiersOf = (period: number) => rate.energyratestructure[period]!.map((tier) => `${tier.max ?? "∞"} ${tier.unit ?? "kWh"}`).join(" / ");
      const reference = used[0];
      for (const period of used.slice(1)) {
        if (reference !== undefined && tiersOf(period) !== tiersOf(reference)) {
          context.addIssue({
            code: "custom",
            path: ["energyratestructure", period],
            message: `has tiers ${tiersOf(period)} but period ${reference}, used in the same month (${MONTHS[month]}), has ${tiersOf(reference)}: periods used in one month must share their tier limits`,
          });
        }
      }
    }
  });

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export type UrdbRate = z.input<typeof urdbRateSchema>;

/** `["energyweekdayschedule", 6, 17]` → `energyweekdayschedule[6][17]`. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

const EXPECTED_WORDS: Record<string, string> = { string: "text", number: "a number", int: "a whole number", boolean: "true or false", array: "a list", object: "an object" };

/**
 * The words for an issue the schema gives no message of its own (a name pasted as a list, a tier that is not an
 * object): zod's English default ("Invalid input: expected string, received array") is not a sentence for an installer.
 */
const urdbIssueWords: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") return `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}`;
  if (issue.code === "invalid_value") return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
  return "is not in the form OpenEI exports";
};

/**
 * A URDB rate (the object, or the API's { items: [rate] }) → the normalized tariff. Refuses with the first problem
 * named by its URDB path: "energyweekdayschedule[6][17] is period 3, but energyratestructure has 3 periods (0 to 2)".
 */
export function parseUrdbRate(input: unknown): TariffRate {
  let candidate = input;
  if (candidate && typeof candidate === "object" && "items" in candidate && Array.isArray((candidate as { items: unknown }).items)) {
    const items = (candidate as { items: unknown[] }).items;
    if (items.length !== 1) throw billInputError("urdbRate", `The URDB export holds ${items.length} rates: paste one rate.`);
    candidate = items[0];
  }
  if (!candidate || typeof candidate !== "object" || Array.isArray(candidate)) throw billInputError("urdbRate", "The URDB rate must be a JSON object (one rate as OpenEI exports it).");
  const parsed = urdbRateSchema.safeParse(candidate, { error: urdbIssueWords });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = pathText(issue.path);
    throw billInputError(field ? `urdbRate.${field}` : "urdbRate", `URDB rate: ${field || "the rate"} ${issue.message}.`);
  }
  const rate = parsed.data;
  const warnings: string[] = [];
  if (hasDemandCharges(rate.demandratestructure) || hasDemandCharges(rate.flatdemandstructure)) {
    warnings.push("The rate has demand charges ($/kW); Gridfolio does not model them, so bills leave them out.");
  }
  const fixedDollars = rate.fixedchargefirstmeter ?? rate.fixedmonthlycharge ?? 0;
  const fixedPer = rate.fixedchargefirstmeter !== undefined && rate.fixedchargeunits === "$/day" ? "day" : "month";
  const minimumPer = rate.minchargeunits === "$/day" ? "day" : rate.minchargeunits === "$/year" ? "year" : "month";
  return {
    name: rate.name ?? rate.label ?? "Pasted URDB rate",
    utility: rate.utility ?? "",
    periods: rate.energyratestructure.map((tiers) =>
      tiers.map((tier, index) => ({
        dollarsPerKwh: tier.rate + (tier.adj ?? 0),
        maxKwh: index === tiers.length - 1 ? null : tier.max!,
        maxUnit: tier.unit === "kWh daily" ? ("day" as const) : ("month" as const),
        sellDollarsPerKwh: tier.sell ?? 0,
      })),
    ),
    periodNames: rate.periodNames ?? rate.energyratestructure.map((_, index) => `Period ${index + 1}`),
    weekdaySchedule: rate.energyweekdayschedule,
    weekendSchedule: rate.energyweekendschedule,
    holidays: rate.holidays ?? "none",
    fixedCharge: { dollars: fixedDollars, per: fixedPer },
    minimumCharge: rate.mincharge !== undefined && rate.mincharge > 0 ? { dollars: rate.mincharge, per: minimumPer } : null,
    nonBypassableDollarsPerKwh: rate.nonBypassableDollarsPerKwh ?? 0,
    dgRules: rate.dgrules ?? null,
    warnings,
  };
}

function hasDemandCharges(structure: unknown): boolean {
  return JSON.stringify(structure ?? []).match(/"rate"\s*:\s*[1-9]/) !== null;
}

/** A 12 × 24 schedule with every hour in one period. */
export function uniformSchedule(period = 0): number[][] {
  return Array.from({ length: 12 }, () => Array.from({ length: 24 }, () => period));
}

/**
 * A schedule from seasons and hour ranges, for writing tariffs as data: `months` (1–12) of each season, and the
 * period of each clock hour given as [startHour, endHour, period] ranges over a default period.
 */
export function buildSchedule(seasons: readonly { months: readonly number[]; defaultPeriod: number; ranges?: readonly (readonly [number, number, number])[] }[]): number[][] {
  const schedule = uniformSchedule(-1);
  for (const season of seasons) {
    for (const month of season.months) {
      const row = schedule[month - 1]!;
      row.fill(season.defaultPeriod);
      for (const [start, end, period] of season.ranges ?? []) for (let hour = start; hour < end; hour++) row[hour] = period;
    }
  }
  if (schedule.some((row) => row.includes(-1))) throw new Error("buildSchedule: every month needs a season");
  return schedule;
}

export interface FlatTariffInput {
  name?: string;
  utility?: string;
  dollarsPerKwh: number;
  fixedDollarsPerMonth?: number;
  minimumDollarsPerMonth?: number;
  /** Export (sell) rate, for net billing or buy-all/sell-all; default 0. */
  sellDollarsPerKwh?: number;
}

export const flatTariffInputSchema = z.object({
  name: z.string().max(200).optional(),
  utility: z.string().max(200).optional(),
  dollarsPerKwh: z.number({ error: "Enter the price per kWh from the customer's bill" }).min(0.01, "The price per kWh must be at least $0.01").max(5, "The price per kWh must be at most $5"),
  fixedDollarsPerMonth: z.number().min(0, "The fixed charge cannot be negative").max(1000, "The fixed charge must be at most $1,000 a month").optional(),
  minimumDollarsPerMonth: z.number().min(0, "The minimum bill cannot be negative").max(1000, "The minimum bill must be at most $1,000 a month").optional(),
  sellDollarsPerKwh: z.number().min(0, "The export rate cannot be negative").max(5, "The export rate must be at most $5 per kWh").optional(),
});

/** The flat tariff form: one price per kWh all day and all year, a monthly fixed charge and a minimum bill. */
export function flatTariff(input: FlatTariffInput): TariffRate {
  const parsed = flatTariffInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw billInputError(`flatTariff.${pathText(issue.path)}`, issue.message);
  }
  const value = parsed.data;
  return parseUrdbRate({
    name: value.name ?? "Flat rate",
    utility: value.utility ?? "",
    energyratestructure: [[{ rate: value.dollarsPerKwh, sell: value.sellDollarsPerKwh ?? 0 }]],
    energyweekdayschedule: uniformSchedule(),
    energyweekendschedule: uniformSchedule(),
    fixedchargefirstmeter: value.fixedDollarsPerMonth ?? 0,
    fixedchargeunits: "$/month",
    mincharge: value.minimumDollarsPerMonth,
    minchargeunits: "$/month",
    periodNames: ["All hours"],
  });
}
