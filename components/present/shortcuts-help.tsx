"use client";

import { useEffect, useRef } from "react";

export const PRESENTER_SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ["1", "2", "3"], does: "Low, expected or high event participation" },
  { keys: ["G"], does: "Grid Services off, and back on" },
  { keys: ["←", "→"], does: "Previous or next section" },
  { keys: ["?"], does: "Show or hide these shortcuts" },
];

/** The presenter's keys, in a modal dialog ("?" or the Shortcuts button opens it; Escape or Close shuts it). */
export function ShortcutsHelp({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="present-shortcuts-title"
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl bg-slate-900 p-6 text-white ring-1 ring-white/20 backdrop:bg-black/70"
    >
      <h2 id="present-shortcuts-title" className="text-2xl font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-4 grid gap-3 text-lg">
        {PRESENTER_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.does} className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <dt className="flex min-w-24 gap-1">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="rounded-md border border-white/40 bg-white/10 px-2 py-0.5 font-mono text-base">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-slate-200">{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-base text-slate-300">The keys pause while a list or a text field has focus, so typing there is never taken as a shortcut.</p>
      <form method="dialog" className="mt-5 text-right">
        <button type="submit" className="rounded-lg border border-white/40 px-4 py-2 text-lg hover:bg-white/10">
          Close
        </button>
      </form>
    </dialog>
  );
}
