"use client";

import { useActionState } from "react";
import { useState } from "react";
import { InputField, SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import type { InputField as ProgramInputField } from "@/lib/core/programs/types";

/** Renders any program's inputs from its declarative fields; the program's own zod schema checks them on the server. */
export function ProgramInputsForm({
  programId,
  fields,
  values,
  defaults,
  action,
}: {
  programId: string;
  fields: readonly ProgramInputField[];
  values: Record<string, string>;
  defaults: Record<string, string>;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [current, setCurrent] = useState(values);
  const isShown = (field: ProgramInputField) => !field.showWhen || current[field.showWhen.field] === String(field.showWhen.equals);

  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate onChange={(event) => {
      const target = event.target as unknown as HTMLInputElement;
      setCurrent((previous) => ({ ...previous, [target.name]: target.value }));
    }}>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.filter(isShown).map((field) => {
          const common = { key: field.name, name: field.name, label: field.label, error: state.fieldErrors[field.name], hint: field.help };
          const id = `${programId}-${field.name}`;
          switch (field.kind) {
            case "select":
              return <SelectField {...common} id={id} options={field.options ?? []} defaultValue={values[field.name] ?? defaults[field.name] ?? field.options?.[0]?.value} />;
            case "boolean":
              return (
                <SelectField
                  {...common}
                  id={id}
                  options={[
                    { value: "false", label: "No" },
                    { value: "true", label: "Yes" },
                  ]}
                  defaultValue={values[field.name] ?? defaults[field.name] ?? "false"}
                />
              );
            case "number":
              return (
                <InputField
                  {...common}
                  id={id}
                  unit={field.unit}
                  type="text"
                  inputMode="decimal"
                  placeholder={defaults[field.name] ? `Default ${defaults[field.name]}` : "Default"}
                  defaultValue={values[field.name] ?? ""}
                />
              );
            default: {
              const unhandled: never = field.kind;
              return unhandled;
            }
          }
        })}
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <FormStatus ok={state.ok} message={state.message} />
        <SubmitButton pendingLabel="Saving…" variant="secondary">
          Save inputs
        </SubmitButton>
      </div>
    </form>
  );
}
