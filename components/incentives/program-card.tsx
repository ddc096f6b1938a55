import { Badge } from "@/components/ui/badge";
import type { ProgramSwitchState } from "@/lib/actions/incentives/set-program-enabled";
import type { ActionState } from "@/lib/actions/state";
import type { ProgramStatusKind } from "@/lib/core/programs/types";
import type { ProgramCardModel } from "@/lib/proposal/program-cards";
import { BenefitPreview } from "./benefit-preview";
import { NotCountedBadge, ProgramConflictNotice, type ExclusionPartner } from "./program-conflict";
import { ProgramInputsForm } from "./program-inputs-form";
import { ProgramSwitch } from "./program-switch";

const statusBadge: Record<ProgramStatusKind, { tone: "success" | "warning" | "danger"; label: string }> = {
  open: { tone: "success", label: "Open" },
  "closed-to-new-enrollments": { tone: "danger", label: "Closed to some new enrollments" },
  "funding-uncertain": { tone: "warning", label: "Funding uncertain" },
};

export function ProgramCard({
  program,
  shortName,
  exclusionPartners = [],
  toggle,
  saveInputs,
  countInstead,
}: {
  program: ProgramCardModel;
  /** "DSGS": for "Count DSGS instead". */
  shortName: string;
  /** The programs this one cannot be counted with for the same battery. */
  exclusionPartners?: readonly ExclusionPartner[];
  toggle: (enabled: boolean) => Promise<ProgramSwitchState>;
  saveInputs: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Counts this program instead of one it excludes (only offered while that one counts). */
  countInstead?: (state: ProgramSwitchState, formData: FormData) => Promise<ProgramSwitchState>;
}) {
  const status = statusBadge[program.status.kind];
  const headingId = `program-${program.id}`;
  // The highlight follows the switch itself (CSS :has), so it stays right after a switch, which does not re-render the page.
  return (
    <article aria-labelledby={headingId} data-testid={`program-${program.id}`} className="rounded-xl border border-slate-200 bg-white shadow-sm has-[[role=switch][aria-checked=true]]:border-brand-200 has-[[role=switch][aria-checked=true]]:ring-1 has-[[role=switch][aria-checked=true]]:ring-brand-200">
      <div className="flex flex-wrap items-start justify-between gap-4 px-5 pt-5">
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-base font-semibold text-slate-900">
            {program.name}
          </h3>
          <p className="text-sm text-slate-600">{program.administrator}</p>
          <div className="mt-2 flex flex-wrap gap-1.5">
            {program.eligible ? <Badge tone="success">Eligible</Badge> : <Badge tone="danger">Not eligible</Badge>}
            <Badge tone={status.tone}>{status.label}</Badge>
            {program.warnings.length > 0 ? <Badge tone="warning">Warning</Badge> : null}
            {exclusionPartners.length > 0 ? <NotCountedBadge programId={program.id} /> : null}
          </div>
        </div>
        <ProgramSwitch programName={program.name} isEnabled={program.isEnabled} isDisabled={!program.eligible} toggle={toggle} />
      </div>
      <div className="space-y-3 px-5 pb-5 pt-3 text-sm">
        <p className="text-slate-700">{program.paysHow}</p>
        {program.payeeNote ? <p className="text-slate-600">{program.payeeNote}</p> : null}
        {program.status.kind !== "open" ? <p className="text-slate-600">{program.status.note}</p> : null}
        {program.exclusions.map((exclusion) => (
          <p key={exclusion} className="text-slate-600">
            {exclusion}
          </p>
        ))}
        {exclusionPartners.length > 0 ? (
          // Both programs of an excluded pair are on: each card says which one counts and why, from the live preview,
          // so it changes the moment a switch flips (the page itself is not re-rendered for a switch).
          <ProgramConflictNotice programId={program.id} shortName={shortName} partners={exclusionPartners} wouldPay={program.preview?.summary ?? null} countInstead={countInstead} />
        ) : null}
        {program.reasons.length > 0 ? (
          <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-900">
            <p className="font-medium">Why it cannot be enabled</p>
            <ul className="mt-1 list-disc pl-5">
              {program.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {program.warnings.map((warning) => (
          <p key={warning} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
            {warning}
          </p>
        ))}
        {program.preview ? <BenefitPreview programId={program.id} preview={program.preview} /> : null}
        {program.eligible ? (
          <details className="rounded-lg border border-slate-200" open={program.isEnabled}>
            <summary className="cursor-pointer px-4 py-2.5 font-medium text-slate-800">Program inputs</summary>
            <div className="border-t border-slate-100 px-4 py-4">
              <ProgramInputsForm programId={program.id} fields={program.fields} values={program.values} defaults={program.defaults} action={saveInputs} />
            </div>
          </details>
        ) : null}
        <p className="text-xs text-slate-500">Rates last verified {program.ratesVerifiedOn}.</p>
      </div>
    </article>
  );
}
