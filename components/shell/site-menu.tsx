"use client";

import { usePathname } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/**
 * The header's navigation and account links: in a row from the `md` breakpoint, behind a "Menu" disclosure button
 * below it. The links are rendered once (the server renders them as `children`), so there is one "Sign out", one
 * "Projects", whatever the width; CSS decides whether they show in the row or in the opened panel.
 *
 * Keyboard: the button opens and closes with Enter or Space (a native button); Escape closes the panel from anywhere
 * inside it and gives focus back to the button. Following a link closes it, since the path it was opened on changed.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // Open for the page it was opened on only: navigating away closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !isOpen) return;
    event.preventDefault();
    setOpenOn(null);
    buttonRef.current?.focus();
  };

  return (
    <div className="contents" onKeyDown={closeOnEscape}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
        className="ml-auto inline-flex items-center gap-2 rounded-md border border-white/25 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10 md:hidden"
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          {isOpen ? <path d="M5 5l10 10M15 5 5 15" /> : <path d="M3 6h14M3 10h14M3 14h14" />}
        </svg>
        Menu
      </button>
      <div
        id={panelId}
        className={`${isOpen ? "flex" : "hidden"} w-full basis-full flex-col gap-1 border-t border-white/15 pb-3 pt-2 text-sm md:flex md:w-auto md:flex-1 md:basis-auto md:flex-row md:items-center md:gap-4 md:border-0 md:p-0`}
      >
        {children}
      </div>
    </div>
  );
}
