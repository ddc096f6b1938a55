"use server";

import { revalidatePath } from "next/cache";
import { hitRateLimit } from "../../server/data/rate-limit-counters";
import { addWebhookDestination } from "../../server/data/webhook-destinations";
import { destinationCreationKey, destinationLimitMessage, DESTINATIONS_PER_ORGANIZATION } from "../../server/webhooks/creation-limit";
import { checkNewDestination } from "../../server/webhooks/destination-address";
import { generateWebhookSecret } from "../../server/webhooks/secret";
import { destinationAddressMessages, ZWebhookDestinationForm } from "../../validation/webhook";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, type ActionState } from "../state";

export type WebhookDestinationCreated = ActionState & { secret?: string };

const checkFields = "No destination was added: check the fields marked.";

/**
 * A new webhook destination; its signing secret is answered once, for the receiver's configuration. Owners and admins
 * only, at most 20 an hour per organization, and only to a public internet address (lib/server/webhooks/destination-address).
 */
export async function createWebhookDestination(_previous: WebhookDestinationCreated, formData: FormData): Promise<WebhookDestinationCreated> {
  return runAction("createWebhookDestination", async () => {
    const access = await authorize("organization", "update");
    const { url, description } = parseForm(ZWebhookDestinationForm, requireForm(formData), checkFields);
    const secret = generateWebhookSecret();
    // Counted before the address is resolved: the limit is what stops the check from being used to map a network.
    const limit = await hitRateLimit(destinationCreationKey(access.organizationId), DESTINATIONS_PER_ORGANIZATION);
    if (!limit.allowed) return failed(destinationLimitMessage(limit));
    const problem = await checkNewDestination(url);
    if (problem) return invalid({ url: destinationAddressMessages[problem] }, checkFields);
    await addWebhookDestination(access, { url, description, secret });
    revalidatePath("/organization");
    return { ok: true, message: "Destination added. Copy its signing secret now: it is not shown again.", fieldErrors: {}, secret };
  });
}
