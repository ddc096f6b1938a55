/**
 * Discounting: NPV and IRR of a yearly cash flow (index 0 = today, index y = end of year y).
 * Both use Horner's rule in x = 1 ÷ (1 + rate), so no power is computed per year.
 */

/** Net present value of `cashFlows` at `rate` (a fraction, > −1). Not rounded. */
export function netPresentValue(cashFlows: readonly number[], rate: number): number {
  const discount = 1 / (1 + rate);
  let value = 0;
  for (let year = cashFlows.length - 1; year >= 0; year--) value = value * discount + (cashFlows[year] ?? 0);
  return value;
}

/**
 * Rates at which NPV is sampled to find a sign change, from −99% to +100,000%. A conventional
 * project (one outlay, then savings) has exactly one IRR and one sign change among them.
 */
const BRACKET_RATES = [
  -0.99, -0.9, -0.75, -0.5, -0.25, -0.1, 0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 100, 1000,
];

/** Rates closer than this are the same IRR (a millionth of a basis point). */
const RATE_TOLERANCE = 1e-12;

/**
 * Internal rate of return: the rate at which NPV is zero. The first sampled interval (from the
 * lowest rate up) where NPV changes sign brackets it; a bracketing solver narrows it down, so the
 * answer is always inside a proven sign change. null when NPV keeps one sign over the whole range
 * (no outlay, or savings that never add up to anything). When flows change sign several times
 * and several rates qualify, the lowest is returned.
 */
export function internalRateOfReturn(cashFlows: readonly number[]): number | null {
  let lowRate = BRACKET_RATES[0] ?? -0.99;
  let lowValue = netPresentValue(cashFlows, lowRate);
  if (lowValue === 0) return cashFlows.every((flow) => flow === 0) ? null : lowRate;
  for (let index = 1; index < BRACKET_RATES.length; index++) {
    const highRate = BRACKET_RATES[index] ?? lowRate;
    const highValue = netPresentValue(cashFlows, highRate);
    if (highValue === 0) return highRate;
    if (highValue < 0 !== lowValue < 0) return solveInBracket(cashFlows, lowRate, lowValue, highRate, highValue);
    lowRate = highRate;
    lowValue = highValue;
  }
  return null;
}

/**
 * The Illinois variant of regula falsi: secant steps that always keep a sign change between the
 * two ends (so it cannot leave the bracket), with the stale end's value halved so neither end
 * sticks. Converges in about ten steps where bisection takes forty.
 */
function solveInBracket(cashFlows: readonly number[], a: number, valueA: number, b: number, valueB: number): number {
  for (let step = 0; step < 200 && Math.abs(b - a) > RATE_TOLERANCE; step++) {
    const c = b - (valueB * (b - a)) / (valueB - valueA);
    const valueC = netPresentValue(cashFlows, c);
    if (valueC === 0) return c;
    if (valueC < 0 !== valueB < 0) {
      // The root is between b and c: b becomes the other end.
      a = b;
      valueA = valueB;
    } else {
      // Same side as b twice in a row would make the secant crawl: halve the far end's weight.
      valueA /= 2;
    }
    b = c;
    valueB = valueC;
  }
  return b;
}
