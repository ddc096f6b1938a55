"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";
import { signedOutMessage } from "../../server/auth/access";
import { authErrorCode } from "../../server/auth/errors";
import { invitationRecipientProblem, recipientProblemMessage } from "../../server/auth/invitations";
import { readSignedInUser } from "../../server/auth/session";
import { findAccountAddress } from "../../server/data/accounts";
import { describeWriteFailure } from "../../server/data/errors";
import { findOpenInvitation } from "../../server/data/organization";
import { parseId } from "../../validation/ids";
import { readForm } from "../../validation/fields";
import { unreadableFormMessage } from "../messages";
import { failed, type ActionState } from "../state";

const closedInvitationMessage = "This invitation has expired, was cancelled, or was already used. Ask for a new one.";

/**
 * Joins the organization that sent the invitation. Only the account the invitation was sent to may (and, with a
 * mail server, only once it has confirmed that address): knowing the link is not enough. Checked here before
 * better-auth checks it again, so the refusal says why.
 */
export async function acceptInvitation(invitationIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!readForm(formData)) return failed(unreadableFormMessage);
  const user = await readSignedInUser();
  if (!user) return failed(signedOutMessage);
  const invitationId = parseId(invitationIdArg);
  if (!invitationId) return failed("That invitation does not exist.");
  try {
    const [invitation, account] = await Promise.all([findOpenInvitation(invitationId), findAccountAddress(user.userId)]);
    if (!account) return failed(signedOutMessage);
    if (!invitation) return failed(closedInvitationMessage);
    const problem = invitationRecipientProblem(invitation.email, account);
    if (problem) return failed(recipientProblemMessage(problem, account.email));
    await getAuth().api.acceptInvitation({ body: { invitationId }, headers: await headers() });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION") return failed(recipientProblemMessage("other-address", user.email));
    if (code === "EMAIL_VERIFICATION_REQUIRED_BEFORE_ACCEPTING_OR_REJECTING_INVITATION") return failed(recipientProblemMessage("unconfirmed-address", user.email));
    if (code) return failed(closedInvitationMessage);
    console.error("acceptInvitation failed", error);
    return failed(describeWriteFailure(error));
  }
  // The header (in the root layout) shows who is signed in and for which organization: render it again.
  revalidatePath("/", "layout");
  redirect("/projects?joined=1");
}
