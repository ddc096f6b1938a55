/**
 * Queues one event for every active webhook destination of an organization. Call it with the transaction that
 * makes the change the event reports: the change and its deliveries are stored together or not at all, so a
 * restart between the two cannot lose an event (deliver.ts sends what is pending, whenever it next runs).
 */
import type { Prisma } from "../db/generated/client";
import { idempotencyKeyFor } from "../../core/operations/webhooks";

export const webhookEventTypes = [
  "enrollment.status_changed",
  "command.status_changed",
  "grid_event.dispatched",
  "grid_event.measured",
  "webhook.test",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface WebhookEvent {
  organizationId: string;
  type: WebhookEventType;
  /** The record the event is about (enrollment, command, grid event or destination id). */
  subjectId: string;
  /** Position of the step in the subject's history: the same step always gets the same idempotency key. */
  sequence: number;
  occurredAt: Date;
  data: Record<string, unknown>;
}

/** The JSON every destination receives; `id` is also sent as the Idempotency-Key header. */
export function webhookBody(event: WebhookEvent): { id: string; body: string } {
  const id = idempotencyKeyFor(event.type, event.subjectId, event.sequence);
  const body = JSON.stringify({ id, type: event.type, occurredAt: event.occurredAt.toISOString(), organizationId: event.organizationId, data: event.data });
  return { id, body };
}

type Writer = Pick<Prisma.TransactionClient, "webhookDestination" | "webhookDelivery">;

/**
 * Stores a pending delivery per active destination; returns how many. Queuing the same step twice queues it once.
 * `destinationId` limits it to that one destination (the "Send test event" button).
 */
export async function enqueueWebhookEvent(tx: Writer, event: WebhookEvent, { destinationId }: { destinationId?: string } = {}): Promise<number> {
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
