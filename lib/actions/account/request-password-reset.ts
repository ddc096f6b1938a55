"use server";

import { headers } from "next/headers";
import { getAuth } from "../../server/auth/auth";
import { describeRetryAfter, hitRateLimits, passwordResetLimits } from "../../server/auth/rate-limit";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { clientAddress } from "../../server/security/client-address";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZForgotPasswordForm } from "../../validation/account";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, succeeded, type ActionState } from "../state";

/**
 * Sends a reset link if the address has an account. The answer is the same either way, so the form cannot be
 * used to find out who has an account. Requests are counted like sign-ins (lib/auth/rate-limit.ts): per client
 * address, per account from that address, and per account from anywhere, so nobody can flood an inbox, and a
 * stranger's requests cannot stop the owner from asking.
 */
export async function requestPasswordReset(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZForgotPasswordForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { email } = parsed.data;
  const requestHeaders = await headers();
  try {
    const refused = await hitRateLimits(getDb(), passwordResetLimits(email, clientAddress(requestHeaders)).all);
    if (refused) return failed(`Too many reset requests. Wait ${describeRetryAfter(refused.retryAfterSeconds)} and try again.`);
    await getAuth().api.requestPasswordReset({ body: { email } });
  } catch (error) {
    console.error("requestPasswordReset failed", error);
    return failed(describeWriteFailure(error));
  }
  return succeeded("If an account uses that address, a reset link is on its way. It works for one hour.");
}
