"use server";

import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";
import { readSignedInUser } from "../../server/auth/session";
import { authErrorCode } from "../../server/auth/errors";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZOrganizationForm } from "../../validation/account";
import { signedOutMessage } from "../../server/auth/access";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

function slugFor(name: string): string {
  const base = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "organization";
  // A short random tail: two companies may share a name, and the slug is never shown to customers.
  return `${base}-${randomBytes(3).toString("hex")}`;
}

/** Creates an installer organization with the signed-in user as its owner, and makes it the active one. */
export async function createOrganization(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await readSignedInUser();
  if (!user) return failed(signedOutMessage);
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZOrganizationForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  try {
    await getAuth().api.createOrganization({ body: { name: parsed.data.name, slug: slugFor(parsed.data.name) }, headers: await headers() });
  } catch (error) {
    if (authErrorCode(error)) return failed("The organization could not be created. Try again in a moment.");
    console.error("createOrganization failed", error);
    return failed(describeWriteFailure(error));
  }
  // The header (in the root layout) shows who is signed in and for which organization: render it again.
  revalidatePath("/", "layout");
  redirect("/projects?welcome=1");
}
