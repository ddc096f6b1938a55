"use client";

import * as Switch from "@radix-ui/react-switch";
import { useOptimistic, useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/state";

/** The organization's Grid Services switch: flips at once, reverts and says why if the server refuses. */
export function GridServicesSwitch({ isOn, canChange, toggle }: { isOn: boolean; canChange: boolean; toggle: (enabled: boolean) => Promise<ActionState> }) {
  const [confirmed, setConfirmed] = useState(isOn);
  const [optimistic, setOptimistic] = useOptimistic(confirmed);
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionState | null>(null);
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-3">
        <Switch.Root
          checked={optimistic}
          disabled={!canChange}
          aria-label="Grid Services"
          aria-busy={isPending || undefined}
          onCheckedChange={(checked) =>
            startTransition(async () => {
              setOptimistic(checked);
              const answer = await toggle(checked);
              if (answer.ok) setConfirmed(checked);
              setResult(answer);
            })
          }
          className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full bg-slate-300 transition-colors data-[state=checked]:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-50"
        >
          <Switch.Thumb className="block h-5 w-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[1.375rem]" />
        </Switch.Root>
        <span className="text-sm font-medium text-slate-900">{optimistic ? "On" : "Off"}</span>
      </div>
      <p role="status" aria-live="polite" className={result ? `text-sm ${result.ok ? "text-emerald-700" : "text-red-700"}` : "sr-only"}>
        {result?.message ?? ""}
      </p>
    </div>
  );
}
