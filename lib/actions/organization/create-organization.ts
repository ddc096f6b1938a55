"use server";

import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";
import { authErrorCode } from "../../server/auth/errors";
import { ZOrganizationForm } from "../../validation/account";
import { requireSignedIn } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

function slugFor(name: string): string {
  const base = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "organization";
  // A short random tail: two companies may share a name, and the slug is never shown to customers.
  return `${base}-${randomBytes(3).toString("hex")}`;
}

/** Creates an installer organization with the signed-in user as its owner, and makes it the active one. */
export async function createOrganization(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createOrganization", async () => {
    await requireSignedIn();
    const { name } = parseForm(ZOrganizationForm, requireForm(formData));
    try {
      await getAuth().api.createOrganization({ body: { name, slug: slugFor(name) }, headers: await headers() });
    } catch (error) {
      if (authErrorCode(error)) return failed("The organization could not be created. Try again in a moment.");
      throw error;
    }
    // The header (in the root layout) shows who is signed in and for which organization: render it again.
    revalidatePath("/", "layout");
    redirect("/projects?welcome=1");
  });
}
