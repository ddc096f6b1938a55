"use server";

import { revalidatePath } from "next/cache";
import { retryFailedDelivery } from "../../server/data/webhook-retry";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

/** "Retry now" on a failed delivery: sent again within a few seconds, with a fresh set of attempts. Owners and admins only. */
export async function retryWebhookDelivery(deliveryIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("retryWebhookDelivery", async () => {
    // The form first, then who asks: a call that is not a click on the button costs no query.
    requireForm(formData);
    const access = await authorize("organization", "update");
    const { deliveryId } = requireIds({ deliveryId: deliveryIdArg }, "That delivery does not exist.");
    const answer = await retryFailedDelivery(access.organizationId, deliveryId);
    switch (answer.kind) {
      case "retried":
        revalidatePath("/organization");
        return succeeded("Delivery queued again: it is sent within a few seconds.");
      case "not-found":
        return failed("That delivery does not exist.");
      case "destination-disabled":
        return failed("Its destination is disabled: enable it before retrying.");
      case "not-failed":
        return failed(answer.status === "delivered" ? "That delivery already arrived." : "That delivery is still pending: it is retried automatically.");
      default: {
        const unhandled: never = answer;
        throw new Error(`retryWebhookDelivery: unhandled answer ${JSON.stringify(unhandled)}`);
      }
    }
  });
}
