/**
 * Runs the operations tick every few seconds inside the app server (started from instrumentation.ts). One tick at
 * a time per process; OPERATIONS_WORKER_INTERVAL_MS sets the pace (5 s by default); OPERATIONS_WORKER=off turns it off (e.g. on web servers when a separate worker runs it).
 */
import { runOperationsTick } from "./tick";

const holder = globalThis as typeof globalThis & { __gridfolioOperationsWorker?: NodeJS.Timeout };

export function startOperationsWorker({ intervalMs = Number(process.env.OPERATIONS_WORKER_INTERVAL_MS) || 5_000 }: { intervalMs?: number } = {}): void {
  if (process.env.OPERATIONS_WORKER === "off" || holder.__gridfolioOperationsWorker) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runOperationsTick()
      .catch((error: unknown) => console.error("operations worker: tick failed", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  holder.__gridfolioOperationsWorker = timer;
}
