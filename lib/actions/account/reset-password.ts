"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";
import { authErrorCode } from "../../server/auth/errors";
import { ZResetPasswordForm } from "../../validation/account";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

/** Sets a new password from a reset link; every session of the account ends, so a stolen one stops working. */
export async function resetPassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("resetPassword", async () => {
    const { token, password } = parseForm(ZResetPasswordForm, requireForm(formData));
    try {
      await getAuth().api.resetPassword({ body: { token, newPassword: password } });
    } catch (error) {
      const code = authErrorCode(error);
      if (code === "INVALID_TOKEN" || code === "BAD_REQUEST") return failed("This reset link has expired or was already used. Ask for a new one.");
      if (code) return failed("The password could not be changed. Ask for a new reset link and try again.");
      throw error;
    }
    // The header (in the root layout) shows who is signed in and for which organization: render it again.
    revalidatePath("/", "layout");
    redirect("/sign-in?reset=1");
  });
}
