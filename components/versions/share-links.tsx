"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ShareLinkCreated } from "@/lib/actions/versions/share-links";
import { initialActionState } from "@/lib/actions/state";

/** Creates a customer link and shows it once, ready to copy. */
export function CreateShareLinkForm({ action }: { action: (state: ShareLinkCreated, formData: FormData) => Promise<ShareLinkCreated> }) {
  const [state, formAction] = useActionState(action, initialActionState as ShareLinkCreated);
  return (
    <form action={formAction} className="space-y-3">
      <div>
        <label htmlFor="expiresInDays" className="block text-sm font-medium text-slate-800">
          Link expires
        </label>
        <select id="expiresInDays" name="expiresInDays" defaultValue="30" className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          <option value="7">After 7 days</option>
          <option value="30">After 30 days</option>
          <option value="90">After 90 days</option>
          <option value="">Never (until revoked)</option>
        </select>
      </div>
      <SubmitButton pendingLabel="Creating…">Create customer link</SubmitButton>
      <FormStatus ok={state.ok} message={state.message} />
      {state.url ? (
        <div>
          <label htmlFor="share-url" className="block text-sm font-medium text-slate-800">
            Customer link
          </label>
          <input id="share-url" readOnly value={state.url} onFocus={(event) => event.currentTarget.select()} className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs" />
        </div>
      ) : null}
    </form>
  );
}
