/**
 * How exported energy is paid for: a rule per tariff, chosen by the project's interconnection (docs/bills.md,
 * "Export compensation"). Three families, each matching one of SAM's metering options (utilityrate5
 * ur_metering_option) so a bill can be checked against SAM to the cent:
 *
 * - net-metering, credits in kWh (SAM option 0): each month nets imports and exports by TOU period; a period's
 *   surplus kWh carries to the next month's period at the same time of day; at the true-up month the cumulative
 *   surplus kWh is paid at the net surplus compensation rate. NEM 1.0/2.0 in California, Connecticut netting.
 * - net-metering, credits in dollars (SAM option 1): a month's surplus is valued at the export (sell) rate and the
 *   dollars offset this and later months' energy charges; what is left at the true-up month is paid. Massachusetts
 *   and Rhode Island net metering credits.
 * - net-billing (SAM option 2, or 3 with carryover): every hour's export is credited at that hour's export rate
 *   (an hourly table, such as California's Net Billing Tariff export credits, or the tariff's sell rates); every
 *   import is charged. With `carryover: "monthly"` credits left after a month's energy charges carry forward and
 *   what remains at the true-up month is paid (or expires).
 * - buy-all-sell-all (SAM option 4): all load is bought on the tariff, all production is sold at the sell rate
 *   (Connecticut's RRES buy-all option).
 *
 * Export credits never pay fixed charges, minimum bills or non-bypassable charges.
 */
import { z } from "zod";
import { formatUsdPer } from "../money/format";
import { weekendOrHolidayByHour, type HourlyCalendar } from "./calendar";
import { isBlankRow, readCsv } from "./csv-read";
import { billInputError } from "./errors";
import type { HolidayListId } from "./holidays";
import type { CompiledTariff } from "./tariff-compile";

/** Export rates by month, day type and clock hour, $/kWh (12 × 24 each). */
export interface ExportRateTable {
  id: string;
  title: string;
  sourceUrl: string;
  checkedOn: string;
  notes: string;
  holidays: HolidayListId;
  weekday: number[][];
  weekend: number[][];
}

const hours24 = z.array(z.number().finite().min(-1).max(20)).length(24);
export const exportRateTableSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  sourceUrl: z.string(),
  checkedOn: z.string(),
  notes: z.string(),
  holidays: z.enum(["california-ious", "nerc", "none"]),
  weekday: z.array(hours24).length(12),
  weekend: z.array(hours24).length(12),
});

const month = z.number().int().min(1).max(12);

export const exportRuleSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("net-metering"),
    credits: z.enum(["kwh", "dollars"]).default("kwh"),
    /** The month (1–12) that ends the 12-month netting period; default 12 (December), as SAM assumes. */
    trueUpMonth: month.default(12),
    /** $/kWh paid for the net surplus left at the true-up. */
    netSurplusDollarsPerKwh: z.number().min(0).max(1).default(0),
    /** Dollar credits only: $/kWh of a month's surplus, instead of the tariff's sell rates. */
    creditDollarsPerKwh: z.number().min(0).max(5).optional(),
  }),
  z.object({
    kind: z.literal("net-billing"),
    /** Hourly export rates; without a table the tariff's sell rates apply. */
    exportRates: exportRateTableSchema.optional(),
    carryover: z.enum(["none", "monthly"]).default("monthly"),
    trueUpMonth: month.default(12),
    atTrueUp: z.enum(["paid", "expire"]).default("paid"),
    /** Credits earned in a month offset that month's charges (true for California); SAM's ur_nb_apply_credit_current_month. */
    applyInMonthEarned: z.boolean().default(true),
  }),
  z.object({
    kind: z.literal("buy-all-sell-all"),
    exportRates: exportRateTableSchema.optional(),
    /** One sell price for all hours, instead of a table or the tariff's sell rates. */
    sellDollarsPerKwh: z.number().min(0).max(5).optional(),
  }),
]);

export type ExportRule = z.output<typeof exportRuleSchema>;
export type ExportRuleInput = z.input<typeof exportRuleSchema>;

export function parseExportRule(input: unknown): ExportRule {
  const parsed = exportRuleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join(".");
    throw billInputError(path ? `exportRule.${path}` : "exportRule", `Export rule: ${path || "the rule"}: ${issue.message}.`);
  }
  return parsed.data;
}

