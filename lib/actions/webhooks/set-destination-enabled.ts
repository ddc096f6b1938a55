"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { readForm } from "../../validation/fields";
import { unreadableFormMessage } from "../messages";
import { failed, succeeded, type ActionState } from "../state";

/**
 * Disables a destination (no new events are queued for it, and what is still pending is not sent) or enables it
 * again (events from then on). Owners and admins only.
 */
export async function setWebhookDestinationEnabled(destinationIdArg: string, enabled: boolean, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!readForm(formData)) return failed(unreadableFormMessage);
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const destinationId = parseId(destinationIdArg);
  if (!destinationId) return failed("That destination does not exist.");
  if (typeof enabled !== "boolean") return failed("That button sent an invalid value. Reload the page and try again.");
  const { organizationId } = allowed.access;
  const db = getDb();
  try {
    const { count } = await db.webhookDestination.updateMany({
      where: { id: destinationId, organizationId, disabledAt: enabled ? { not: null } : null },
      data: { disabledAt: enabled ? null : new Date() },
    });
    if (count === 0) {
      const exists = (await db.webhookDestination.count({ where: { id: destinationId, organizationId } })) > 0;
      if (!exists) return failed("That destination does not exist.");
      return failed(enabled ? "That destination is already enabled." : "That destination is already disabled.");
    }
  } catch (error) {
    console.error("setWebhookDestinationEnabled failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return succeeded(enabled ? "Destination enabled: new events are sent to it." : "Destination disabled: no more events are sent to it.");
}
