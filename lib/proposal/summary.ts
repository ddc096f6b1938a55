import type { Financials, OptionEvaluation } from "../core/finance";
import type { StoredOption } from "./option-input";
import { buildPricingTable, type PricingTable } from "./pricing";
import { headlineRows, type HeadlineRow } from "./view";

/** The headline numbers of one scenario, for the few places that compare them (a switch's test, present mode's pill). */
export type HeadlineNumbers = Pick<Financials, "years" | "netCostCents" | "paybackYears" | "lifetimeSavingsCents" | "roi" | "npvCents" | "irr">;

/**
 * The "Proposal preview" beside Manage incentives and in present mode: the pricing table and the headline figures,
 * with and without Grid Services. A slice of the proposal view, built without its tables and charts, so a switch
 * answers quickly; its rows are written by the view's own headlineRows.
 */
export type ProposalPreview = {
  pricing: PricingTable;
  headline: HeadlineRow[];
  /**
   * Enabled programs that exclude each other (one counts, one does not), with the sentences the proposal shows:
   * a program switch's answer carries them, so the page can say at once why a switched-on program adds nothing.
   */
  conflicts: { countedId: string; notCountedId: string; countedMessage: string; notCountedMessage: string }[];
  withGridServices: HeadlineNumbers;
  withoutGridServices: HeadlineNumbers;
};

function headlineOf(financials: Financials): HeadlineNumbers {
  const { years, netCostCents, paybackYears, lifetimeSavingsCents, roi, npvCents, irr } = financials;
  return { years, netCostCents, paybackYears, lifetimeSavingsCents, roi, npvCents, irr };
}

/** Plain data, so a server action can send it to the browser after a switch instead of re-rendering the page. */
export function buildProposalPreview(option: Pick<StoredOption, "solarCostCents" | "batteryCostCents" | "otherCostCents">, evaluation: OptionEvaluation): ProposalPreview {
  const { withGridServices, withoutGridServices } = evaluation.financials;
  return {
    pricing: buildPricingTable({ solarCents: option.solarCostCents, batteryCents: option.batteryCostCents, otherCents: option.otherCostCents }, evaluation),
    headline: headlineRows(withGridServices, withoutGridServices),
    conflicts: evaluation.conflicts.map(({ countedId, notCountedId, countedMessage, notCountedMessage }) => ({ countedId, notCountedId, countedMessage, notCountedMessage })),
    withGridServices: headlineOf(withGridServices),
    withoutGridServices: headlineOf(withoutGridServices),
  };
}
