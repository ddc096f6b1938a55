/**
 * The background sender: runs deliverDueWebhooks every few seconds in the app's server process. Start it once from
 * instrumentation.ts (Node.js runtime only: it uses Prisma and node:crypto). Set WEBHOOK_WORKER=off to run none in
 * a process (e.g. when a separate process sends), deliveries then wait in the database.
 *
 * - never overlaps itself: the next run is scheduled when the previous one has finished;
 * - runs again at once while a run fills its batch, so a backlog drains quickly;
 * - a failed run (database unreachable...) is logged and retried on the next tick, never crashing the server;
 * - its timer is unref()ed, so it never keeps a process alive that would otherwise exit;
 * - starting it twice (hot reload, a second import) returns the running one.
 */
import { deliverDueWebhooks, DELIVERY_DEFAULTS, type DeliveryRun } from "./deliver";

export interface WebhookWorker {
  /** Stops scheduling and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

export interface WebhookWorkerOptions {
  intervalMs?: number;
  /** Tests replace the run; the real one by default. */
  deliver?: () => Promise<DeliveryRun>;
  env?: Record<string, string | undefined>;
}

const holder = globalThis as typeof globalThis & { __gridfolioWebhookWorker?: WebhookWorker };

export function startWebhookWorker({ intervalMs = 5_000, deliver = () => deliverDueWebhooks(), env = process.env }: WebhookWorkerOptions = {}): WebhookWorker | null {
  if (env.WEBHOOK_WORKER?.trim().toLowerCase() === "off") return null;
  if (holder.__gridfolioWebhookWorker) return holder.__gridfolioWebhookWorker;

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, delayMs);
    timer.unref();
  };
  const tick = async () => {
    let isBatchFull = false;
    try {
      const run = await deliver();
      isBatchFull = run.claimed >= DELIVERY_DEFAULTS.limit;
    } catch (error) {
      console.error("webhook worker: a delivery run failed; pending deliveries stay queued and are tried on the next run", error);
    }
    schedule(isBatchFull ? 0 : intervalMs);
  };

  const worker: WebhookWorker = {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      if (holder.__gridfolioWebhookWorker === worker) holder.__gridfolioWebhookWorker = undefined;
    },
  };
  holder.__gridfolioWebhookWorker = worker;
  schedule(intervalMs);
  return worker;
}
