"use client";

import { startTransition, useActionState, useState } from "react";
import type { z } from "zod";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { initialActionState, type ActionState } from "@/lib/actions/state";

export type SettingsAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A settings form's action, checked as it is typed with the action's own schema. After a refusal everything typed
 * stays; `resetOnSuccess` empties an "add" form once its row is saved (a new `generation` remounts the form).
 */
export function useSettingsAction(action: SettingsAction, schema: z.ZodType, { resetOnSuccess = false } = {}) {
  const [generation, setGeneration] = useState(0);
  const [state, formAction] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok && resetOnSuccess) setGeneration((value) => value + 1);
    return result;
  }, initialActionState);
  const handlers = useValidatedForm(schema, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  return { state, formAction, generation, ...handlers };
}
