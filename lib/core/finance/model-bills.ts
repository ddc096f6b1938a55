/**
 * The JSON command line's `bills` block: the customer's usage, the solar production, the tariff and the export rule,
 * modelled hour by hour by the same `optionBills` the app runs (lib/core/bills/option-bills.ts), so a request and an
 * option with the same usage and rates get the same bills to the cent.
 *
 * Files (a Green Button download, a PVWatts or plain hourly CSV, a URDB rate JSON) are named by path in the request
 * and read by the script (scripts/model.ts): the core only sees their text, in `files`, keyed by the path as written.
 */
import { z } from "zod";
import {
  calendarForDate,
  createCalendar,
  exportRuleSchema,
  flatTariffInputSchema,
  optionBills,
  readGreenButton,
  readHourlyProductionCsv,
  readPvwattsHourlyCsv,
  TARIFF_VERSIONS,
  urdbRateSchema,
  type HourlyCalendar,
  type OptionBills,
  type ProgramEvents,
  type UsageAndRates,
  type YearBill,
} from "../bills";
import { isBlankRow, readCsv } from "../bills/csv-read";
import { MAX_MONTHLY_PRODUCTION_KWH } from "../bills/production";
import { MAX_MONTHLY_KWH } from "../bills/usage";
import { DomainError } from "../errors/domain-error";
import { centsToDollars, type Cents } from "../money/round";
import { jsonNumber } from "../numbers/json-number";
import type { Tariff } from "../programs/types";

/** The app's round-trip efficiency for a battery that is not a catalog model (lib/proposal/option-bills.ts). */
const DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT = 89;
const MAX_HOURLY_KWH = 1_000;

const hourlyKwh = z
  .array(z.number({ error: "must be a number of kWh" }).min(0, "cannot be negative").max(MAX_HOURLY_KWH, `above ${MAX_HOURLY_KWH.toLocaleString("en-US")} kWh in one hour is a units error (kWh, not Wh)`))
  .superRefine((values, context) => {
    if (values.length !== 8760 && values.length !== 8784) context.addIssue({ code: "custom", message: `has ${values.length.toLocaleString("en-US")} values; an hourly year has 8,760 (8,784 in a leap year)` });
  });
const filePath = z.string().min(1, "give a file path").max(1000);

/** Exactly one of `keys` is given: else an issue on the block saying which ones to choose from. */
function oneOf(keys: readonly string[]) {
  return (value: Record<string, unknown>, context: z.RefinementCtx) => {
    const given = keys.filter((key) => value[key] !== undefined);
    if (given.length !== 1) {
      context.addIssue({ code: "custom", message: given.length === 0 ? `give one of ${keys.join(", ")}` : `give only one of ${given.join(", ")}` });
    }
  };
}

const usageSchema = z
  .strictObject({
    /** Twelve months of kWh from the customer's bills, January first. */
    monthlyKwh: z
      .array(z.number({ error: "must be a number of kWh" }).gt(0, "must be above 0 kWh").max(MAX_MONTHLY_KWH, `must be at most ${MAX_MONTHLY_KWH.toLocaleString("en-US")} kWh`))
      .length(12, "needs 12 monthly figures, January first")
      .optional(),
    /** An hourly year, from 1 January 00:00 standard time. */
    hourlyKwh: hourlyKwh.optional(),
    /** A Green Button download (ESPI XML or a utility's CSV), or a plain hourly CSV (format "hourly-csv"). */
    file: filePath.optional(),
    format: z.enum(["green-button", "hourly-csv"]).default("green-button"),
    /** The customer's account number: a Green Button file of another account is refused. */
    account: z.string().min(1).max(100).optional(),
  })
  .superRefine(oneOf(["monthlyKwh", "hourlyKwh", "file"]));

