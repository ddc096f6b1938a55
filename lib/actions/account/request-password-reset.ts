"use server";

import { getAuth } from "../../auth/auth";
import { describeRetryAfter, hitRateLimit, SIGN_IN_PER_EMAIL } from "../../auth/rate-limit";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject } from "../../validation/fields";
import { ZForgotPasswordForm } from "../../validation/account";
import { failed, invalid, succeeded, type ActionState } from "../state";

/**
 * Sends a reset link if the address has an account. The answer is the same either way, so the form cannot be
 * used to find out who has an account; requests count against a limit per address like sign-ins do.
 */
export async function requestPasswordReset(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZForgotPasswordForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { email } = parsed.data;
  try {
    const limit = await hitRateLimit(getDb(), `password-reset:email:${email}`, SIGN_IN_PER_EMAIL);
    if (!limit.allowed) return failed(`Too many reset requests for this address. Wait ${describeRetryAfter(limit.retryAfterSeconds)} and try again.`);
    await getAuth().api.requestPasswordReset({ body: { email } });
  } catch (error) {
    console.error("requestPasswordReset failed", error);
    return failed(describeWriteFailure(error));
  }
  return succeeded("If an account uses that address, a reset link is on its way. It works for one hour.");
}