/** The rule in a sentence, for the proposal. */
export function describeExportRule(rule: ExportRule): string {
  const monthName = (value: number) => ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][value - 1];
  switch (rule.kind) {
    case "net-metering":
      return rule.credits === "kwh"
        ? `Net metering: each month's exports offset imports in the same time-of-use period; surplus kWh carry forward, and what is left at the ${monthName(rule.trueUpMonth)} true-up is paid at ${formatUsdPer(rule.netSurplusDollarsPerKwh, "kWh")}.`
        : `Net metering with dollar credits: a month's surplus is credited at ${rule.creditDollarsPerKwh !== undefined ? formatUsdPer(rule.creditDollarsPerKwh, "kWh") : "the tariff's export rate"}, credits offset later energy charges, and what is left at the ${monthName(rule.trueUpMonth)} true-up is paid.`;
    case "net-billing":
      return `Net billing: every hour's exports are credited at ${rule.exportRates ? rule.exportRates.title : "the tariff's export rate"}${rule.carryover === "monthly" ? `; unused credits carry forward and are ${rule.atTrueUp === "paid" ? "paid" : "forfeited"} at the ${monthName(rule.trueUpMonth)} true-up` : "; credits beyond a month's energy charges are paid that month"}.`;
    case "buy-all-sell-all":
      return `Buy all, sell all: the home buys all its energy on the tariff and all production is sold at ${rule.sellDollarsPerKwh !== undefined ? formatUsdPer(rule.sellDollarsPerKwh, "kWh") : rule.exportRates ? rule.exportRates.title : "the tariff's export rate"}.`;
    default: {
      const exhaustive: never = rule;
      return exhaustive;
    }
  }
}

/** A table with one export rate for every hour. */
export function flatExportTable(dollarsPerKwh: number, meta: Partial<Omit<ExportRateTable, "weekday" | "weekend">> = {}): ExportRateTable {
  const grid = () => Array.from({ length: 12 }, () => Array.from({ length: 24 }, () => dollarsPerKwh));
  return { id: meta.id ?? `flat-${dollarsPerKwh}`, title: meta.title ?? formatUsdPer(dollarsPerKwh, "kWh"), sourceUrl: meta.sourceUrl ?? "", checkedOn: meta.checkedOn ?? "", notes: meta.notes ?? "", holidays: meta.holidays ?? "none", weekday: grid(), weekend: grid() };
}

/**
 * An export-rate table from CSV, in the long form the California utilities' export credit files reduce to: one row
 * per month, day type and hour, "month,day type,hour,$/kWh" (month 1–12; day type "weekday" or "weekend"
 * (weekends and holidays); hour 0–23 or 1–24 as hour ending; clock time). All 576 rows are required.
 */
export function readExportRateCsv(text: string, meta: Omit<ExportRateTable, "weekday" | "weekend">): ExportRateTable {
  const field = "exportRateFile";
  const rows = readCsv(text, field).filter((row) => !isBlankRow(row));
  const weekday = Array.from({ length: 12 }, () => Array.from<number>({ length: 24 }).fill(Number.NaN));
  const weekend = Array.from({ length: 12 }, () => Array.from<number>({ length: 24 }).fill(Number.NaN));
  const dataRows = rows.filter((row) => /^\d/.test(row[0] ?? ""));
  const hourEnding = dataRows.some((row) => Number(row[2]) === 24);
  for (const row of dataRows) {
    const [monthText, dayType, hourText, valueText] = row;
    const monthIndex = Number(monthText) - 1;
    const hour = Number(hourText) - (hourEnding ? 1 : 0);
    const value = Number(valueText);
    const target = /^week\s?end|holiday/i.test(dayType ?? "") ? weekend : /^week\s?day/i.test(dayType ?? "") ? weekday : null;
    if (!target || !(monthIndex >= 0 && monthIndex < 12) || !(hour >= 0 && hour < 24) || !Number.isFinite(value)) {
      throw billInputError(field, `Export rates: the row "${row.join(",")}" is not month (1–12), day type (weekday/weekend), hour, $/kWh.`);
    }
    target[monthIndex]![hour] = value;
  }
  for (const [name, grid] of [["weekday", weekday], ["weekend", weekend]] as const) {
    grid.forEach((hours, monthIndex) =>
      hours.forEach((value, hour) => {
        if (Number.isNaN(value)) throw billInputError(field, `Export rates: no ${name} rate for month ${monthIndex + 1}, hour ${hour}: the file needs all 576 rows.`);
      }),
    );
  }
  return { ...meta, weekday, weekend };
}

