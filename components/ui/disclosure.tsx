"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> that keeps whatever its reader did: open or closed stays so when the page re-renders (a server action
 * revalidating it, a live refresh), so a form's answer inside it stays in view.
 */
export function Disclosure({ summary, defaultOpen = false, children, className = "" }: { summary: string; defaultOpen?: boolean; children: ReactNode; className?: string }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className={`rounded-md border border-slate-200 p-3 ${className}`}>
      <summary className="cursor-pointer text-sm font-medium text-slate-900">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
