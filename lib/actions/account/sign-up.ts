"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";
import { authErrorCode } from "../../server/auth/errors";
import { describeRetryAfter, signUpLimit } from "../../server/auth/rate-limit";
import { hitRateLimits } from "../../server/data/rate-limit-counters";
import { mailTransport } from "../../server/mail/send";
import { clientAddress } from "../../server/security/client-address";
import { ZSignUpForm } from "../../validation/account";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, type ActionState } from "../state";

/**
 * Creates an account, then sends the person to sign in. An address that already has an account gets exactly the
 * same answer and nothing is changed (its owner is emailed instead), so the form cannot tell anyone who has an
 * account. That is also why sign-up does not sign in by itself: a new address would be signed in, a taken one not.
 * With a mail server, the new account must first confirm its address from the email it receives.
 */
export async function signUp(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("signUp", async () => {
    const { name, email, password, next } = parseForm(ZSignUpForm, requireForm(formData));
    const requestHeaders = await headers();
    const refused = await hitRateLimits([signUpLimit(clientAddress(requestHeaders))]);
    if (refused) return failed(`Too many accounts were created from your network. Wait ${describeRetryAfter(refused.retryAfterSeconds)} and try again.`);
    try {
      // callbackURL: where the address confirmation leads (lib/server/auth/auth.ts puts it in the link as `next`).
      await getAuth().api.signUpEmail({ body: { name, email, password, ...(next ? { callbackURL: next } : {}) }, headers: requestHeaders });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return invalid({ password: "Use 10 to 128 characters." });
      if (code) return failed("The account could not be created. Check the fields and try again.");
      throw error;
    }
    const query = new URLSearchParams({ [mailTransport() === "smtp" ? "confirm" : "signedUp"]: "1", email });
    if (next) query.set("next", next);
    redirect(`/sign-in?${query.toString()}`);
  });
}
