"use client";

import { useActionState } from "react";
import { InputField, SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

export type OperationsField =
  | { kind: "input"; name: string; label: string; unit?: string; hint?: string; defaultValue?: string; inputMode?: "decimal" | "numeric" | "text" }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; hint?: string; defaultValue?: string }
  | { kind: "checkbox"; name: string; label: string; hint?: string };

/**
 * The small forms of battery operations (add a battery, send a command, record a step, create an event): fields
 * in a responsive grid, the server's checks under each field, its answer below. `idPrefix` keeps ids unique when
 * one page shows the same form for several batteries.
 */
export function OperationsForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  idPrefix,
  columns = 3,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: OperationsField[];
  submitLabel: string;
  pendingLabel: string;
  idPrefix: string;
  columns?: 2 | 3 | 4;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const grid = columns === 4 ? "sm:grid-cols-2 lg:grid-cols-4" : columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2";
  return (
    <form action={formAction} noValidate className="space-y-3">
      <div className={`grid gap-3 ${grid}`}>
        {fields.map((field) => {
          const id = `${idPrefix}-${field.name}`;
          const error = state.fieldErrors[field.name];
          if (field.kind === "select") {
            return <SelectField key={field.name} id={id} name={field.name} label={field.label} options={field.options} defaultValue={field.defaultValue} hint={field.hint} error={error} />;
          }
          if (field.kind === "checkbox") {
            return (
              <div key={field.name} className="flex items-start gap-2 self-end pb-2">
                <input id={id} type="checkbox" name={field.name} className="mt-0.5 size-4 rounded border-slate-300 text-brand-600" aria-describedby={field.hint ? `${id}-hint` : undefined} />
                <div>
                  <label htmlFor={id} className="text-sm font-medium text-slate-800">
                    {field.label}
                  </label>
                  {field.hint ? (
                    <p id={`${id}-hint`} className="text-xs text-slate-500">
                      {field.hint}
                    </p>
                  ) : null}
                  {error ? <p className="text-sm text-red-700">{error}</p> : null}
                </div>
              </div>
            );
          }
          return <InputField key={field.name} id={id} name={field.name} label={field.label} unit={field.unit} hint={field.hint} defaultValue={field.defaultValue} inputMode={field.inputMode} autoComplete="off" error={error} />;
        })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        <FormStatus ok={state.ok} message={state.message} />
      </div>
    </form>
  );
}
