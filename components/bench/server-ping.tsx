"use client";

import { useState, useTransition } from "react";
import { ping } from "@/lib/actions/ping";

/**
 * Rendered only on a benchmark server (BENCH_HOOKS=1) with ?bench=1: lets `npm run bench:ui` time an empty server
 * action on the same page as a program switch. Production servers never render it, so no page loads its code.
 */
export function ServerPing() {
  const [count, setCount] = useState(0);
  const [, startTransition] = useTransition();
  return (
    <div className="no-print mt-6 text-xs text-slate-500">
      <button
        type="button"
        data-testid="server-ping"
        className="underline"
        onClick={() =>
          startTransition(async () => {
            await ping();
            setCount((value) => value + 1);
          })
        }
      >
        Ping server
      </button>{" "}
      <span data-testid="server-ping-count">{count}</span>
    </div>
  );
}
