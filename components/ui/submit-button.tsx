"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

/** A submit button that says it is working and ignores clicks while its form is pending. */
export function SubmitButton({ children, pendingLabel, variant = "primary" }: { children: ReactNode; pendingLabel: string; variant?: "primary" | "danger" | "secondary" }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
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
