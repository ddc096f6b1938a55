"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

/** One small button on a row of a list ("Archive", "Remove"), named for the row it acts on; a refusal shows beside it. */
export function RowAction({
  action,
  label,
  pendingLabel,
  rowName,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel: string;
  rowName: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {state.message && !state.ok ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
      <SubmitButton pendingLabel={pendingLabel} variant="secondary" ariaLabel={`${label} ${rowName}`}>
        {label}
      </SubmitButton>
    </form>
  );
}
