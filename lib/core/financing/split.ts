/**
 * Splitting an amount of cents into parts by shares (a year into months by production, a payment into months) so
 * the parts add up to the amount exactly. Each part is the difference of two rounded running totals:
 *
 *   part k = round(total × (s₁ + … + s_k)) − round(total × (s₁ + … + s_(k−1)))
 *
 * so the parts telescope to round(total × 1) = total, and no part is more than a cent away from total × s_k.
 */
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";

/** Twelve equal shares: the default month split. */
export const EQUAL_MONTH_SHARES: readonly number[] = Array.from({ length: 12 }, () => 1 / 12);

/**
 * `totalCents` split by `shares` (non-negative, not all zero; they are scaled to sum to 1, so shares that sum to
 * 0.9999999 from a form's rounding still split the whole amount). The last running total is the amount itself.
 */
export function splitCents(totalCents: Cents, shares: readonly number[]): Cents[] {
  let shareSum = 0;
  for (const share of shares) shareSum += share;
  if (!(shareSum > 0)) throw new RangeError("splitCents: the shares must be non-negative and not all zero");
  const parts = new Array<Cents>(shares.length);
  let running = 0;
  let previousRounded = 0;
  for (let index = 0; index < shares.length; index++) {
    running += shares[index] ?? 0;
    const rounded = index === shares.length - 1 ? totalCents : roundCents((totalCents * running) / shareSum);
    parts[index] = rounded - previousRounded;
    previousRounded = rounded;
  }
  return parts;
}
