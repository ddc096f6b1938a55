import Link from "next/link";
import { ActionButton } from "@/components/account/action-button";
import type { ActionState } from "@/lib/actions/state";
import type { WelcomeChecklist as Checklist, WelcomeStep } from "@/lib/core/welcome/checklist";
import { SampleProjectOffer } from "./sample-project-offer";

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The getting-started checklist on the projects list of a new organization. Each step says whether it is done in
 * words as well as with its mark, so a screen reader hears "Done" or "Not done yet" before the step's name.
 */
export function WelcomeChecklist({
  checklist,
  organizationName,
  isWelcomeLink,
  dismissAction,
  addSampleAction,
}: {
  checklist: Checklist;
  organizationName: string;
  /** Arrived straight from creating the organization (?welcome=1): greet them. */
  isWelcomeLink: boolean;
  dismissAction: FormAction;
  /** Offered while the organization has no sample project. */
  addSampleAction?: FormAction;
}) {
  const total = checklist.steps.length;
  return (
    <section aria-labelledby="welcome-heading" className="no-print mb-6 rounded-xl border border-brand-200 bg-white shadow-sm">
      <div className="border-b border-slate-100 px-5 py-4">
        <h2 id="welcome-heading" className="text-base font-semibold text-slate-900">
          {isWelcomeLink ? `Welcome to Gridfolio, ${organizationName}` : "Getting started"}
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">
          {checklist.doneCount} of {total} steps done. Each step is ticked from what you have actually done; a sample project never counts.
        </p>
      </div>
      <ol aria-label="Getting-started steps" className="divide-y divide-slate-100">
        {checklist.steps.map((step, index) => (
          <StepItem key={step.key} step={step} number={index + 1} />
        ))}
      </ol>
      <div className="flex flex-col gap-4 border-t border-slate-100 px-5 py-4 sm:flex-row sm:items-end sm:justify-between">
        {addSampleAction ? <SampleProjectOffer action={addSampleAction} /> : <span />}
        <div className="shrink-0">
          <ActionButton action={dismissAction} label="Hide this checklist" pendingLabel="Hiding…" variant="secondary" ariaLabel="Hide this checklist for everyone in your organization" />
        </div>
      </div>
    </section>
  );
}

function StepItem({ step, number }: { step: WelcomeStep; number: number }) {
  return (
    <li className="flex gap-3 px-5 py-3">
      <span
        aria-hidden="true"
        className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${step.isDone ? "bg-emerald-600 text-white" : "border border-slate-300 text-slate-600"}`}
      >
        {step.isDone ? "✓" : number}
      </span>
      <div className="min-w-0">
        <p className="text-sm font-medium text-slate-900">
          <span className="sr-only">{step.isDone ? "Done: " : "Not done yet: "}</span>
          {step.isDone ? (
            <span className="text-slate-600 line-through decoration-slate-400">{step.title}</span>
          ) : (
            <Link href={step.href} className="text-brand-700 hover:underline">
              {step.title}
            </Link>
          )}
        </p>
        <p className="mt-0.5 text-sm text-slate-600">{step.detail}</p>
      </div>
    </li>
  );
}
