import type { ProgramResult } from "../core/finance";
import type { Cents } from "../core/money";

export type BenefitSummary = {
  upfrontCents: Cents;
  /** The first year's annual payment that is not zero, and that year. */
  firstAnnualCents: Cents;
  firstPaidYear: number | null;
  lastPaidYear: number | null;
  annualTotalCents: Cents;
};

/** What a program pays in words a card can show: upfront, the first annual payment, which years pay, the total. */
export function summarizeBenefit(result: Pick<ProgramResult, "upfrontCents" | "annualCents">): BenefitSummary {
  const paidYears = result.annualCents.flatMap((cents, index) => (cents > 0 ? [index + 1] : []));
  const firstPaidYear = paidYears[0] ?? null;
  return {
    upfrontCents: result.upfrontCents,
    firstAnnualCents: firstPaidYear === null ? 0 : (result.annualCents[firstPaidYear - 1] ?? 0),
    firstPaidYear,
    lastPaidYear: paidYears.at(-1) ?? null,
    annualTotalCents: result.annualCents.reduce((total, cents) => total + cents, 0),
  };
}

/**
 * The label of a benefit's yearly total, naming the years it covers: payments that stop after year 10 are a
 * "years 1–10 total", never a 25-year one.
 */
export function annualTotalLabel(summary: Pick<BenefitSummary, "firstPaidYear" | "lastPaidYear">): string {
  const { firstPaidYear: first, lastPaidYear: last } = summary;
  if (first === null || last === null) return "Annual payments, total";
  return first === last ? `Annual, year ${first} only` : `Annual, years ${first}–${last} total`;
}
