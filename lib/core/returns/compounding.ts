/**
 * Amounts that change by a fixed factor each year: bill savings (prices up, output down), an escalating lease payment,
 * O&M, a replacement's price.
 *
 *   amount in year y = year-1 amount × factor^(y − 1)
 *
 * Each year is rounded once from the exact product, never from the previous rounded year, so rounding does not
 * compound.
 */
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";

/** `years` amounts (index 0 = year 1) starting at `year1Cents` and multiplied by `yearlyFactor` each year. */
export function compoundedByYear(year1Cents: Cents, years: number, yearlyFactor: number): Cents[] {
  const amounts = new Array<Cents>(years);
  let factor = 1;
  for (let index = 0; index < years; index++) {
    amounts[index] = roundCents(year1Cents * factor);
    factor *= yearlyFactor;
  }
  return amounts;
}
