"use server";

import { revalidatePath } from "next/cache";
import { queueTestEvent } from "../../server/data/webhook-destinations";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

/** Queues a "webhook.test" event for one destination, to check the receiver end to end. Owners and admins only. */
export async function sendWebhookTestEvent(destinationIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("sendWebhookTestEvent", async () => {
    // The form first, then who asks: a call that is not a click on the button costs no query.
    requireForm(formData);
    const access = await authorize("organization", "update");
    const { destinationId } = requireIds({ destinationId: destinationIdArg }, "That destination does not exist.");
    const now = new Date();
    const queued = await queueTestEvent(destinationId, {
      organizationId: access.organizationId,
      type: "webhook.test",
      subjectId: destinationId,
      // Each click is a new event: the time in milliseconds makes its idempotency key its own.
      sequence: now.getTime(),
      occurredAt: now,
      data: { destinationId, message: "A test event from Gridfolio. If its signature verifies, your endpoint is ready." },
    });
    if (queued === "not-found") return failed("That destination does not exist.");
    if (queued === "disabled") return failed("That destination is disabled: enable it to send a test event.");
    revalidatePath("/organization");
    return succeeded("Test event queued: it is sent within a few seconds; its result appears in the delivery log.");
  });
}
