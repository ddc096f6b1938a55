"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject } from "../../validation/fields";
import { ZWebhookDestinationForm } from "../../validation/webhook";
import { generateWebhookSecret } from "../../webhooks/secret";
import { authorize } from "../authorize";
import { failed, invalid, type ActionState } from "../state";

export type WebhookDestinationCreated = ActionState & { secret?: string };

/** A new webhook destination; its signing secret is answered once, for the receiver's configuration. Owners and admins only. */
export async function createWebhookDestination(_previous: WebhookDestinationCreated, formData: FormData): Promise<WebhookDestinationCreated> {
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const parsed = ZWebhookDestinationForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "No destination was added: check the fields marked.");
  const secret = generateWebhookSecret();
  try {
    await getDb().webhookDestination.create({
      data: { organizationId: allowed.access.organizationId, url: parsed.data.url, description: parsed.data.description, secret, createdByName: allowed.access.userName },
    });
  } catch (error) {
    console.error("createWebhookDestination failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return { ok: true, message: "Destination added. Copy its signing secret now: it is not shown again.", fieldErrors: {}, secret };
}
