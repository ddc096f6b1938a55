"use client";

import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ProgramSwitchState } from "@/lib/actions/incentives/set-program-enabled";
import { initialActionState } from "@/lib/actions/state";
import { formatUsd } from "@/lib/core/money/format";
import type { BenefitSummary } from "@/lib/proposal/program-benefit";
import type { ProposalPreview } from "@/lib/proposal/summary";
import { useProposalPreview, useUpdateProposalPreview } from "./proposal-preview";

/** A program this one cannot be counted with for the same battery, and the rule that says so. */
export type ExclusionPartner = { id: string; shortName: string; rule: string };

type Conflict = ProposalPreview["conflicts"][number];

/** The live preview's conflicts this program takes part in: they change the moment a switch's answer arrives. */
function useConflictsOf(programId: string): Conflict[] {
  const live = useProposalPreview();
  return (live?.preview.conflicts ?? []).filter((conflict) => conflict.countedId === programId || conflict.notCountedId === programId);
}

/** "Not counted" beside the program's name while a program it excludes counts instead. */
export function NotCountedBadge({ programId }: { programId: string }) {
  const isSetAside = useConflictsOf(programId).some((conflict) => conflict.notCountedId === programId);
  return isSetAside ? <Badge tone="warning">Not counted</Badge> : null;
}

/** "$216 a year", "$3,375 upfront and $650 a year", "$0": what a program set aside would pay were it counted. */
function describeWouldPay(summary: BenefitSummary): string {
  const parts: string[] = [];
  if (summary.upfrontCents > 0) parts.push(`${formatUsd(summary.upfrontCents)} upfront`);
  if (summary.firstAnnualCents > 0) parts.push(`${formatUsd(summary.firstAnnualCents)} a year${summary.firstPaidYear !== null && summary.firstPaidYear > 1 ? ` from year ${summary.firstPaidYear}` : ""}`);
  return parts.length > 0 ? parts.join(" and ") : formatUsd(0);
}

/**
 * Which of two enabled programs that exclude each other counts, said on both cards as soon as a switch flips: on
 * the counted one "Counted instead of DSGS: <rule>.", on the other "Not counted: <rule>; <who decided>." with what it
 * would pay and a button to count it instead. The sentences are a polite live region, so a screen reader hears them
 * after the switch it just flipped.
 */
export function ProgramConflictNotice({
  programId,
  shortName,
  partners,
  wouldPay,
  countInstead,
}: {
  programId: string;
  shortName: string;
  partners: readonly ExclusionPartner[];
  /** What the program pays when it counts (the card's benefit preview), for the program set aside. */
  wouldPay: BenefitSummary | null;
  /** The installer's choice of this program over the one that counts; absent where the user may not change the option. */
  countInstead?: (state: ProgramSwitchState, formData: FormData) => Promise<ProgramSwitchState>;
}) {
  const conflicts = useConflictsOf(programId);
  const partnerOf = (id: string) => partners.find((partner) => partner.id === id);
  const setAsideBy = conflicts.find((conflict) => conflict.notCountedId === programId);
  const wouldPayText = setAsideBy && wouldPay ? describeWouldPay(wouldPay) : null;
  return (
    <div className="space-y-2">
      <div role="status" aria-live="polite" data-testid={`conflict-${programId}`} className="space-y-2">
        {conflicts.map((conflict) =>
          conflict.countedId === programId ? (
            <p key={`${conflict.countedId}-${conflict.notCountedId}`} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-slate-800">
              {partnerOf(conflict.notCountedId) ? `Counted instead of ${partnerOf(conflict.notCountedId)!.shortName}: ${partnerOf(conflict.notCountedId)!.rule}.` : conflict.countedMessage}
            </p>
          ) : (
            <p key={`${conflict.countedId}-${conflict.notCountedId}`} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 font-medium text-amber-950">
              {conflict.notCountedMessage}
              {wouldPayText ? <span className="mt-1 block font-normal">{`Were it counted, ${shortName} would pay ${wouldPayText}: the figures below.`}</span> : null}
            </p>
          ),
        )}
      </div>
      {setAsideBy && countInstead ? <CountInsteadForm shortName={shortName} countInstead={countInstead} /> : null}
    </div>
  );
}

function CountInsteadForm({ shortName, countInstead }: { shortName: string; countInstead: (state: ProgramSwitchState, formData: FormData) => Promise<ProgramSwitchState> }) {
  const updatePreview = useUpdateProposalPreview();
  const [state, formAction] = useActionState(async (previous: ProgramSwitchState, formData: FormData) => {
    const answer = await countInstead(previous, formData);
    // The page is revalidated too; the answer's figures show at once, as a switch's do.
    if (answer.ok && answer.preview && answer.gridServicesYear1Cents !== undefined) updatePreview({ preview: answer.preview, gridServicesYear1Cents: answer.gridServicesYear1Cents });
    return answer;
  }, initialActionState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingLabel={`Counting ${shortName}…`}>
        {`Count ${shortName} instead`}
      </SubmitButton>
      <p role="status" aria-live="polite" className={state.ok || !state.message ? "sr-only" : "text-sm text-red-700"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
