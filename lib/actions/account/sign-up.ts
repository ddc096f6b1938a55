"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../auth/auth";
import { authErrorCode } from "../../auth/errors";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject } from "../../validation/fields";
import { ZSignUpForm } from "../../validation/account";
import { failed, invalid, type ActionState } from "../state";

/** Creates an account and signs it in; next comes creating an organization, or the invitation that brought them. */
export async function signUp(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZSignUpForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { name, email, password, next } = parsed.data;
  try {
    await getAuth().api.signUpEmail({ body: { name, email, password }, headers: await headers() });
  } catch (error) {
    const code = authErrorCode(error);
    if (code?.startsWith("USER_ALREADY_EXISTS")) return invalid({ email: "An account with this email already exists. Sign in instead, or reset its password." }, "Nothing was created.");
    if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") return invalid({ password: "Use 10 to 128 characters." });
    if (code) return failed("The account could not be created. Check the fields and try again.");
    console.error("signUp failed", error);
    return failed(describeWriteFailure(error));
  }
  // The header (in the root layout) shows who is signed in and for which organization: render it again.
  revalidatePath("/", "layout");
  redirect(next ?? "/onboarding");
}
