/**
 * The organization's webhook destinations as its owners and admins manage them: adding one, disabling or enabling
 * it, and queuing a test event to it. What is sent, and when, is the webhook worker's (lib/server/webhooks).
 */
import type { WebhookEvent } from "../../core/operations/webhook-events";
import { getDb } from "../db/client";
import type { Actor } from "./actor";
import { enqueueWebhookEvent } from "./webhook-queue";

/** The signing secret is stored as it is: the worker signs every delivery with it. */
export async function addWebhookDestination(actor: Actor, destination: { url: string; description: string | null; secret: string }): Promise<void> {
  await getDb().webhookDestination.create({ data: { organizationId: actor.organizationId, ...destination, createdByName: actor.userName }, select: { id: true } });
}

export type DestinationSwitch = "switched" | "not-found" | "unchanged";

/** Disables a destination (nothing more is sent to it) or enables it again; "unchanged" when it already was. */
export async function switchWebhookDestination(organizationId: string, destinationId: string, enabled: boolean): Promise<DestinationSwitch> {
  const db = getDb();
  const { count } = await db.webhookDestination.updateMany({
    where: { id: destinationId, organizationId, disabledAt: enabled ? { not: null } : null },
    data: { disabledAt: enabled ? null : new Date() },
  });
  if (count > 0) return "switched";
  const exists = (await db.webhookDestination.count({ where: { id: destinationId, organizationId } })) > 0;
  return exists ? "unchanged" : "not-found";
}

export type TestEventQueued = "queued" | "not-found" | "disabled";

/** Queues `event` for this one destination; it is the only write, so it needs no transaction of its own. */
export async function queueTestEvent(destinationId: string, event: WebhookEvent): Promise<TestEventQueued> {
  const db = getDb();
  if ((await enqueueWebhookEvent(db, event, { destinationId })) > 0) return "queued";
  const destination = await db.webhookDestination.findFirst({ where: { id: destinationId, organizationId: event.organizationId }, select: { disabledAt: true } });
  if (!destination) return "not-found";
  if (destination.disabledAt) return "disabled";
  // Active, yet nothing new: a second click in the same millisecond, the same event, already queued.
  return "queued";
}
