/**
 * "Retry now" on a failed delivery: back to pending, due at once, with a fresh schedule of attempts (the receiver
 * was presumably fixed, so it deserves the full set again). The idempotency key and body stay: it is the same event.
 */
import { getDb } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { isDeliveryStatus, type DeliveryStatus } from "../../core/operations/delivery-status";
import { splitClient, type OptionalClient } from "./optional-client";

export type RetryAnswer = { kind: "retried" } | { kind: "not-found" } | { kind: "destination-disabled" } | { kind: "not-failed"; status: DeliveryStatus };

type RetryDb = Pick<PrismaClient, "webhookDelivery">;

export async function retryFailedDelivery(...args: OptionalClient<RetryDb, [organizationId: string, deliveryId: string, now?: Date]>): Promise<RetryAnswer> {
  const [db, [organizationId, deliveryId, now = new Date()]] = splitClient(args, getDb);
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, organizationId, status: "failed", destination: { is: { disabledAt: null } } },
    data: { status: "pending", attempts: 0, firstFailedAt: null, nextAttemptAt: now, lockedUntil: null },
  });
  if (count === 1) return { kind: "retried" };
  // Why not: read after the write attempt, so the answer describes the row as it is now.
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, organizationId }, select: { status: true, destination: { select: { disabledAt: true } } } });
  if (!delivery) return { kind: "not-found" };
  if (delivery.status === "failed" && delivery.destination.disabledAt) return { kind: "destination-disabled" };
  return { kind: "not-failed", status: isDeliveryStatus(delivery.status) ? delivery.status : "pending" };
}
