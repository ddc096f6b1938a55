"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";
import { authErrorCode } from "../../server/auth/errors";
import { describeRetryAfter, signInLimits } from "../../server/auth/rate-limit";
import { hitRateLimits, refundRateLimit, resetRateLimit } from "../../server/data/rate-limit-counters";
import { clientAddress } from "../../server/security/client-address";
import { ZSignInForm } from "../../validation/account";
import { wrongCredentialsMessage } from "../messages";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

/**
 * Signs in with email and password. Every attempt is counted in the database (shared by all app servers) before the
 * password is checked: per client address, per account from that address, and per account from anywhere
 * (lib/server/auth/rate-limit.ts). Someone guessing from one address slows themselves down, not the account's owner
 * elsewhere; a success clears only its own account-and-address count.
 */
export async function signIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("signIn", async () => {
    const { email, password, next } = parseForm(ZSignInForm, requireForm(formData));
    const requestHeaders = await headers();
    const limits = signInLimits(email, clientAddress(requestHeaders));
    const refused = await hitRateLimits(limits.all);
    if (refused) {
      return failed(`Too many sign-in attempts. For your security, wait ${describeRetryAfter(refused.retryAfterSeconds)} and try again, or reset your password.`);
    }
    try {
      await getAuth().api.signInEmail({ body: { email, password, ...(next ? { callbackURL: next } : {}) }, headers: requestHeaders });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "UNAUTHORIZED") return failed(wrongCredentialsMessage);
      // Only with the right password, and only with a mail server: better-auth has just sent a new confirmation link.
      if (code === "EMAIL_NOT_VERIFIED") return failed(unconfirmedAddressMessage(email));
      if (code) return failed("Signing in failed. Try again in a moment.");
      throw error;
    }
    await resetRateLimit(limits.accountAtClient.key);
    await refundRateLimit(limits.client.key);
    await refundRateLimit(limits.account.key);
    // The header (in the root layout) shows who is signed in and for which organization: render it again.
    revalidatePath("/", "layout");
    redirect(next ?? "/projects");
  });
}

function unconfirmedAddressMessage(email: string): string {
  return `Confirm your email address first: we just sent a new link to ${email}. Open it, then sign in again.`;
}
