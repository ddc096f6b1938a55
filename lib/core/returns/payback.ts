import type { Cents } from "../money/round";

/**
 * Simple payback in fractional years: the first year in which the cumulative flow turns
 * non-negative, less the share of that year's savings not needed to get there (linear within
 * the year). 0 when the net cost is already covered; null when it never is within the horizon.
 */
export function paybackYears(cumulativeCents: readonly Cents[]): number | null {
  const start = cumulativeCents[0] ?? 0;
  if (start >= 0) return 0;
  for (let year = 1; year < cumulativeCents.length; year++) {
    const now = cumulativeCents[year] ?? 0;
    if (now >= 0) {
      const before = cumulativeCents[year - 1] ?? 0;
      // before < 0 ≤ now, so the year's flow (now − before) is positive.
      return year - 1 + -before / (now - before);
    }
  }
  return null;
}
