"use client";

import * as Switch from "@radix-ui/react-switch";
import { useOptimistic, useState, useTransition } from "react";
import { useStateFromProp } from "@/components/hooks/use-state-from-prop";
import type { ProgramSwitchState } from "@/lib/actions/incentives/set-program-enabled";
import { useUpdateProposalPreview } from "./proposal-preview";

/**
 * The enable switch: it flips at once (optimistic), the server action persists and recomputes, and its
 * answer carries the new proposal preview. A refused or failed action flips it back and says why.
 */
export function ProgramSwitch({
  programName,
  isEnabled,
  isDisabled,
  toggle,
}: {
  programName: string;
  isEnabled: boolean;
  isDisabled: boolean;
  toggle: (enabled: boolean) => Promise<ProgramSwitchState>;
}) {
  const [confirmedEnabled, setConfirmedEnabled] = useStateFromProp(isEnabled);
  const [optimisticEnabled, setOptimisticEnabled] = useOptimistic(confirmedEnabled);
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<ProgramSwitchState | null>(null);
  const updatePreview = useUpdateProposalPreview();

  const onCheckedChange = (checked: boolean) => {
    setResult(null);
    startTransition(async () => {
      setOptimisticEnabled(checked);
      const answer = await toggle(checked);
      // Inside the transition again (React drops it at an await), so the answer and the end of the pending state
      // commit as one render instead of two.
      startTransition(() => {
        if (answer.ok && answer.isEnabled !== undefined) {
          setConfirmedEnabled(answer.isEnabled);
          if (answer.preview && answer.gridServicesYear1Cents !== undefined) updatePreview({ preview: answer.preview, gridServicesYear1Cents: answer.gridServicesYear1Cents });
        }
        setResult(answer);
      });
    });
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        <span className="text-sm text-slate-700" aria-hidden="true">
          {optimisticEnabled ? "Enabled" : "Off"}
        </span>
        <Switch.Root
          checked={optimisticEnabled}
          onCheckedChange={onCheckedChange}
          disabled={isDisabled && !optimisticEnabled}
          aria-label={`Enable ${programName}`}
          aria-busy={isPending || undefined}
          className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full bg-slate-300 transition-colors data-[state=checked]:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-50"
        >
          <Switch.Thumb className="block h-5 w-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[1.375rem]" />
        </Switch.Root>
      </div>
      <p role="status" aria-live="polite" className={result && !result.ok ? "max-w-xs text-right text-sm text-red-700" : "sr-only"}>
        {result?.message ?? ""}
      </p>
    </div>
  );
}
