/**
 * What Manage incentives keeps live while programs are switched: the proposal preview (pricing, headline figures,
 * conflicts) and the first-year Grid Services payment the sticky summary shows on small screens. The page renders it
 * from the option as stored; a switch or a choice answers with it, so the figures move without a page render.
 */
import type { OptionEvaluation } from "../../core/finance";
import type { Cents } from "../../core/money";
import { buildProposalPreview, type ProposalPreview } from "../../proposal/summary";

export type LivePreview = {
  preview: ProposalPreview;
  /** The counted programs' annual payments in project year 1 (a program set aside for another pays nothing here). */
  gridServicesYear1Cents: Cents;
};

export function buildLivePreview(option: Parameters<typeof buildProposalPreview>[0], evaluation: OptionEvaluation): LivePreview {
  let gridServicesYear1Cents = 0;
  for (const program of evaluation.programs) if (program.isCounted) gridServicesYear1Cents += program.annualCents[0] ?? 0;
  return { preview: buildProposalPreview(option, evaluation), gridServicesYear1Cents };
}
