"use server";

import { revalidatePath } from "next/cache";
import { switchWebhookDestination } from "../../server/data/webhook-destinations";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

/**
 * Disables a destination (no new events are queued for it, and what is still pending is not sent) or enables it
 * again (events from then on). Owners and admins only.
 */
export async function setWebhookDestinationEnabled(destinationIdArg: string, enabled: boolean, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("setWebhookDestinationEnabled", async () => {
    // The form first, then who asks: a call that is not a click on the button costs no query.
    requireForm(formData);
    const access = await authorize("organization", "update");
    const { destinationId } = requireIds({ destinationId: destinationIdArg }, "That destination does not exist.");
    if (typeof enabled !== "boolean") return failed("That button sent an invalid value. Reload the page and try again.");
    const outcome = await switchWebhookDestination(access.organizationId, destinationId, enabled);
    if (outcome === "not-found") return failed("That destination does not exist.");
    if (outcome === "unchanged") return failed(enabled ? "That destination is already enabled." : "That destination is already disabled.");
    revalidatePath("/organization");
    return succeeded(enabled ? "Destination enabled: new events are sent to it." : "Destination disabled: no more events are sent to it.");
  });
}
