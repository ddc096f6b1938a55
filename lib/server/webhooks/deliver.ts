/**
 * Sends the webhook deliveries that are due: claim a batch (claim.ts), POST each one signed (send.ts), record the
 * outcome (outcome.ts). The background worker (worker.ts) calls this every few seconds; tests call it with their own
 * clock, DNS and transport.
 */
import { getDb } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { ResolveHost } from "../security/public-address";
import { claimDueDeliveries } from "./claim";
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
  const db = options.db ?? getDb();
  const leaseEnd = new Date(now.getTime() + leaseMs);
  const run: DeliveryRun = { claimed: 0, delivered: 0, retried: 0, failed: 0, leaseExpired: 0 };

  const ids = await claimDueDeliveries(db, { now, leaseEnd, limit });
  run.claimed = ids.length;
  if (ids.length === 0) return run;
  const deliveries = await db.webhookDelivery.findMany({
    where: { id: { in: ids } },
    select: { id: true, idempotencyKey: true, body: true, attempts: true, firstFailedAt: true, destination: { select: { url: true, secret: true, disabledAt: true } } },
  });

  // Every claimed delivery is attempted and recorded, even when another one's write fails; the first error is then
  // thrown for the worker to log (the failed one's lease runs out and it is sent again).
  const settled = await Promise.allSettled(deliveries.map((delivery) => deliverOne(db, delivery, { now, timeoutMs, leaseEnd, transport, resolve, allowPrivate })));
  for (const result of settled) if (result.status === "fulfilled") run[result.value]++;
  const rejected = settled.find((result) => result.status === "rejected");
  if (rejected) throw rejected.reason;
  return run;
}

interface ClaimedDelivery {
  id: string;
  idempotencyKey: string;
  body: string;
  attempts: number;
  firstFailedAt: Date | null;
  destination: { url: string; secret: string; disabledAt: Date | null };
}

interface RunSettings {
  now: Date;
  timeoutMs: number;
  leaseEnd: Date;
  transport?: Transport;
  resolve?: ResolveHost;
  allowPrivate: boolean;
}

async function deliverOne(db: PrismaClient, delivery: ClaimedDelivery, { now, timeoutMs, leaseEnd, transport, resolve, allowPrivate }: RunSettings): Promise<Outcome> {
  // Only while this run's claim still holds: once the lease has run out, the delivery belongs to whichever run took it
  // over, and this (late) outcome must not overwrite that one's.
  const ownClaim = { id: delivery.id, status: "pending", lockedUntil: leaseEnd };
  if (delivery.destination.disabledAt) {
    const { count } = await db.webhookDelivery.updateMany({ where: ownClaim, data: { status: "failed", lastError: DESTINATION_DISABLED, lastStatusCode: null, lockedUntil: null } });
    return count === 1 ? "failed" : "leaseExpired";
  }
  const { url, secret } = delivery.destination;
  const result = await attemptDelivery({ url, secret, body: delivery.body, idempotencyKey: delivery.idempotencyKey, now, timeoutMs, transport, resolve, allowPrivate });
  const update = afterAttempt(delivery, result, now);
  const { count } = await db.webhookDelivery.updateMany({ where: ownClaim, data: update });
  if (count === 0) return "leaseExpired";
  return update.status === "delivered" ? "delivered" : update.status === "pending" ? "retried" : "failed";
}
