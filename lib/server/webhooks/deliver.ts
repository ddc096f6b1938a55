/**
 * Sends the webhook deliveries that are due: claim a batch (data/webhook-claims.ts), POST each one signed (send.ts),
 * record the outcome (outcome.ts). The background worker (worker.ts) calls this every few seconds; tests call it with
 * their own clock, DNS, transport and database.
 */
import type { PrismaClient } from "../db/generated/client";
import { claimDueDeliveries, findClaimedDeliveries, settleClaimedDelivery, type ClaimedDelivery } from "../data/webhook-claims";
import type { ResolveHost } from "../security/public-address";
import { DESTINATION_DISABLED } from "../../core/operations/delivery-status";
import { afterAttempt } from "./outcome";
import { allowsPrivateDestinations } from "./destination-address";
import type { Transport } from "./pinned-post";
import { attemptDelivery } from "./send";

export const DELIVERY_DEFAULTS = {
  /** Deliveries sent at once per run; the worker runs again at once while a run fills its batch. */
  limit: 20,
  timeoutMs: 10_000,
  /** Well above the timeout: the lease must outlast the slowest request, or a second worker would send it too. */
  leaseMs: 60_000,
} as const;

export interface DeliverOptions {
  now?: Date;
  /** How a POST is sent; pinned-post.ts by default. */
  transport?: Transport;
  /** The DNS; the system's by default. */
  resolve?: ResolveHost;
  /** Send to loopback and private addresses too; WEBHOOK_ALLOW_PRIVATE_DESTINATIONS=1 by default. */
  allowPrivateDestinations?: boolean;
  limit?: number;
  leaseMs?: number;
  timeoutMs?: number;
  /** The database; the app's own by default. */
  db?: PrismaClient;
}

export interface DeliveryRun {
  claimed: number;
  delivered: number;
  /** Failed this time, with another attempt scheduled. */
  retried: number;
  /** Failed for good: the last attempt, or a destination disabled since the event was queued. */
  failed: number;
  /** Answered after this run's lease ran out: another run had taken the delivery over, so this outcome was dropped. */
  leaseExpired: number;
}

type Outcome = "delivered" | "retried" | "failed" | "leaseExpired";

export async function deliverDueWebhooks(options: DeliverOptions = {}): Promise<DeliveryRun> {
  const { now = new Date(), transport, resolve, allowPrivateDestinations: allowPrivate = allowsPrivateDestinations(), limit = DELIVERY_DEFAULTS.limit, timeoutMs = DELIVERY_DEFAULTS.timeoutMs, leaseMs = DELIVERY_DEFAULTS.leaseMs } = options;
  if (leaseMs <= timeoutMs) throw new RangeError(`deliverDueWebhooks: the lease (${leaseMs} ms) must outlast the request timeout (${timeoutMs} ms)`);
  const { db } = options;
  const leaseEnd = new Date(now.getTime() + leaseMs);
  const run: DeliveryRun = { claimed: 0, delivered: 0, retried: 0, failed: 0, leaseExpired: 0 };

  const ids = await claimDueDeliveries(db, { now, leaseEnd, limit });
  run.claimed = ids.length;
  if (ids.length === 0) return run;
  const deliveries = await findClaimedDeliveries(db, ids);

  // Every claimed delivery is attempted and recorded, even when another one's write fails; the first error is then
  // thrown for the worker to log (the failed one's lease runs out and it is sent again).
  const settled = await Promise.allSettled(deliveries.map((delivery) => deliverOne(db, delivery, { now, timeoutMs, leaseEnd, transport, resolve, allowPrivate })));
  for (const result of settled) if (result.status === "fulfilled") run[result.value]++;
  const rejected = settled.find((result) => result.status === "rejected");
  if (rejected) throw rejected.reason;
  return run;
}

interface RunSettings {
  now: Date;
  timeoutMs: number;
  leaseEnd: Date;
  transport?: Transport;
  resolve?: ResolveHost;
  allowPrivate: boolean;
}

async function deliverOne(db: PrismaClient | undefined, delivery: ClaimedDelivery, { now, timeoutMs, leaseEnd, transport, resolve, allowPrivate }: RunSettings): Promise<Outcome> {
  const claim = { id: delivery.id, leaseEnd };
  if (delivery.destination.disabledAt) {
    const settled = await settleClaimedDelivery(db, claim, { status: "failed", lastError: DESTINATION_DISABLED, lastStatusCode: null, lockedUntil: null });
    return settled ? "failed" : "leaseExpired";
  }
  const { url, secret } = delivery.destination;
  const result = await attemptDelivery({ url, secret, body: delivery.body, idempotencyKey: delivery.idempotencyKey, now, timeoutMs, transport, resolve, allowPrivate });
  const update = afterAttempt(delivery, result, now);
  if (!(await settleClaimedDelivery(db, claim, update))) return "leaseExpired";
  return update.status === "delivered" ? "delivered" : update.status === "pending" ? "retried" : "failed";
}
