"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getAuth } from "../../server/auth/auth";
import { hasPendingInvitation } from "../../server/data/organization";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

export async function cancelInvitation(invitationIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("cancelInvitation", async () => {
    // The form first, then who asks: a call that is not a click on the button costs no query.
    requireForm(formData);
    const access = await authorize("invitation", "cancel");
    const { invitationId } = requireIds({ invitationId: invitationIdArg }, "That invitation does not exist.");
    // Only this organization's pending invitations can be cancelled from here.
    if (!(await hasPendingInvitation(access.organizationId, invitationId))) return failed("That invitation was already accepted, cancelled or removed.");
    await getAuth().api.cancelInvitation({ body: { invitationId }, headers: await headers() });
    revalidatePath("/organization");
    return succeeded("Invitation cancelled.");
  });
}
