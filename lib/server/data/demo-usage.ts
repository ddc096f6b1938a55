/**
 * The demo customers' usage: a year of monthly kWh, as read off their last twelve bills, made up like every demo
 * row. Each site's year follows its climate's seasonal pattern (share of the year's use by month): California's
 * cooling summers, New England's winter lighting and heating plus summer air conditioning, north Texas's long cooling
 * season. The shares are Gridfolio's, chosen to match the pattern of typical residential bills in each region; they
 * only give the demo realistic months, the bill model never assumes them.
 */
import type { UsageAndRatesInput } from "../../core/bills";

export type Climate = "california" | "new-england" | "north-texas";

const MONTHLY_SHARE: Readonly<Record<Climate, readonly number[]>> = {
  california: [0.075, 0.068, 0.07, 0.068, 0.079, 0.093, 0.11, 0.11, 0.095, 0.078, 0.072, 0.082],
  "new-england": [0.095, 0.085, 0.082, 0.072, 0.07, 0.08, 0.095, 0.093, 0.077, 0.072, 0.081, 0.098],
  "north-texas": [0.07, 0.062, 0.065, 0.068, 0.085, 0.105, 0.12, 0.122, 0.1, 0.078, 0.062, 0.063],
};

/** Twelve whole-kWh months adding up exactly to `annualKwh` (the rounding remainder goes to the largest month). */
export function monthlyUsageOf(annualKwh: number, climate: Climate): number[] {
  const shares = MONTHLY_SHARE[climate];
  const months = shares.map((share) => Math.round(annualKwh * share));
  const largest = months.indexOf(Math.max(...months));
  months[largest]! += annualKwh - months.reduce((sum, kwh) => sum + kwh, 0);
  return months;
}

/** A demo site's usage and rates: its monthly usage, the design's production, and its tariff. */
export function demoUsageAndRates(
  annualKwh: number,
  climate: Climate,
  tariff: UsageAndRatesInput["tariff"],
  extra: Pick<UsageAndRatesInput, "exportRule" | "savingsFrom"> = {},
): UsageAndRatesInput {
  return { usage: { kind: "monthly", monthlyKwh: monthlyUsageOf(annualKwh, climate) }, production: { kind: "design" }, tariff, exportRule: null, ...extra };
}