/** Hourly $/kWh of a table on a calendar (clock hour, clock month, the table's day types). */
export function hourlyExportRates(table: ExportRateTable, calendar: HourlyCalendar): Float64Array {
  const isOffDay = weekendOrHolidayByHour(calendar, table.holidays);
  const rates = new Float64Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const grid = isOffDay[hour] ? table.weekend : table.weekday;
    rates[hour] = grid[calendar.clockMonthOfHour[hour]!]![calendar.clockHourOfDay[hour]!]!;
  }
  return rates;
}

/** The rule with its hourly export rates laid on the tariff's calendar (cached per table and calendar). */
export interface CompiledExportRule {
  rule: ExportRule;
  /** $/kWh of an export in each hour, or null when the tariff's (tiered) sell rates apply. */
  hourlySell: Float64Array | null;
  /** Most a kWh exported in each hour can be worth, all rollovers considered: self-consumption stores below it. */
  exportValueOfHour: Float64Array;
  /** What a kWh exported in each hour earns in its own period: arbitrage weighs storing against it. */
  exportPriceOfHour: Float64Array;
}

const hourlyCache = new WeakMap<ExportRateTable, Map<string, Float64Array>>();
/** Compiled rules per rule object (the same object is passed on every simulation), then per tariff. */
const compiledCache = new WeakMap<ExportRule, WeakMap<CompiledTariff, CompiledExportRule>>();

function cachedHourly(table: ExportRateTable, calendar: HourlyCalendar): Float64Array {
  let byCalendar = hourlyCache.get(table);
  if (!byCalendar) {
    byCalendar = new Map();
    hourlyCache.set(table, byCalendar);
  }
  let rates = byCalendar.get(calendar.key);
  if (!rates) {
    rates = hourlyExportRates(table, calendar);
    byCalendar.set(calendar.key, rates);
  }
  return rates;
}

export function compileExportRule(rule: ExportRule, tariff: CompiledTariff): CompiledExportRule {
  let byTariff = compiledCache.get(rule);
  if (!byTariff) {
    byTariff = new WeakMap();
    compiledCache.set(rule, byTariff);
  }
  const cached = byTariff.get(tariff);
  if (cached) return cached;
  const compiled = compile(rule, tariff);
  byTariff.set(tariff, compiled);
  return compiled;
}

function compile(rule: ExportRule, tariff: CompiledTariff): CompiledExportRule {
  const calendar = tariff.calendar;
  let hourlySell: Float64Array | null = null;
  if (rule.kind !== "net-metering" && rule.exportRates) hourlySell = cachedHourly(rule.exportRates, calendar);
  if (rule.kind === "buy-all-sell-all" && rule.sellDollarsPerKwh !== undefined) hourlySell = new Float64Array(calendar.hours).fill(rule.sellDollarsPerKwh);

  // What a kWh exported in an hour is worth. `exportValueOfHour` is an upper bound, for self-consumption's rule
  // "store only what is surely worth storing": under net metering a surplus kWh can offset an import of any later
  // month and period (it rolls over), so its bound is the tariff's highest price; otherwise the hour's sell rate.
  // `exportPriceOfHour` is the hour's own value, for arbitrage: under net metering the price of the hour's period.
  const exportValueOfHour = new Float64Array(calendar.hours);
  const exportPriceOfHour = new Float64Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const period = tariff.periodOfHour[hour]!;
    if (rule.kind === "net-metering") {
      const credit = rule.credits === "dollars" ? (rule.creditDollarsPerKwh ?? maxSellOfPeriod(tariff, period)) : 0;
      exportValueOfHour[hour] = Math.max(tariff.maxBuy, rule.netSurplusDollarsPerKwh, credit);
      exportPriceOfHour[hour] = Math.max(tariff.maxBuyOfPeriod[period]!, credit);
    } else {
      const value = hourlySell ? hourlySell[hour]! : maxSellOfPeriod(tariff, period);
      exportValueOfHour[hour] = value;
      exportPriceOfHour[hour] = value;
    }
  }
  return { rule, hourlySell, exportValueOfHour, exportPriceOfHour };
}

function maxSellOfPeriod(tariff: CompiledTariff, period: number): number {
  let high = 0;
  for (let tier = 0; tier < tariff.maxTiers; tier++) high = Math.max(high, tariff.sell[period * tariff.maxTiers + tier]!);
  return high;
}
