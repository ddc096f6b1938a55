"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";
import { clientAddress } from "../../server/security/client-address";
import { authErrorCode } from "../../server/auth/errors";
import { describeRetryAfter, hitRateLimits, refundRateLimit, resetRateLimit, signInLimits } from "../../server/auth/rate-limit";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZSignInForm } from "../../validation/account";
import { wrongCredentialsMessage, unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

/**
 * Signs in with email and password. Every attempt is counted in the database (shared by all app servers) before the
 * password is checked: per client address, per account from that address, and per account from anywhere
 * (lib/auth/rate-limit.ts). Someone guessing from one address slows themselves down, not the account's owner
 * elsewhere; a success clears only its own account-and-address count.
 */
export async function signIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZSignInForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const db = getDb();
  const limits = signInLimits(email, clientAddress(requestHeaders));

  try {
    const refused = await hitRateLimits(db, limits.all);
    if (refused) {
      return failed(`Too many sign-in attempts. For your security, wait ${describeRetryAfter(refused.retryAfterSeconds)} and try again, or reset your password.`);
    }
    await getAuth().api.signInEmail({ body: { email, password, ...(next ? { callbackURL: next } : {}) }, headers: requestHeaders });
    await resetRateLimit(db, limits.accountAtClient.key);
    await refundRateLimit(db, limits.client.key);
    await refundRateLimit(db, limits.account.key);
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "UNAUTHORIZED") return failed(wrongCredentialsMessage);
    // Only with the right password, and only with a mail server: better-auth has just sent a new confirmation link.
    if (code === "EMAIL_NOT_VERIFIED") return failed(unconfirmedAddressMessage(email));
    if (code) return failed("Signing in failed. Try again in a moment.");
    console.error("signIn failed", error);
    return failed(describeWriteFailure(error));
  }
  // The header (in the root layout) shows who is signed in and for which organization: render it again.
  revalidatePath("/", "layout");
  redirect(next ?? "/projects");
}

function unconfirmedAddressMessage(email: string): string {
  return `Confirm your email address first: we just sent a new link to ${email}. Open it, then sign in again.`;
}
