"use server";

import { revalidatePath } from "next/cache";
import { hitRateLimit } from "../../server/auth/rate-limit";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { destinationAddressMessages, ZWebhookDestinationForm } from "../../validation/webhook";
import { destinationCreationKey, destinationLimitMessage, DESTINATIONS_PER_ORGANIZATION } from "../../server/webhooks/creation-limit";
import { checkNewDestination } from "../../server/webhooks/destination-address";
import { generateWebhookSecret } from "../../server/webhooks/secret";
import { authorize } from "../authorize";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

export type WebhookDestinationCreated = ActionState & { secret?: string };

const checkFields = "No destination was added: check the fields marked.";

/**
 * A new webhook destination; its signing secret is answered once, for the receiver's configuration. Owners and admins
 * only, at most 20 an hour per organization, and only to a public internet address (lib/webhooks/destination-address).
 */
export async function createWebhookDestination(_previous: WebhookDestinationCreated, formData: FormData): Promise<WebhookDestinationCreated> {
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZWebhookDestinationForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), checkFields);
  const { organizationId } = allowed.access;
  const db = getDb();
  const secret = generateWebhookSecret();
  try {
    // Counted before the address is resolved: the limit is what stops the check from being used to map a network.
    const limit = await hitRateLimit(db, destinationCreationKey(organizationId), DESTINATIONS_PER_ORGANIZATION);
    if (!limit.allowed) return failed(destinationLimitMessage(limit));
    const problem = await checkNewDestination(parsed.data.url);
    if (problem) return invalid({ url: destinationAddressMessages[problem] }, checkFields);
    await db.webhookDestination.create({
      data: { organizationId, url: parsed.data.url, description: parsed.data.description, secret, createdByName: allowed.access.userName },
    });
  } catch (error) {
    console.error("createWebhookDestination failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return { ok: true, message: "Destination added. Copy its signing secret now: it is not shown again.", fieldErrors: {}, secret };
}
