/**
 * Money inside the core is integer cents. This file is the one place where a fractional amount
 * becomes cents, and where a kW, kWh or share figure is rounded to the precision it is printed
 * with; both use one tie rule. Every total elsewhere is a sum of already-rounded integers, so it
 * is exact.
 */

/** An amount of US money in whole cents. Always a safe integer. */
export type Cents = number;

/** A few units in the last place, relative: how far below a half a float artifact may land. */
const HALF_TOLERANCE = 4 * Number.EPSILON;

/**
 * The one tie rule of the engine: half away from zero (the way an installer rounds by hand:
 * 0.5 → 1, −0.5 → −1).
 *
 * Binary floating point cannot hold most decimal fractions, so a product such as
 * 0.285 × 100 arrives as 28.499999999999996, one unit in the last place below the half it
 * means. Values within a few units in the last place of a half (a relative 4 × 2⁻⁵²) are
 * treated as the half; no figure in this engine carries that much precision, and the margin
 * stays far below a unit up to the largest safe integer.
 *
 * Throws a RangeError on NaN or ±Infinity: a non-finite figure is a bug upstream (inputs are
 * validated before they get here), and turning it into 0 would hide it inside a total.
 */
function roundHalfAwayFromZero(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${what}: expected a finite number, got ${value}`);
  }
  const magnitude = Math.abs(value);
  const rounded = Math.floor(magnitude + 0.5 + magnitude * HALF_TOLERANCE);
  // `|| 0` turns −0 into 0 so that JSON and equality checks never see a negative zero.
  return (value < 0 ? -rounded : rounded) || 0;
}

/** Rounds a fractional number of cents to whole cents, half away from zero ($0.005 → $0.01). */
export function roundCents(amountInCents: number): Cents {
  return roundHalfAwayFromZero(amountInCents, "roundCents");
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * Rounds a figure (kW, kWh, a share) to `places` decimals with the same tie rule as money:
 * 4.725 → 4.73 and 2.675 → 2.68, although both doubles lie just below the half they mean
 * (`Math.round(4.725 * 100) / 100` gives 4.72). The result is the double nearest the rounded
 * decimal, so `formatNumber` prints exactly the figure the engine computes with: an
 * explanation line can then be recomputed by hand from the numbers it prints.
 */
export function roundToPlaces(value: number, places: number): number {
  const scale = POWERS_OF_TEN[places];
  if (scale === undefined) throw new RangeError(`roundToPlaces: 0 to 6 places, got ${places}`);
  return roundHalfAwayFromZero(value * scale, "roundToPlaces") / scale;
}

/** Power, to 0.01 kW: every kW figure the programs print and pay on. */
export function roundKw(kw: number): number {
  return roundToPlaces(kw, 2);
}

/** Energy, to 0.01 kWh. */
export function roundKwh(kwh: number): number {
  return roundToPlaces(kwh, 2);
}

/** A share (of events served), to 0.1 %: 0.8115 → 0.812. */
export function roundShare(share: number): number {
  return roundToPlaces(share, 3);
}

/** Dollars (as a user or a rate table writes them) to cents. */
export function dollarsToCents(dollars: number): Cents {
  return roundCents(dollars * 100);
}

/** Cents to dollars for JSON output: an integer divided by 100 prints with at most two decimals. */
export function centsToDollars(cents: Cents): number {
  return cents / 100 || 0;
}

/** Sum of integer cents. Exact while the total stays below 2⁵³ cents (about $90 trillion). */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
