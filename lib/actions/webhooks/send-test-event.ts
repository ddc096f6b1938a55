"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { enqueueWebhookEvent } from "../../server/webhooks/enqueue";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { readForm } from "../../validation/fields";
import { unreadableFormMessage } from "../messages";
import { failed, succeeded, type ActionState } from "../state";

/** Queues a "webhook.test" event for one destination, to check the receiver end to end. Owners and admins only. */
export async function sendWebhookTestEvent(destinationIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!readForm(formData)) return failed(unreadableFormMessage);
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const destinationId = parseId(destinationIdArg);
  if (!destinationId) return failed("That destination does not exist.");
  const { organizationId } = allowed.access;
  const db = getDb();
  const now = new Date();
  try {
    const queued = await enqueueWebhookEvent(
      db,
      {
        organizationId,
        type: "webhook.test",
        subjectId: destinationId,
        // Each click is a new event: the time in milliseconds makes its idempotency key its own.
        sequence: now.getTime(),
        occurredAt: now,
        data: { destinationId, message: "A test event from Gridfolio. If its signature verifies, your endpoint is ready." },
      },
      { destinationId },
    );
    if (queued === 0) {
      const destination = await db.webhookDestination.findFirst({ where: { id: destinationId, organizationId }, select: { disabledAt: true } });
      if (!destination) return failed("That destination does not exist.");
      if (destination.disabledAt) return failed("That destination is disabled: enable it to send a test event.");
      // Active, yet nothing new: a second click in the same millisecond, the same event, already queued.
    }
  } catch (error) {
    console.error("sendWebhookTestEvent failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return succeeded("Test event queued: it is sent within a few seconds; its result appears in the delivery log.");
}
