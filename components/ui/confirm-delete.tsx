"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useActionState, useState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { buttonClass } from "./button";
import { SubmitButton } from "./submit-button";

/** A delete button that asks first; the action runs only from the dialog's own confirm button. */
export function ConfirmDelete({
  action,
  triggerLabel,
  title,
  description,
  confirmLabel,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  triggerLabel: string;
  title: string;
  description: string;
  confirmLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger className={buttonClass("secondary", "text-red-700 hover:bg-red-50")}>{triggerLabel}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{description}</AlertDialog.Description>
          {state.message ? (
            <p role="alert" className="mt-3 text-sm text-red-700">
              {state.message}
            </p>
          ) : null}
          <form action={formAction} className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass("secondary")}>Cancel</AlertDialog.Cancel>
            <SubmitButton variant="danger" pendingLabel="Deleting…">
              {confirmLabel}
            </SubmitButton>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