const productionSchema = z
  .strictObject({
    /** The design's annual kWh, spread over the hours by the sun's path at the state's site. */
    annualKwh: jsonNumber("annual production", { min: 0, max: 12 * MAX_MONTHLY_PRODUCTION_KWH, decimals: 2, unit: "kWh" }).optional(),
    monthlyKwh: z
      .array(z.number({ error: "must be a number of kWh" }).min(0, "cannot be negative").max(MAX_MONTHLY_PRODUCTION_KWH, `must be at most ${MAX_MONTHLY_PRODUCTION_KWH.toLocaleString("en-US")} kWh`))
      .length(12, "needs 12 monthly figures, January first")
      .optional(),
    hourlyKwh: hourlyKwh.optional(),
    /** PVWatts' hourly CSV export, or a plain hourly CSV (time, kWh); default: told apart by PVWatts' column. */
    file: filePath.optional(),
    format: z.enum(["pvwatts", "hourly-csv"]).optional(),
  })
  .superRefine(oneOf(["annualKwh", "monthlyKwh", "hourlyKwh", "file"]));

const tariffSchema = z
  .strictObject({
    /** A shipped tariff (lib/core/bills/tariffs): the version in force on the proposal's date. */
    tariffId: z.string().min(1).optional(),
    /** A URDB rate (as OpenEI exports it), inline or the path of its JSON file. */
    urdb: z.union([filePath, z.record(z.string(), z.unknown())], { error: "give a URDB rate object or the path of its JSON file" }).optional(),
    /** The rate's name on the bills; default: the URDB rate's own. */
    name: z.string().min(1).max(200).optional(),
    flat: flatTariffInputSchema.strict().optional(),
  })
  .superRefine(oneOf(["tariffId", "urdb", "flat"]))
  .superRefine((tariff, context) => {
    const known = [...new Set(TARIFF_VERSIONS.map((version) => version.tariffId))];
    if (tariff.tariffId !== undefined && !known.includes(tariff.tariffId)) {
      context.addIssue({ code: "custom", path: ["tariffId"], message: `unknown tariff "${tariff.tariffId}"; shipped: ${known.join(", ")}` });
    }
    if (tariff.name !== undefined && tariff.urdb === undefined) context.addIssue({ code: "custom", path: ["name"], message: "names a URDB rate only (a flat rate takes flat.name)" });
  });

export const billsRequestSchema = z.strictObject({
  usage: usageSchema,
  /** Default: no solar (a battery-only home); required when the project has solar. */
  production: productionSchema.optional(),
  tariff: tariffSchema,
  /** Default: the project's tariff framework and the tariff's own rule (exportRuleFor). */
  exportRule: exportRuleSchema.optional(),
  /** The hourly year's calendar: the proposal's year, SAM's convention, or a year. */
  calendar: z.union([z.enum(["proposal-year", "sam"]), z.number().int("must be a whole year").min(2000, "must be from 2000 to 2100").max(2100, "must be from 2000 to 2100")], { error: 'give "proposal-year", "sam" or a year such as 2027' }).default("proposal-year"),
  /** The battery's round-trip efficiency (AC), %; default the app's for a battery outside the catalog. */
  roundTripEfficiencyPercent: jsonNumber("round-trip efficiency", { min: 50, max: 100, decimals: 1, unit: "%" }).default(DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT),
});
export type BillsRequest = z.output<typeof billsRequestSchema>;

export interface BillsIssue {
  path: string;
  message: string;
}

/** The files a request names, with where: the script reads these and nothing else. */
export function filesNamedIn(document: unknown): { path: string; file: string }[] {
  const bills = (document as { bills?: Record<string, unknown> } | null)?.bills;
  if (bills === null || typeof bills !== "object") return [];
  const named: { path: string; file: string }[] = [];
  const add = (path: string, value: unknown) => {
    if (typeof value === "string" && value !== "") named.push({ path, file: value });
  };
  add("bills.usage.file", (bills.usage as Record<string, unknown> | undefined)?.file);
  add("bills.production.file", (bills.production as Record<string, unknown> | undefined)?.file);
  add("bills.tariff.urdb", (bills.tariff as Record<string, unknown> | undefined)?.urdb);
  return named;
}

