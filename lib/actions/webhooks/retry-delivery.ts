"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { retryFailedDelivery, type RetryAnswer } from "../../server/webhooks/retry";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { readForm } from "../../validation/fields";
import { unreadableFormMessage } from "../messages";
import { failed, succeeded, type ActionState } from "../state";

/** "Retry now" on a failed delivery: sent again within a few seconds, with a fresh set of attempts. Owners and admins only. */
export async function retryWebhookDelivery(deliveryIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!readForm(formData)) return failed(unreadableFormMessage);
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const deliveryId = parseId(deliveryIdArg);
  if (!deliveryId) return failed("That delivery does not exist.");
  let answer: RetryAnswer;
  try {
    answer = await retryFailedDelivery(getDb(), allowed.access.organizationId, deliveryId);
  } catch (error) {
    console.error("retryWebhookDelivery failed", error);
    return failed(describeWriteFailure(error));
  }
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
}
