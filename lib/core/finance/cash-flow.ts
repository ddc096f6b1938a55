/**
 * Yearly cash flows of one option and the figures derived from them. Every yearly amount is
 * rounded to cents once, where it is computed; totals and the cumulative flow are sums of those
 * integers, so they equal the sum of their parts exactly.
 */
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";
import type { AnnualStream, Financials } from "./option-input";
import { internalRateOfReturn, netPresentValue } from "./returns";

export interface CashFlowInput {
  systemCostCents: Cents;
  upfrontIncentivesCents: Cents;
  years: number;
  /** Bill savings by year (see billSavingsByYear), `years` long. */
  billSavingsCents: readonly Cents[];
  discountRate: number;
  /** Operation and maintenance cost by year, `years` long. */
  omCostCents: readonly Cents[];
  /** Program and custom annual incentives, each `years` long. */
  streams: readonly AnnualStream[];
}

/**
 * Bill savings by year: year 1 × ((1 + escalation) × (1 − degradation))^(year − 1). Utility
 * prices rise while the panels produce a little less each year. Each year is rounded from the
 * exact product, never from the previous rounded year, so rounding does not compound.
 */
export function billSavingsByYear(year1Cents: Cents, years: number, escalation: number, degradation: number): Cents[] {
  const savings = new Array<Cents>(years);
  const yearlyFactor = (1 + escalation) * (1 - degradation);
  let factor = 1;
  for (let index = 0; index < years; index++) {
    savings[index] = roundCents(year1Cents * factor);
    factor *= yearlyFactor;
  }
  return savings;
}

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

export function computeFinancials(input: CashFlowInput): Financials {
  const { years, billSavingsCents, omCostCents, streams } = input;
  const netCostCents = input.systemCostCents - input.upfrontIncentivesCents;

  const annualSavingsCents = new Array<Cents>(years);
  // The cash flow for NPV and IRR: year 0 is the outlay, then each year's savings.
  const cashFlows = new Array<Cents>(years + 1);
  const cumulativeCashFlowCents = new Array<Cents>(years + 1);
  cashFlows[0] = -netCostCents;
  cumulativeCashFlowCents[0] = -netCostCents;
  let cumulative = -netCostCents;
  let lifetimeSavingsCents = 0;
  let tenYearSavingsCents = 0;
  for (let index = 0; index < years; index++) {
    let total = (billSavingsCents[index] ?? 0) - (omCostCents[index] ?? 0);
    for (const stream of streams) total += stream.cents[index] ?? 0;
    annualSavingsCents[index] = total;
    cashFlows[index + 1] = total;
    cumulative += total;
    cumulativeCashFlowCents[index + 1] = cumulative;
    lifetimeSavingsCents += total;
    if (index < 10) tenYearSavingsCents += total;
  }

  return {
    systemCostCents: input.systemCostCents,
    upfrontIncentivesCents: input.upfrontIncentivesCents,
    netCostCents,
    years,
    // The input arrays are shared, not copied: results are read-only by convention, and the
    // with and without Grid Services financials of one option share the same bill savings.
    billSavingsCents: billSavingsCents as Cents[],
    programAnnualCents: streams as AnnualStream[],
    omCostCents: omCostCents as Cents[],
    annualSavingsCents,
    cumulativeCashFlowCents,
    paybackYears: paybackYears(cumulativeCashFlowCents),
    roi: netCostCents > 0 ? (lifetimeSavingsCents - netCostCents) / netCostCents : null,
    npvCents: roundCents(netPresentValue(cashFlows, input.discountRate)),
    irr: internalRateOfReturn(cashFlows),
    tenYearSavingsCents,
    lifetimeSavingsCents,
  };
}
