"use client";

import { startTransition, useActionState, useState } from "react";
import { FormSection, InputField, SelectField, TextAreaField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ButtonLink } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { usStates } from "@/lib/core/geo/states";
import type { Tariff } from "@/lib/core/programs/types";
import { segments, ZProjectFormSchema } from "@/lib/validation/project";
import { ProjectPlaceFields } from "./project-place-fields";

export type ProjectFormValues = {
  customerName: string;
  email: string;
  phone: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  utility: string;
  /** Blank: not chosen yet, so the form shows (and saves) the default for the place. */
  tariff: Tariff | "";
  segment: string;
  notes: string;
};

export const emptyProject: ProjectFormValues = { customerName: "", email: "", phone: "", street: "", city: "", state: "", zip: "", utility: "", tariff: "", segment: "residential", notes: "" };

const stateOptions = [{ value: "", label: "Choose a state" }, ...usStates.map(([code, name]) => ({ value: code, label: `${name} (${code})` }))];
const segmentOptions = segments.map((value) => ({ value, label: value === "residential" ? "Residential" : "Commercial" }));

export function ProjectForm({
  action,
  initial,
  submitLabel,
  cancelHref,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: ProjectFormValues;
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [siteState, setSiteState] = useState(initial.state);
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(ZProjectFormSchema, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));

  return (
    <form action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <FormSection title="Customer" description="Who the proposal is for.">
        <InputField name="customerName" label="Customer name" defaultValue={initial.customerName} error={errors.customerName} autoComplete="name" className="sm:col-span-2" />
        <InputField name="email" label="Email" type="email" defaultValue={initial.email} error={errors.email} autoComplete="email" />
        <InputField name="phone" label="Phone" type="tel" defaultValue={initial.phone} error={errors.phone} autoComplete="tel" />
      </FormSection>
      <FormSection title="Site" description="The state decides which Grid Services programs are offered.">
        <InputField name="street" label="Street address" defaultValue={initial.street} error={errors.street} autoComplete="street-address" className="sm:col-span-2" />
        <InputField name="city" label="City" defaultValue={initial.city} error={errors.city} autoComplete="address-level2" />
        <div className="grid grid-cols-2 gap-4">
          <SelectField name="state" label="State" options={stateOptions} value={siteState} onChange={(event) => setSiteState(event.target.value)} error={errors.state} />
          <InputField name="zip" label="ZIP" defaultValue={initial.zip} error={errors.zip} inputMode="numeric" autoComplete="postal-code" />
        </div>
      </FormSection>
      <FormSection title="Utility" description="The utility and tariff set the project's defaults and warnings: you decide which programs to enable.">
        <ProjectPlaceFields state={siteState} initialUtility={initial.utility} initialTariff={initial.tariff} errors={errors} />
        <SelectField name="segment" label="Customer type" options={segmentOptions} defaultValue={initial.segment} error={errors.segment} hint="Grid Services programs are for residential customers." />
      </FormSection>
      <FormSection title="Notes">
        <TextAreaField name="notes" label="Notes" rows={3} defaultValue={initial.notes} error={errors.notes} className="sm:col-span-2" />
      </FormSection>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 bg-slate-50/60 px-5 py-4">
        <FormStatus ok={state.ok} message={state.message} />
        <div className="flex gap-2">
          <ButtonLink href={cancelHref} variant="secondary">
            Cancel
          </ButtonLink>
          <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        </div>
      </div>
    </form>
  );
}
