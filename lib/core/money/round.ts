/**
 * Money inside the core is integer cents. This file is the one place where a fractional amount
 * becomes cents; every total elsewhere is a sum of already-rounded integers, so it is exact.
 */

/** An amount of US money in whole cents. Always a safe integer. */
export type Cents = number;

/**
 * Rounds a fractional number of cents to whole cents, half away from zero (the way an
 * installer rounds by hand: $0.005 → $0.01, −$0.005 → −$0.01).
 *
 * Binary floating point cannot hold most decimal fractions, so a product such as
 * 0.285 × 100 arrives as 28.499999999999996, one unit in the last place below the half it
 * means. Values within a few units in the last place of a half (a relative 4 × 2⁻⁵²) are
 * treated as the half; no amount in this engine carries that much precision, and the margin
 * stays far below a cent up to the largest safe integer.
 *
 * Throws a RangeError on NaN or ±Infinity: a non-finite amount is a bug upstream (inputs are
 * validated before they get here), and turning it into 0 would hide it inside a total.
 */
/** A few units in the last place, relative: how far below a half a float artifact may land. */
const HALF_TOLERANCE = 4 * Number.EPSILON;

export function roundCents(amountInCents: number): Cents {
  if (!Number.isFinite(amountInCents)) {
    throw new RangeError(`roundCents: expected a finite number of cents, got ${amountInCents}`);
  }
  const magnitude = Math.abs(amountInCents);
  const rounded = Math.floor(magnitude + 0.5 + magnitude * HALF_TOLERANCE);
  // `|| 0` turns −0 into 0 so that JSON and equality checks never see a negative zero.
  return (amountInCents < 0 ? -rounded : rounded) || 0;
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
