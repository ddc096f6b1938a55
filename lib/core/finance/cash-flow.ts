/**
 * Yearly cash flows of one option and the figures derived from them. Every yearly amount is
 * rounded to cents once, where it is computed; totals and the cumulative flow are sums of those
 * integers, so they equal the sum of their parts exactly.
 */
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";
import { compoundedByYear } from "../returns/compounding";
import { paybackYears } from "../returns/payback";
import { internalRateOfReturn, netPresentValue } from "../returns/returns";
import type { AnnualStream, Financials } from "./option-input";

export interface CashFlowInput {
  systemCostCents: Cents;
  upfrontIncentivesCents: Cents;
  years: number;
  /** Bill savings by year (see billSavingsByYear), `years` long. */
  billSavingsCents: readonly Cents[];
  discountRate: number;
  /** Operation and maintenance cost by year, `years` long. */
  omCostCents: readonly Cents[];
  /** Battery and inverter replacements by year, `years` long (lib/core/financing/replacements.ts). Default none. */
  replacementCents?: readonly Cents[];
  /** Program and custom annual incentives, each `years` long. */
  streams: readonly AnnualStream[];
}

/**
 * Bill savings by year: year 1 × ((1 + escalation) × (1 − degradation))^(year − 1). Utility
 * prices rise while the panels produce a little less each year. Each year is rounded from the
 * exact product, never from the previous rounded year, so rounding does not compound.
 */
export function billSavingsByYear(year1Cents: Cents, years: number, escalation: number, degradation: number): Cents[] {
  return compoundedByYear(year1Cents, years, (1 + escalation) * (1 - degradation));
}

// Payback, NPV and IRR live in lib/core/returns, shared with the financing figures (lib/core/financing).
export { paybackYears };

export function computeFinancials(input: CashFlowInput): Financials {
  const { years, billSavingsCents, omCostCents, streams } = input;
  const netCostCents = input.systemCostCents - input.upfrontIncentivesCents;
  const upkeepCents = new Array<Cents>(years);
  for (let index = 0; index < years; index++) upkeepCents[index] = (omCostCents[index] ?? 0) + (input.replacementCents?.[index] ?? 0);

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
    let total = (billSavingsCents[index] ?? 0) - (upkeepCents[index] ?? 0);
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
    // The input arrays are shared, not copied: results are read-only by convention, and the with and without Grid
    // Services financials of one option often share the same bill savings (they differ when events cost on the bill).
    billSavingsCents: billSavingsCents as Cents[],
    programAnnualCents: streams as AnnualStream[],
    omCostCents: omCostCents as Cents[],
    upkeepCents,
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
