/**
 * The customer's usage as an hourly year: from the 12 monthly kWh of the customer's bills (the common case), spread
 * over the hours by a typical residential shape, or from hourly interval data (green-button.ts, or an hourly array).
 *
 * The shape. Gridfolio's own design, not a dataset: we could not read NREL's ResStock / OpenEI typical load
 * profiles in this session, so the shape is a simple documented one with the features those profiles share
 * (docs/bills.md, "Usage shape"): a night trough around 3–4 a.m. at about half the day's mean, a morning rise
 * (7–8 a.m. on weekdays, an hour or two later at weekends), a flatter midday, and an evening peak at 6–7 p.m. about
 * 1.6 × the day's mean; in summer a cooling afternoon that peaks at 5–6 p.m. at about 1.7 × the mean. Months blend
 * the winter and summer days by a cooling share (0 from November to March, 1 in July and August). The shape follows the
 * clock (people get up at 7 on the clock, summer and winter) and weekends use the weekend day.
 *
 * Only the shape within a month comes from these tables: each month's hours add up exactly to that month's kWh.
 */
import { monthlyTotals, weekendOrHolidayByHour, type HourlyCalendar } from "./calendar";
import { billInputError, formatCount } from "./errors";

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** Relative use by clock hour 0–23 (only ratios matter: each month is scaled to its kWh). */
const WINTER_WEEKDAY = [0.6, 0.55, 0.52, 0.5, 0.52, 0.62, 0.85, 1.05, 1.0, 0.88, 0.82, 0.8, 0.8, 0.78, 0.8, 0.88, 1.05, 1.3, 1.45, 1.45, 1.35, 1.18, 0.95, 0.75];
const WINTER_WEEKEND = [0.65, 0.58, 0.54, 0.52, 0.52, 0.56, 0.68, 0.85, 1.0, 1.05, 1.02, 1.0, 0.98, 0.95, 0.95, 1.0, 1.1, 1.3, 1.42, 1.42, 1.32, 1.15, 0.95, 0.78];
const SUMMER_WEEKDAY = [0.62, 0.55, 0.52, 0.5, 0.5, 0.55, 0.68, 0.78, 0.8, 0.82, 0.88, 0.95, 1.05, 1.15, 1.28, 1.42, 1.58, 1.7, 1.72, 1.62, 1.45, 1.22, 0.98, 0.78];
const SUMMER_WEEKEND = [0.66, 0.58, 0.54, 0.52, 0.5, 0.52, 0.6, 0.72, 0.85, 0.95, 1.05, 1.15, 1.25, 1.35, 1.45, 1.55, 1.65, 1.7, 1.68, 1.58, 1.42, 1.2, 0.98, 0.8];
/** Share of the summer (cooling) day in each month's shape. */
const COOLING_SHARE = [0, 0, 0, 0.1, 0.3, 0.7, 1, 1, 0.7, 0.3, 0, 0];

/** The usage shape's tables, for docs and tests. */
export const USAGE_SHAPE = { WINTER_WEEKDAY, WINTER_WEEKEND, SUMMER_WEEKDAY, SUMMER_WEEKEND, COOLING_SHARE } as const;

/** A home using more than this in a month is not a home (about a 70 kW load around the clock). */
export const MAX_MONTHLY_KWH = 50_000;

const shareCache = new Map<string, Float64Array>();

/** Each hour's share of its month under the typical shape (each month's shares add up to 1). Cached per calendar. */
export function usageShareOfMonth(calendar: HourlyCalendar): Float64Array {
  const cached = shareCache.get(calendar.key);
  if (cached) return cached;
  const isWeekend = weekendOrHolidayByHour(calendar, "none");
  const weights = new Float64Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const clockHour = calendar.clockHourOfDay[hour]!;
    const cooling = COOLING_SHARE[calendar.clockMonthOfHour[hour]!]!;
    const winter = isWeekend[hour] ? WINTER_WEEKEND[clockHour]! : WINTER_WEEKDAY[clockHour]!;
    const summer = isWeekend[hour] ? SUMMER_WEEKEND[clockHour]! : SUMMER_WEEKDAY[clockHour]!;
    weights[hour] = winter * (1 - cooling) + summer * cooling;
  }
  const sums = monthlyTotals(calendar, weights);
  for (let month = 0; month < 12; month++) {
    for (let hour = calendar.monthStartHour[month]!; hour < calendar.monthStartHour[month + 1]!; hour++) weights[hour]! /= sums[month]!;
  }
  shareCache.set(calendar.key, weights);
  return weights;
}

/**
 * Checks 12 monthly kWh figures from the customer's bills. Refuses, naming the month, a figure that is missing, not a
 * number, zero or negative (a bill always shows some use; a vacant month is better entered as the few kWh it shows),
 * or above 50,000 kWh (usually Wh typed as kWh).
 */
export function validateMonthlyKwh(monthlyKwh: readonly number[]): void {
  if (monthlyKwh.length !== 12) {
    throw billInputError("monthlyUsageKwh", `Monthly usage needs 12 figures, January to December; got ${monthlyKwh.length}.`);
  }
  monthlyKwh.forEach((kwh, index) => {
    const field = `monthlyUsageKwh.${index}`;
    const month = MONTH_NAMES[index]!;
    if (typeof kwh !== "number" || !Number.isFinite(kwh)) throw billInputError(field, `${month} usage is not a number: enter the kWh from the customer's ${month} bill.`);
    if (kwh <= 0) throw billInputError(field, `${month} usage is ${kwh} kWh: enter the kWh from the customer's ${month} bill (a bill always shows some use).`);
    if (kwh > MAX_MONTHLY_KWH) {
      throw billInputError(field, `${month} usage is ${formatCount(kwh)} kWh, more than the ${formatCount(MAX_MONTHLY_KWH)} kWh a home can use in a month: check the units (kWh, not Wh).`);
    }
  });
}

/** 12 monthly kWh → an hourly year in kWh, each month shaped by the typical residential day. */
export function hourlyUsageFromMonthly(calendar: HourlyCalendar, monthlyKwh: readonly number[], into?: Float64Array): Float64Array {
  validateMonthlyKwh(monthlyKwh);
  const share = usageShareOfMonth(calendar);
  const hourly = into ?? new Float64Array(calendar.hours);
  for (let month = 0; month < 12; month++) {
    const kwh = monthlyKwh[month]!;
    for (let hour = calendar.monthStartHour[month]!; hour < calendar.monthStartHour[month + 1]!; hour++) hourly[hour] = kwh * share[hour]!;
  }
  return hourly;
}

/**
 * An hourly usage series given directly (an import already on the grid): one value per hour of the calendar, each a
 * finite kWh figure from 0 to 1,000 (a home drawing a megawatt is a units error).
 */
export function hourlyUsageFromArray(calendar: HourlyCalendar, values: ArrayLike<number>): Float64Array {
  if (values.length !== calendar.hours) {
    throw billInputError("hourlyUsageKwh", `Hourly usage for ${calendar.label} needs ${formatCount(calendar.hours)} values, one per hour; got ${formatCount(values.length)}.`);
  }
  const hourly = new Float64Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const kwh = values[hour]!;
    if (!Number.isFinite(kwh) || kwh < 0 || kwh > 1000) {
      throw billInputError("hourlyUsageKwh", `Hourly usage at hour ${hour + 1} (${calendar.dateOfDay((hour / 24) | 0)} ${String(hour % 24).padStart(2, "0")}:00) is ${kwh} kWh: each hour needs a figure from 0 to 1,000 kWh.`);
    }
    hourly[hour] = kwh;
  }
  return hourly;
}
