"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getAuth } from "../../server/auth/auth";
import { authErrorCode } from "../../server/auth/errors";
import { outboxIsOpen } from "../../server/auth/outbox-readers";
import { ROLE_LABELS } from "../../server/auth/roles";
import { mailTransport } from "../../server/mail/send";
import { ZInviteForm } from "../../validation/account";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, succeeded, type ActionState } from "../state";

/** Invites a colleague by email with a role; owners and admins only (better-auth checks the same rule). */
export async function inviteMember(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("inviteMember", async () => {
    const access = await authorize("invitation", "create");
    const { email, role } = parseForm(ZInviteForm, requireForm(formData));
    const requestHeaders = await headers();
    try {
      await getAuth().api.createInvitation({ body: { email, role, organizationId: access.organizationId, resend: true }, headers: requestHeaders });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === "USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION") return invalid({ email: `${email} is already a member of ${access.organizationName}.` }, "Nobody was invited.");
      if (code) return failed(`The invitation could not be sent (${code.toLowerCase().replaceAll("_", " ")}).`);
      throw error;
    }
    revalidatePath("/organization");
    return succeeded(`Invited ${email} as ${ROLE_LABELS[role].toLowerCase()}.${whereTheMailIs(requestHeaders)}`);
  });
}

/** Without a mail server the invitation was not emailed: the inviter must pass the link on, from the outbox if they can open it here. */
function whereTheMailIs(requestHeaders: Headers): string {
  if (mailTransport() !== "outbox") return "";
  if (outboxIsOpen(requestHeaders)) return " The email is in the outbox: pass its link on to them.";
  // An installer is told what to do, not how the machine is set up (the operator's side is in the README).
  return " It could not be emailed: ask whoever runs Gridfolio for your company to pass its link on from the outbox.";
}