export interface ModelBillsContext {
  bills: BillsRequest;
  project: { state: string; utility: string | null; tariff: Tariff | null; hasSolar: boolean };
  battery: { capacityKwh: number; powerKw: number; count: number; reservePercent: number } | null;
  programs: readonly { id: string; inputs: unknown }[];
  proposalDate: string;
  files: ReadonlyMap<string, string>;
}

export interface ModelledBills {
  bills: OptionBills;
  /** What the readers said about the files, for the output. */
  usageFile: { name: string; notes: string[] } | null;
  productionNotes: string[];
}

/** A DomainError of the bill model as one issue at the request's path (its message names the field inside). */
class BillsRefusal extends Error {
  constructor(readonly issue: BillsIssue) {
    super(issue.message);
  }
}

function atPath<T>(path: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError) throw new BillsRefusal({ path, message: error.message });
    throw error;
  }
}

function fileText(context: ModelBillsContext, path: string, file: string): string {
  const text = context.files.get(file);
  if (text === undefined) throw new BillsRefusal({ path, message: `${file} was not read: only the command line (npm run model) reads files; give the values inline` });
  return text;
}

const yearOf = (calendar: HourlyCalendar): number => calendar.year ?? Number(calendar.dateOfDay(0).slice(0, 4));

/** A plain hourly usage CSV: one row per hour from 1 January 00:00, the kWh in the last column; a header row is allowed. */
function readHourlyUsageCsv(text: string): number[] {
  const rows = readCsv(text, "usageFile").filter((row) => !isBlankRow(row));
  const first = rows[0] && Number.isNaN(Number(rows[0][rows[0].length - 1])) ? 1 : 0;
  const values = rows.slice(first).map((row, index) => {
    const kwh = Number(row[row.length - 1]);
    const line = index + first + 1;
    if (!Number.isFinite(kwh)) throw new DomainError("invalid", `line ${line}: "${row[row.length - 1]}" is not a number of kWh`);
    if (kwh < 0) throw new DomainError("invalid", `line ${line}: ${kwh} kWh is negative: usage cannot be below zero (for exports, give the delivered channel only)`);
    if (kwh > MAX_HOURLY_KWH) throw new DomainError("invalid", `line ${line}: ${kwh} kWh in one hour is a units error (kWh, not Wh)`);
    return kwh;
  });
  if (values.length !== 8760 && values.length !== 8784) {
    throw new DomainError("invalid", `the file has ${values.length.toLocaleString("en-US")} hourly rows; a year needs 8,760 (8,784 in a leap year), one per hour`);
  }
  return values;
}

function storedUsage(context: ModelBillsContext, calendar: HourlyCalendar): { usage: UsageAndRates["usage"]; file: ModelledBills["usageFile"] } {
  const usage = context.bills.usage;
  if (usage.monthlyKwh) return { usage: { kind: "monthly", monthlyKwh: usage.monthlyKwh }, file: null };
  if (usage.hourlyKwh) return { usage: { kind: "interval", year: yearOf(calendar), hourlyKwh: usage.hourlyKwh, fileName: "hourlyKwh", notes: [] }, file: null };
  const file = usage.file!;
  const text = fileText(context, "bills.usage.file", file);
  if (usage.format === "hourly-csv") {
    const values = atPath("bills.usage.file", () => readHourlyUsageCsv(text));
    return { usage: { kind: "interval", year: yearOf(calendar), hourlyKwh: values, fileName: file, notes: [] }, file: { name: file, notes: [] } };
  }
  const read = atPath("bills.usage.file", () => readGreenButton(text, calendar, usage.account === undefined ? {} : { expectedAccount: usage.account }));
  const { report } = read;
  const notes = [
    `${report.format === "espi-xml" ? "Green Button XML" : "Green Button CSV"}: ${report.readingCount.toLocaleString("en-US")} readings of ${report.intervalMinutes} minutes, ${report.firstDate} to ${report.lastDate}.`,
    ...report.daylightSaving,
    ...(report.filledHours > 0 ? [`${report.filledHours} missing hours filled: ${report.filledRanges.join("; ")}.`] : []),
    ...report.dropped,
    ...report.warnings,
  ];
  return { usage: { kind: "interval", year: yearOf(calendar), hourlyKwh: [...read.hourlyKwh], fileName: file, notes: notes.slice(0, 20) }, file: { name: file, notes } };
}

