"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

/** One button that runs one action (accept, cancel…) and shows its answer. */
export function ActionButton({
  action,
  label,
  pendingLabel,
  variant = "primary",
  ariaLabel,
  hidden = {},
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  ariaLabel?: string;
  /** Fields the action reads besides its bound arguments. */
  hidden?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={pendingLabel} variant={variant} ariaLabel={ariaLabel}>
        {label}
      </SubmitButton>
      <FormStatus ok={state.ok} message={state.message} />
    </form>
  );
}
