"use server";

import { headers } from "next/headers";
import { getAuth } from "../../server/auth/auth";
import { describeRetryAfter, passwordResetLimits } from "../../server/auth/rate-limit";
import { hitRateLimits } from "../../server/data/rate-limit-counters";
import { clientAddress } from "../../server/security/client-address";
import { ZForgotPasswordForm } from "../../validation/account";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

/**
 * Sends a reset link if the address has an account. The answer is the same either way, so the form cannot be
 * used to find out who has an account. Requests are counted like sign-ins (lib/server/auth/rate-limit.ts): per client
 * address, per account from that address, and per account from anywhere, so nobody can flood an inbox, and a
 * stranger's requests cannot stop the owner from asking.
 */
export async function requestPasswordReset(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("requestPasswordReset", async () => {
    const { email } = parseForm(ZForgotPasswordForm, requireForm(formData));
    const refused = await hitRateLimits(passwordResetLimits(email, clientAddress(await headers())).all);
    if (refused) return failed(`Too many reset requests. Wait ${describeRetryAfter(refused.retryAfterSeconds)} and try again.`);
    await getAuth().api.requestPasswordReset({ body: { email } });
    return succeeded("If an account uses that address, a reset link is on its way. It works for one hour.");
  });
}
