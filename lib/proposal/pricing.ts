import type { Cents } from "../core/money";
import type { OptionEvaluation } from "../core/finance";

export type PricingLine = { key: string; label: string; cents: Cents; note?: string | null; payee?: "customer" | "contractor" | null };

export type PricingTable = {
  items: PricingLine[];
  grossCents: Cents;
  /** Each upfront incentive as its own negative line. */
  upfrontLines: PricingLine[];
  netCents: Cents;
};

/**
 * The pricing table of a proposal: the line items, the gross price, every upfront incentive as a negative
 * line (with the cap note when a cap bound it), and the net price, all from one engine run.
 */
export function buildPricingTable(costs: { solarCents: Cents; batteryCents: Cents; otherCents: Cents }, evaluation: OptionEvaluation): PricingTable {
  const financials = evaluation.financials.withGridServices;
  const items: PricingLine[] = [
    { key: "solar", label: "Solar system", cents: costs.solarCents },
    { key: "battery", label: "Battery storage", cents: costs.batteryCents },
    { key: "other", label: "Other costs", cents: costs.otherCents },
  ];
  const upfrontLines: PricingLine[] = [
    ...evaluation.programs
      .filter((program) => program.isCounted && program.upfrontCents > 0)
      .map((program) => ({ key: program.id, label: program.name, cents: -program.upfrontCents, note: program.capBinding, payee: program.payee?.upfront ?? null })),
    ...evaluation.customIncentives
      .filter((incentive) => incentive.kind === "upfront" && incentive.upfrontCents > 0)
      .map((incentive) => ({ key: incentive.id, label: incentive.name, cents: -incentive.upfrontCents, note: incentive.capBinding, payee: null })),
  ];
  return { items, grossCents: financials.systemCostCents, upfrontLines, netCents: financials.netCostCents };
}
