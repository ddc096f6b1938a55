import type { Financials, OptionEvaluation } from "../finance";
import type { StoredOption } from "./option-input";
import { buildPricingTable, type PricingTable } from "./pricing";

/** The headline numbers of one scenario: what the preview panel and the proposal's first table show. */
export type HeadlineNumbers = Pick<Financials, "years" | "netCostCents" | "paybackYears" | "lifetimeSavingsCents" | "roi" | "npvCents" | "irr">;

/** The "Proposal preview" beside Manage incentives: the pricing table and the headline numbers, with and without Grid Services. */
export type ProposalPreview = {
  pricing: PricingTable;
  withGridServices: HeadlineNumbers;
  withoutGridServices: HeadlineNumbers;
};

function headlineOf(financials: Financials): HeadlineNumbers {
  const { years, netCostCents, paybackYears, lifetimeSavingsCents, roi, npvCents, irr } = financials;
  return { years, netCostCents, paybackYears, lifetimeSavingsCents, roi, npvCents, irr };
}

/** Plain data, so a server action can send it to the browser after a switch instead of re-rendering the page. */
export function buildProposalPreview(option: Pick<StoredOption, "solarCostCents" | "batteryCostCents" | "otherCostCents">, evaluation: OptionEvaluation): ProposalPreview {
  return {
    pricing: buildPricingTable({ solarCents: option.solarCostCents, batteryCents: option.batteryCostCents, otherCents: option.otherCostCents }, evaluation),
    withGridServices: headlineOf(evaluation.financials.withGridServices),
    withoutGridServices: headlineOf(evaluation.financials.withoutGridServices),
  };
}