function storedProduction(context: ModelBillsContext, calendar: HourlyCalendar): { production: UsageAndRates["production"]; annualKwh: number; notes: string[] } {
  const production = context.bills.production;
  if (production === undefined) {
    if (context.project.hasSolar) {
      throw new BillsRefusal({ path: "bills.production", message: "the project has solar: give its production (annualKwh, monthlyKwh, hourlyKwh, or a PVWatts or hourly CSV file)" });
    }
    return { production: { kind: "design" }, annualKwh: 0, notes: [] };
  }
  if (production.annualKwh !== undefined) return { production: { kind: "design" }, annualKwh: production.annualKwh, notes: [] };
  if (production.monthlyKwh) return { production: { kind: "monthly", monthlyKwh: production.monthlyKwh }, annualKwh: 0, notes: [] };
  if (production.hourlyKwh) {
    return { production: { kind: "hourly", year: yearOf(calendar), hourlyKwh: production.hourlyKwh, source: "hourly-csv", fileName: "the request's hourlyKwh" }, annualKwh: 0, notes: [] };
  }
  const file = production.file!;
  const text = fileText(context, "bills.production.file", file);
  const isPvwatts = production.format === undefined ? /ac system output/i.test(text.slice(0, 20_000)) : production.format === "pvwatts";
  const read = atPath("bills.production.file", () => (isPvwatts ? readPvwattsHourlyCsv(text, calendar) : readHourlyProductionCsv(text, calendar)));
  return { production: { kind: "hourly", year: yearOf(calendar), hourlyKwh: [...read.hourlyKwh], source: read.source === "pvwatts-hourly" ? "pvwatts-hourly" : "hourly-csv", fileName: file }, annualKwh: 0, notes: read.notes };
}

