"use client";

import { startTransition, useActionState, useState } from "react";
import { InputField, TextAreaField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { ZFinancingProductForm, type FinancingTermsValues } from "@/lib/validation/financing";
import { TermsFields } from "./terms-fields";

export type FinancingProductValues = FinancingTermsValues & { name: string; provider: string; effectiveFrom: string; checkedOn: string; sourceUrl: string; notes: string };

type ProductAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A product's name, source and terms. Checked as you go with the action's own schema; after a refusal everything
 * typed stays. A new product's form starts empty again once it is saved.
 */
export function FinancingProductForm({
  idPrefix,
  action,
  initial,
  submitLabel,
  onSaved,
}: {
  idPrefix: string;
  action: ProductAction;
  initial: FinancingProductValues;
  submitLabel: string;
  onSaved?: () => void;
}) {
  const [generation, setGeneration] = useState(0);
  const [state, formAction] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      setGeneration((value) => value + 1);
      onSaved?.();
    }
    return result;
  }, initialActionState);
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(ZFinancingProductForm, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="space-y-3">
      <form key={generation} action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField id={id("name")} name="name" label="Product name" defaultValue={initial.name} error={errors.name} placeholder="GreenLend 25-year 6.99%" autoComplete="off" />
          <InputField id={id("provider")} name="provider" label="Lender or company" defaultValue={initial.provider} error={errors.provider} placeholder="GreenLend" autoComplete="off" />
        </div>
        <TermsFields idPrefix={idPrefix} initial={initial} errors={errors} />
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField id={id("effective")} name="effectiveFrom" label="Terms apply from" type="date" defaultValue={initial.effectiveFrom} error={errors.effectiveFrom} />
          <InputField id={id("checked")} name="checkedOn" label="Terms checked on" type="date" defaultValue={initial.checkedOn} error={errors.checkedOn} hint="When you last read them on the lender's sheet." />
          <InputField
            id={id("source")}
            name="sourceUrl"
            label="Where the terms are published"
            unit="optional"
            type="url"
            inputMode="url"
            defaultValue={initial.sourceUrl}
            error={errors.sourceUrl}
            placeholder="https://lender.example/rates"
            className="sm:col-span-2"
          />
          <TextAreaField id={id("notes")} name="notes" label="Notes" rows={2} defaultValue={initial.notes} error={errors.notes} className="sm:col-span-2" hint="Conditions, credit tiers, who to call." />
        </div>
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      </form>
      <FormStatus ok={state.ok} message={state.message} />
    </div>
  );
}
