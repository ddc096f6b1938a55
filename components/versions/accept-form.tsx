"use client";

import { useActionState } from "react";
import { InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

/** The customer's acceptance: a typed name and an explicit confirmation. */
export function AcceptForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction] = useActionState(action, initialActionState);
  if (state.ok) return <FormStatus ok message={state.message} />;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <InputField name="name" label="Your full name" autoComplete="name" error={state.fieldErrors.name} />
      <div className="flex items-start gap-2">
        <input id="confirm" name="confirm" type="checkbox" value="yes" className="mt-1 h-4 w-4" aria-describedby={state.fieldErrors.confirm ? "confirm-error" : undefined} />
        <label htmlFor="confirm" className="text-sm text-slate-800">
          I accept this proposal as shown, including its prices and the program assumptions.
        </label>
      </div>
      {state.fieldErrors.confirm ? (
        <p id="confirm-error" className="text-sm text-red-700">
          {state.fieldErrors.confirm}
        </p>
      ) : null}
      <SubmitButton pendingLabel="Recording…">Accept proposal</SubmitButton>
      <FormStatus ok={state.ok} message={state.message} />
    </form>
  );
}
