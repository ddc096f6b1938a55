/**
 * The events Gridfolio announces to an organization's webhook destinations, and the JSON body each one carries.
 * Pure, so the data layer that queues them and the runtime that decides them share one definition.
 */
import { idempotencyKeyFor } from "./webhooks";

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