/** URDB paths inside the rate ("energyweekdayschedule[6][17]"), after the request's own. */
function urdbIssues(error: z.ZodError, prefix: string): BillsIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}.${String(key)}`), prefix),
    message: issue.message,
  }));
}

function storedTariff(context: ModelBillsContext): UsageAndRates["tariff"] {
  const tariff = context.bills.tariff;
  if (tariff.tariffId !== undefined) return { kind: "catalog", tariffId: tariff.tariffId };
  if (tariff.flat !== undefined) return { kind: "flat", input: tariff.flat };
  let urdb: unknown = tariff.urdb;
  let where = "bills.tariff.urdb";
  if (typeof urdb === "string") {
    const text = fileText(context, where, urdb);
    try {
      urdb = JSON.parse(text);
    } catch (error) {
      throw new BillsRefusal({ path: where, message: `${tariff.urdb as string} is not valid JSON: ${(error as Error).message}` });
    }
    where = `${where} (${tariff.urdb as string})`;
  }
  const rate = (urdb as { items?: unknown[] } | null)?.items?.[0] ?? urdb;
  const parsed = urdbRateSchema.safeParse(rate);
  if (!parsed.success) throw new BillsRefusals(urdbIssues(parsed.error, where));
  return { kind: "urdb", name: tariff.name ?? parsed.data.name ?? parsed.data.label ?? "URDB rate", urdb: rate };
}

class BillsRefusals extends Error {
  constructor(readonly issues: BillsIssue[]) {
    super(issues[0]?.message);
  }
}

const numberOr = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** The requested programs' events, with the inputs that shape them (as the app schedules an option's). */
function programEvents(programs: ModelBillsContext["programs"]): ProgramEvents[] {
  return [...programs]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, inputs }) => {
      const values = (inputs ?? {}) as Record<string, unknown>;
      const events: ProgramEvents = { programId: id };
      const duration = numberOr(values.eventDurationHours);
      const seasonHours = numberOr(values.eventHoursPerSeason);
      const stormGuard = numberOr(values.stormGuardDays);
      if (duration !== undefined) events.eventDurationHours = duration;
      if (seasonHours !== undefined) events.eventHoursPerSeason = seasonHours;
      if (stormGuard !== undefined) events.stormGuardDays = stormGuard;
      return events;
    });
}

/** The request's bills, or the issues that stop them (each at its path). */
export function modelBills(context: ModelBillsContext): { ok: true; result: ModelledBills } | { ok: false; issues: BillsIssue[] } {
  const { bills } = context;
  // optionBills lays the year on the calendar of `proposalDate`'s year, and picks the tariff version in force on it:
  // a requested year moves both to that year (the proposal's month and day).
  const modelDate = typeof bills.calendar === "number" ? `${bills.calendar}${context.proposalDate.slice(4)}` : context.proposalDate;
  try {
    const calendar = bills.calendar === "sam" ? createCalendar({ kind: "sam" }) : calendarForDate(modelDate);
    const issues: BillsIssue[] = [];
    const attempt = <T>(run: () => T): T | undefined => {
      try {
        return run();
      } catch (error) {
        if (error instanceof BillsRefusal) issues.push(error.issue);
        else if (error instanceof BillsRefusals) issues.push(...error.issues);
        else throw error;
        return undefined;
      }
    };
    const usage = attempt(() => storedUsage(context, calendar));
    const production = attempt(() => storedProduction(context, calendar));
    const tariff = attempt(() => storedTariff(context));
    if (!usage || !production || !tariff) return { ok: false, issues };
    const battery = context.battery;
    const result = atPath("bills", () =>
      optionBills({
        usageAndRates: {
          usage: usage.usage,
          production: production.production,
          tariff,
          exportRule: bills.exportRule ?? null,
          savingsFrom: "model",
          calendar: bills.calendar === "sam" ? "sam" : "proposal-year",
        },
        project: { state: context.project.state, utility: context.project.utility, tariff: context.project.tariff ?? "other" },
        proposalDate: modelDate,
        annualProductionKwh: production.annualKwh,
        battery: battery
          ? { usableKwh: battery.capacityKwh * battery.count, powerKw: battery.powerKw * battery.count, roundTripEfficiencyPercent: bills.roundTripEfficiencyPercent, reservePercent: battery.reservePercent }
          : null,
        gridEvents: programEvents(context.programs),
      }),
    );
    return { ok: true, result: { bills: result, usageFile: usage.file, productionNotes: production.notes } };
  } catch (error) {
    if (error instanceof BillsRefusal) return { ok: false, issues: [error.issue] };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The output, in dollars

const kwhOf = (kwh: number): number => Math.round(kwh * 10) / 10;
const dollars = (values: readonly Cents[]): number[] => values.map(centsToDollars);

/** A year's bills as columns of 12 months (January first), dollars and kWh, and the year's total and true-up. */
function yearBillToDollars(bill: YearBill) {
  const column = (pick: (month: YearBill["months"][number]) => Cents) => dollars(bill.months.map(pick));
  return {
    total: centsToDollars(bill.totalCents),
    importKwh: bill.months.map((month) => kwhOf(month.importKwh)),
    exportKwh: bill.months.map((month) => kwhOf(month.exportKwh)),
    energyCharge: column((month) => month.energyChargeCents),
    exportCredit: column((month) => month.exportCreditCents),
    fixedCharge: column((month) => month.fixedChargeCents),
    minimumCharge: column((month) => month.minimumChargeCents),
    nonBypassable: column((month) => month.nonBypassableCents),
    trueUpCredit: column((month) => month.trueUpCreditCents),
    monthlyTotal: column((month) => month.totalCents),
    trueUp: { month: bill.trueUp.month + 1, surplusKwh: kwhOf(bill.trueUp.surplusKwh), paid: centsToDollars(bill.trueUp.paidCents), forfeited: centsToDollars(bill.trueUp.forfeitedCents) },
  };
}

/**
 * The `bills` block of the response. `typedYear1Cents`: the request's billSavingsYear1 when given with a bills
 * block; it then counts in the financials instead of the modelled figure, and the block says so.
 */
export function billsToDollars(modelled: ModelledBills, typedYear1Cents: Cents | null) {
  const { bills, usageFile, productionNotes } = modelled;
  const year = bills.withoutEvents;
  const modelledCents = (bills.year1.solarCents + bills.year1.batteryCents) as Cents;
  return {
    savingsUsed:
      typedYear1Cents === null
        ? { from: "model" as const, year1: centsToDollars(modelledCents), note: "The financials use the modelled year-1 bill savings (solar + battery); Grid Services' effect on the bill applies with Grid Services only." }
        : {
            from: "typed" as const,
            year1: centsToDollars(typedYear1Cents),
            note: `The financials use the typed billSavingsYear1 ($${centsToDollars(typedYear1Cents)}, from the design tool), not the modelled $${centsToDollars(modelledCents)}.`,
          },
    calendar: bills.calendar,
    tariff: {
      name: bills.tariff.name,
      utility: bills.tariff.utility,
      kind: bills.tariff.kind,
      version: bills.tariff.versionId,
      effectiveDate: bills.tariff.effectiveDate,
      status: bills.tariff.status,
      source: bills.tariff.source,
    },
    exportRule: bills.exportRule,
    site: bills.site,
    usage: { source: year.usage.source, file: usageFile?.name ?? null, monthlyKwh: year.usage.monthlyKwh.map(kwhOf), annualKwh: kwhOf(year.usage.annualKwh), notes: usageFile?.notes ?? [] },
    production: {
      source: year.production.source,
      description: year.production.description,
      monthlyKwh: year.production.monthlyKwh.map(kwhOf),
      annualKwh: kwhOf(year.production.annualKwh),
      notes: [...productionNotes, ...year.production.notes],
    },
    // Monthly bills, January first: without a system, with solar only, with solar and the battery (null without one).
    noSystem: yearBillToDollars(year.bills.noSystem),
    solar: yearBillToDollars(year.bills.solarOnly),
    solarBattery: year.bills.solarBattery ? yearBillToDollars(year.bills.solarBattery) : null,
    year1Savings: {
      solar: centsToDollars(bills.year1.solarCents),
      battery: centsToDollars(bills.year1.batteryCents),
      total: centsToDollars(modelledCents),
      // The counted programs' events on the bill (negative: holding the battery for them costs more than event exports earn).
      gridServices: centsToDollars(bills.year1.gridServicesCents),
    },
    battery: year.battery
      ? {
          equivalentCycles: Math.round(year.battery.equivalentCycles * 10) / 10,
          monthlyChargeKwh: year.battery.monthlyChargeKwh.map(kwhOf),
          monthlyDischargeKwh: year.battery.monthlyDischargeKwh.map(kwhOf),
        }
      : null,
    // With the programs' events: the battery held full before each and emptied in it.
    events: bills.withEvents?.bills.solarBattery
      ? { lines: bills.events, solarBattery: yearBillToDollars(bills.withEvents.bills.solarBattery), eventExportKwh: kwhOf(bills.withEvents.battery?.eventExportKwh ?? 0) }
      : null,
    warnings: bills.warnings,
  };
}
export type BillsResponse = ReturnType<typeof billsToDollars>;
