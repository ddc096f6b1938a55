"use client";

import { startTransition, useActionState, useState } from "react";
import { InputField, TextAreaField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface OrganizationTariffRow {
  id: string;
  name: string;
  /** "Concord Municipal Light Plant · MA · 2 periods, $12.00 a month": what the pasted JSON holds, in words. */
  details: string;
  added: string;
}

/**
 * The organization's pasted URDB rates: paste one (refused with the URDB field named when it does not parse), see
 * the list, delete one. Options that chose a rate keep their own copy, so deleting never changes a proposal.
 */
export function OrganizationTariffs({ tariffs, canManage, add, remove }: { tariffs: OrganizationTariffRow[]; canManage: boolean; add: Action | null; remove: Record<string, Action> }) {
  const [generation, setGeneration] = useState(0);
  const [state, formAction] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await add!(previous, formData);
    if (result.ok) setGeneration((value) => value + 1);
    return result;
  }, initialActionState);
  // The URDB path of a refusal ("urdbRate.energyweekdayschedule[6][17]") is in the message; the box shows it.
  const errors = state.fieldErrors;
  return (
    <div className="space-y-6">
      <section aria-labelledby="pasted-rates-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <h2 id="pasted-rates-heading" className="border-b border-slate-100 px-5 py-4 text-base font-semibold text-slate-900">
          Pasted rates
        </h2>
        {tariffs.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-600">
            No pasted rates yet. {canManage ? "Paste one below for a utility Gridfolio ships no rate for." : "Owners and admins can paste rates from OpenEI's Utility Rate Database."}
          </p>
        ) : (
          <ul aria-labelledby="pasted-rates-heading" className="divide-y divide-slate-100">
            {tariffs.map((tariff) => (
              <li key={tariff.id} className="flex flex-wrap items-start justify-between gap-3 px-5 py-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{tariff.name}</p>
                  <p className="text-sm text-slate-600">{tariff.details}</p>
                  <p className="text-xs text-slate-500">Added {tariff.added}</p>
                </div>
                {canManage && remove[tariff.id] ? (
                  <ConfirmDelete
                    action={remove[tariff.id]!}
                    triggerLabel={`Delete ${tariff.name}`}
                    title={`Delete ${tariff.name}?`}
                    description="It leaves your organization's list. Options that use it keep their own copy, so no proposal changes."
                    confirmLabel="Delete rate"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canManage && add ? (
        <section aria-labelledby="paste-rate-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
          <div className="border-b border-slate-100 px-5 py-4">
            <h2 id="paste-rate-heading" className="text-base font-semibold text-slate-900">
              Paste a rate from OpenEI
            </h2>
            <p className="mt-0.5 text-sm text-slate-600">
              Find the rate on{" "}
              <a href="https://apps.openei.org/USURDB/" className="text-brand-700 underline underline-offset-2" rel="noopener noreferrer" target="_blank">
                the Utility Rate Database<span className="sr-only"> (opens in a new tab)</span>
              </a>
              , export it as JSON and paste it here. Energy charges by period and tier, weekday and weekend schedules, fixed charges and minimum bills are read; demand charges are not modelled.
            </p>
          </div>
          <form
            key={generation}
            action={formAction}
            onSubmit={(event) => {
              event.preventDefault();
              const formData = new FormData(event.currentTarget);
              startTransition(() => formAction(formData));
            }}
            noValidate
            className="space-y-4 px-5 py-4"
          >
            <div className="grid gap-4 sm:grid-cols-3">
              <InputField name="name" label="Name" defaultValue="" error={errors.name} placeholder="Concord Light residential" autoComplete="off" />
              <InputField name="utility" label="Utility" unit="optional" defaultValue="" error={errors.utility} placeholder="Concord Municipal Light Plant" autoComplete="off" />
              <InputField name="state" label="State" unit="optional" defaultValue="" error={errors.state} placeholder="MA" maxLength={2} autoComplete="off" />
            </div>
            <TextAreaField name="urdb" label="URDB rate JSON" rows={8} defaultValue="" error={errors.urdb} spellCheck={false} className="font-mono" hint="One rate, as OpenEI exports it (or the API's { items: [rate] })." />
            <div className="flex flex-wrap items-center gap-3">
              <SubmitButton pendingLabel="Checking…">Add rate</SubmitButton>
              <FormStatus ok={state.ok} message={state.message} />
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
