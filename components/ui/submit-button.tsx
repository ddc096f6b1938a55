"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

/** A submit button that says it is working and ignores clicks while its form is pending. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  ariaLabel,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "danger" | "secondary";
  /** For one of several same-looking buttons ("Revoke"): says which one to a screen reader. */
  ariaLabel?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      aria-label={ariaLabel}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={buttonClass(variant)}
    >
      {pending ? <Spinner /> : null}
      {pending ? pendingLabel : children}
    </button>
  );
}

export function Spinner() {
  return <span aria-hidden="true" className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-current border-r-transparent" />;
}
