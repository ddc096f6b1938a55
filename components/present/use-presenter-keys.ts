"use client";

import { useEffect, useRef } from "react";
import type { Participation } from "@/lib/proposal/option-input";

export type PresenterKeyHandlers = {
  onParticipation: (level: Participation) => void;
  onToggleGridServices: () => void;
  onSection: (step: -1 | 1) => void;
  onToggleHelp: () => void;
  /** While the shortcuts dialog is open only "?" works (Escape is the dialog's own). */
  isHelpOpen: boolean;
};

const byDigit: Record<string, Participation> = { "1": "low", "2": "expected", "3": "high" };

/** A field where a key is typing, not a command: the presenter's keys leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, select, textarea, [contenteditable='true'], [contenteditable='']") !== null;
}

/** The presenter's keyboard shortcuts on the whole page. */
export function usePresenterKeys(handlers: PresenterKeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Shortcuts of the browser or the system (Ctrl+1 switches tabs), a key already handled, or typing: not ours.
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const keys = latest.current;
      if (event.key === "?") {
        event.preventDefault();
        keys.onToggleHelp();
        return;
      }
      if (keys.isHelpOpen) return;
      const level = byDigit[event.key];
      if (level) keys.onParticipation(level);
      else if ((event.key === "g" || event.key === "G") && !event.repeat) keys.onToggleGridServices();
      else if (event.key === "ArrowLeft") keys.onSection(-1);
      else if (event.key === "ArrowRight") keys.onSection(1);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
