"use client";

import { startTransition, useActionState } from "react";
import { InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { WebhookDestinationCreated } from "@/lib/actions/webhooks/create-destination";
import { initialActionState } from "@/lib/actions/state";
import { ZWebhookDestinationForm } from "@/lib/validation/webhook";

/** Adds a destination and shows its signing secret once, ready to copy into the receiver's configuration. */
export function CreateWebhookDestinationForm({ action }: { action: (state: WebhookDestinationCreated, formData: FormData) => Promise<WebhookDestinationCreated> }) {
  const [state, formAction] = useActionState(action, initialActionState as WebhookDestinationCreated);
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(ZWebhookDestinationForm, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  return (
    <div className="space-y-3">
      {/* A new key after each added destination empties the fields; after a refusal they keep what was typed. */}
      <form key={state.secret ?? "form"} action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="space-y-3">
        <InputField
          name="url"
          label="Endpoint URL"
          type="url"
          inputMode="url"
          placeholder="https://example.com/gridfolio/webhooks"
          hint="Where events are POSTed: an https:// address on the public internet."
          error={errors.url}
          autoComplete="off"
        />
        <InputField name="description" label="Description (optional)" hint="e.g. “Dispatch system”." error={errors.description} autoComplete="off" />
        <SubmitButton pendingLabel="Adding…">Add destination</SubmitButton>
      </form>
      <FormStatus ok={state.ok} message={state.message} />
      {state.secret ? (
        <div>
          <label htmlFor="new-webhook-secret" className="block text-sm font-medium text-slate-800">
            Signing secret
          </label>
          <input
            id="new-webhook-secret"
            readOnly
            value={state.secret}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby="new-webhook-secret-hint"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
          />
          <p id="new-webhook-secret-hint" className="mt-1 text-xs text-slate-500">
            Your receiver verifies the Gridfolio-Signature header with it (see the README).
          </p>
        </div>
      ) : null}
    </div>
  );
}
