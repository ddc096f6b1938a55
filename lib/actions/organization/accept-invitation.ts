"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../auth/auth";
import { signedOutMessage } from "../../auth/access";
import { authErrorCode } from "../../auth/errors";
import { readSignedInUser } from "../../auth/session";
import { describeWriteFailure } from "../../data/errors";
import { parseId } from "../ids";
import { failed, type ActionState } from "../state";

/** Joins the organization that sent the invitation; it must be addressed to the signed-in user's email. */
export async function acceptInvitation(invitationIdArg: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await readSignedInUser();
  if (!user) return failed(signedOutMessage);
  const invitationId = parseId(invitationIdArg);
  if (!invitationId) return failed("That invitation does not exist.");
  try {
    await getAuth().api.acceptInvitation({ body: { invitationId }, headers: await headers() });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION") return failed(`This invitation was sent to another email address; you are signed in as ${user.email}.`);
    if (code) return failed("This invitation has expired, was cancelled, or was already used. Ask for a new one.");
    console.error("acceptInvitation failed", error);
    return failed(describeWriteFailure(error));
  }
  // The header (in the root layout) shows who is signed in and for which organization: render it again.
  revalidatePath("/", "layout");
  redirect("/projects?joined=1");
}
