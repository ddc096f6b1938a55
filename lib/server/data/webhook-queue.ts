/**
 * Queues one event for every active webhook destination of an organization. Call it with the transaction that
 * makes the change the event reports: the change and its deliveries are stored together or not at all, so a
 * restart between the two cannot lose an event (lib/server/webhooks/deliver.ts sends what is pending, whenever it
 * next runs).
 */
import type { Prisma } from "../db/generated/client";
import { webhookBody, type WebhookEvent } from "../../core/operations/webhook-events";

/** A transaction, or the client itself when the event is the only write (a test event). */
export type WebhookWriter = Pick<Prisma.TransactionClient, "webhookDestination" | "webhookDelivery">;

/**
 * Stores a pending delivery per active destination; returns how many. Queuing the same step twice queues it once.
 * `destinationId` limits it to that one destination (the "Send test event" button).
 */
export async function enqueueWebhookEvent(tx: WebhookWriter, event: WebhookEvent, { destinationId }: { destinationId?: string } = {}): Promise<number> {
  const destinations = await tx.webhookDestination.findMany({
    where: { organizationId: event.organizationId, disabledAt: null, ...(destinationId === undefined ? {} : { id: destinationId }) },
    select: { id: true },
  });
  if (destinations.length === 0) return 0;
  const { id, body } = webhookBody(event);
  const created = await tx.webhookDelivery.createMany({
    data: destinations.map((destination) => ({
      organizationId: event.organizationId,
      destinationId: destination.id,
      eventType: event.type,
      idempotencyKey: id,
      body,
      status: "pending",
      nextAttemptAt: event.occurredAt,
    })),
    skipDuplicates: true,
  });
  return created.count;
}
