/**
 * Amounts that rise by a fixed share each year: a lease payment, an O&M contract, a replacement's price.
 *
 *   amount in year y = year-1 amount × (1 + escalator)^(y − 1)
 *
 * Each year is rounded once from the exact product, never from the previous rounded year, so rounding does not
 * compound. This is the rule the bill savings already follow (lib/core/finance/cash-flow.ts, billSavingsByYear with no
 * degradation): both use lib/core/returns/compounding.ts, so both escalate identically.
 */
import { compoundedByYear } from "../returns/compounding";
import type { Cents } from "../money/round";

/** `years` yearly amounts (index 0 = year 1) starting at `year1Cents` and rising by `escalator` (0.029 = 2.9 %) a year. */
export function escalatedByYear(year1Cents: Cents, years: number, escalator: number): Cents[] {
  return compoundedByYear(year1Cents, years, 1 + escalator);
}
