"use client";

import { useActionState } from "react";
import { InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ApiKeyCreated } from "@/lib/actions/operations/api-keys";
import { initialActionState } from "@/lib/actions/state";

/** Creates an API key and shows it once, ready to copy. */
export function CreateApiKeyForm({ action }: { action: (state: ApiKeyCreated, formData: FormData) => Promise<ApiKeyCreated> }) {
  const [state, formAction] = useActionState(action, initialActionState as ApiKeyCreated);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <InputField name="name" label="Key name" hint="Where it is used, e.g. “Dispatch system”." error={state.fieldErrors.name} autoComplete="off" />
      <SubmitButton pendingLabel="Creating…">Create API key</SubmitButton>
      <FormStatus ok={state.ok} message={state.message} />
      {state.key ? (
        <div>
          <label htmlFor="new-api-key" className="block text-sm font-medium text-slate-800">
            New key
          </label>
          <input id="new-api-key" readOnly value={state.key} onFocus={(event) => event.currentTarget.select()} className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs" />
        </div>
      ) : null}
    </form>
  );
}
