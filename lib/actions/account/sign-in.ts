"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../auth/auth";
import { clientAddress } from "../../security/client-address";
import { authErrorCode } from "../../auth/errors";
import { describeRetryAfter, hitRateLimit, resetRateLimit, SIGN_IN_PER_CLIENT, SIGN_IN_PER_EMAIL, signInKeys } from "../../auth/rate-limit";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject } from "../../validation/fields";
import { ZSignInForm } from "../../validation/account";
import { wrongCredentialsMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

/**
 * Signs in with email and password. Every attempt counts against the address's limit in the database (shared by
 * all app servers) before the password is checked; a success clears that address's count.
 */
export async function signIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZSignInForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const db = getDb();
  const keys = signInKeys(email, clientAddress(requestHeaders));

  try {
    const perEmail = await hitRateLimit(db, keys.email, SIGN_IN_PER_EMAIL);
    const perClient = keys.client ? await hitRateLimit(db, keys.client, SIGN_IN_PER_CLIENT) : null;
    const refused = [perEmail, perClient].find((result) => result && !result.allowed);
    if (refused) {
      return failed(`Too many sign-in attempts. For your security, wait ${describeRetryAfter(refused.retryAfterSeconds)} and try again, or reset your password.`);
    }
    await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
    await resetRateLimit(db, keys.email);
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "UNAUTHORIZED") return failed(wrongCredentialsMessage);
    if (code) return failed("Signing in failed. Try again in a moment.");
    console.error("signIn failed", error);
    return failed(describeWriteFailure(error));
  }
  // The header (in the root layout) shows who is signed in and for which organization: render it again.
  revalidatePath("/", "layout");
  redirect(next ?? "/projects");
}
