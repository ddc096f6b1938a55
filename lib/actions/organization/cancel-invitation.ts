"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getAuth } from "../../server/auth/auth";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { readForm } from "../../validation/fields";
import { unreadableFormMessage } from "../messages";
import { failed, succeeded, type ActionState } from "../state";

export async function cancelInvitation(invitationIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!readForm(formData)) return failed(unreadableFormMessage);
  const allowed = await authorize("invitation", "cancel");
  if (!allowed.ok) return allowed.state;
  const invitationId = parseId(invitationIdArg);
  if (!invitationId) return failed("That invitation does not exist.");
  try {
    // Only this organization's pending invitations can be cancelled from here.
    const invitation = await getDb().invitation.findFirst({ where: { id: invitationId, organizationId: allowed.access.organizationId, status: "pending" } });
    if (!invitation) return failed("That invitation was already accepted, cancelled or removed.");
    await getAuth().api.cancelInvitation({ body: { invitationId }, headers: await headers() });
  } catch (error) {
    console.error("cancelInvitation failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return succeeded("Invitation cancelled.");
}
