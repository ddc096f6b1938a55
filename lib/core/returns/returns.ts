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

/** Index of rate 0 in BRACKET_RATES. */
const ZERO_RATE_INDEX = BRACKET_RATES.indexOf(0);

/** How many times the flows change sign, zeros skipped (Descartes' rule bounds the IRRs by it). */
function countSignChanges(cashFlows: readonly number[]): number {
  let changes = 0;
  let previous = 0;
  for (const flow of cashFlows) {
    if (flow === 0) continue;
    if (previous !== 0 && flow < 0 !== previous < 0) changes++;
    previous = flow;
  }
  return changes;
}

/**
 * Internal rate of return: the rate at which NPV is zero, or null where none exists.
 *
 * By Descartes' rule of signs (NPV is a polynomial in 1 ÷ (1 + rate)), flows that never change
 * sign have no IRR, and flows that change sign once (an outlay, then savings) have exactly one.
 * For those, the search walks the sampled rates from 0% towards the root, which is usually a few
 * steps away. Flows that change sign several times are scanned from −99% up, and the lowest
 * rate where NPV changes sign is returned. Either way a bracketing solver then narrows the
 * interval, so the answer always lies inside a proven sign change.
 */
export function internalRateOfReturn(cashFlows: readonly number[]): number | null {
  const signChanges = countSignChanges(cashFlows);
  if (signChanges === 0) return null;
  if (signChanges === 1) return walkFromZero(cashFlows);
  let lowRate = BRACKET_RATES[0] ?? -0.99;
  let lowValue = netPresentValue(cashFlows, lowRate);
  if (lowValue === 0) return lowRate;
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

/** One sign change: NPV has the sign of the first flow above the root and the other sign below. */
function walkFromZero(cashFlows: readonly number[]): number | null {
  let firstFlow = 0;
  for (const flow of cashFlows) {
    if (flow !== 0) {
      firstFlow = flow;
      break;
    }
  }
  let index = ZERO_RATE_INDEX;
  let rate = 0;
  let value = netPresentValue(cashFlows, rate);
  if (value === 0) return 0;
  const step = value < 0 === firstFlow < 0 ? -1 : 1; // same sign as above the root: the root is lower
  for (index += step; index >= 0 && index < BRACKET_RATES.length; index += step) {
    const nextRate = BRACKET_RATES[index] ?? rate;
    const nextValue = netPresentValue(cashFlows, nextRate);
    if (nextValue === 0) return nextRate;
    if (nextValue < 0 !== value < 0) {
      return step > 0 ? solveInBracket(cashFlows, rate, value, nextRate, nextValue) : solveInBracket(cashFlows, nextRate, nextValue, rate, value);
    }
    rate = nextRate;
    value = nextValue;
  }
  // The root lies beyond the sampled range (below −99% or above +100,000%): report none.
  return null;
}

/** NPV and its derivative with respect to the rate, in one Horner pass. */
function valueAndSlope(cashFlows: readonly number[], rate: number): [number, number] {
  const discount = 1 / (1 + rate);
  let value = 0;
  let derivativeInDiscount = 0;
  for (let year = cashFlows.length - 1; year >= 0; year--) {
    derivativeInDiscount = derivativeInDiscount * discount + value;
    value = value * discount + (cashFlows[year] ?? 0);
  }
  // d(discount)/d(rate) = −discount².
  return [value, -derivativeInDiscount * discount * discount];
}

/**
 * Newton's method kept inside a bracket (Numerical Recipes' "rtsafe"): a Newton step when it
 * lands inside the bracket and shrinks the error fast enough, a bisection step otherwise. The
 * bracket always holds a sign change, so the answer cannot escape it; Newton makes it converge in
 * a handful of steps where bisection takes forty.
 */
function solveInBracket(cashFlows: readonly number[], a: number, valueA: number, b: number, valueB: number): number {
  // Orient the bracket so that NPV is negative at `low` and positive at `high`.
  let low = valueA < 0 ? a : b;
  let high = valueA < 0 ? b : a;
  let rate = a - (valueA * (b - a)) / (valueB - valueA); // start from the secant estimate
  let previousStep = Math.abs(b - a);
  let step = previousStep;
  let [value, slope] = valueAndSlope(cashFlows, rate);
  for (let iteration = 0; iteration < 200; iteration++) {
    const isNewtonOutside = ((rate - high) * slope - value) * ((rate - low) * slope - value) > 0;
    const isNewtonSlow = Math.abs(2 * value) > Math.abs(previousStep * slope);
    previousStep = step;
    if (isNewtonOutside || isNewtonSlow) {
      step = (high - low) / 2;
      rate = low + step;
    } else {
      step = value / slope;
      rate -= step;
    }
    if (Math.abs(step) < RATE_TOLERANCE) return rate;
    [value, slope] = valueAndSlope(cashFlows, rate);
    if (value === 0) return rate;
    if (value < 0) low = rate;
    else high = rate;
  }
  return rate;
}
