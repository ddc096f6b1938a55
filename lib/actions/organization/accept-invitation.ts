"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signedOutMessage } from "../../server/auth/access";
import { getAuth } from "../../server/auth/auth";
import { authErrorCode } from "../../server/auth/errors";
import { invitationRecipientProblem, recipientProblemMessage } from "../../server/auth/invitations";
import { findAccountAddress } from "../../server/data/accounts";
import { findOpenInvitation } from "../../server/data/organization";
import { requireSignedIn } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

const closedInvitationMessage = "This invitation has expired, was cancelled, or was already used. Ask for a new one.";

/**
 * Joins the organization that sent the invitation. Only the account the invitation was sent to may (and, with a
 * mail server, only once it has confirmed that address): knowing the link is not enough. Checked here before
 * better-auth checks it again, so the refusal says why.
 */
export async function acceptInvitation(invitationIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("acceptInvitation", async () => {
    requireForm(formData);
    const user = await requireSignedIn();
    const { invitationId } = requireIds({ invitationId: invitationIdArg }, "That invitation does not exist.");
    const [invitation, account] = await Promise.all([findOpenInvitation(invitationId), findAccountAddress(user.userId)]);
    if (!account) return failed(signedOutMessage);
    if (!invitation) return failed(closedInvitationMessage);
    const problem = invitationRecipientProblem(invitation.email, account);
    if (problem) return failed(recipientProblemMessage(problem, account.email));
    try {
      await getAuth().api.acceptInvitation({ body: { invitationId }, headers: await headers() });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION") return failed(recipientProblemMessage("other-address", user.email));
      if (code === "EMAIL_VERIFICATION_REQUIRED_BEFORE_ACCEPTING_OR_REJECTING_INVITATION") return failed(recipientProblemMessage("unconfirmed-address", user.email));
      if (code) return failed(closedInvitationMessage);
      throw error;
    }
    // The header (in the root layout) shows who is signed in and for which organization: render it again.
    revalidatePath("/", "layout");
    redirect("/projects?joined=1");
  });
}
