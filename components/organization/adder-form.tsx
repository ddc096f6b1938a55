"use client";

import { InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { ZPriceAdderForm } from "@/lib/validation/price-list";
import { useSettingsAction, type SettingsAction } from "./use-settings-action";

/** A new adder: a name, an amount and whether new options include it from the start. */
export function AdderForm({ action }: { action: SettingsAction }) {
  const { state, formAction, generation, errors, onBlur, onChange, onSubmit } = useSettingsAction(action, ZPriceAdderForm, { resetOnSuccess: true });
  return (
    <div className="space-y-3">
      <form key={generation} action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField id="adder-name" name="name" label="Adder" error={errors.name} placeholder="Main panel upgrade" autoComplete="off" />
          <InputField id="adder-amount" name="amountCents" label="Amount" unit="$" inputMode="decimal" error={errors.amountCents} placeholder="2,500" />
        </div>
        <div className="flex items-start gap-2">
          <input id="adder-default-on" name="isDefaultOn" type="checkbox" aria-describedby="adder-default-on-hint" className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600" />
          <div>
            <label htmlFor="adder-default-on" className="text-sm font-medium text-slate-800">
              Include in every new option
            </label>
            <p id="adder-default-on-hint" className="text-xs text-slate-500">
              Added to a new option&apos;s other costs; the designer can still change them.
            </p>
          </div>
        </div>
        <SubmitButton pendingLabel="Adding…">Add adder</SubmitButton>
      </form>
      <FormStatus ok={state.ok} message={state.message} />
    </div>
  );
}
