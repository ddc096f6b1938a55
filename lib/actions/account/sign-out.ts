"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAuth } from "../../server/auth/auth";

/** Ends the session in the database (so no app server accepts its cookie any more) and clears the cookie. */
export async function signOut(): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: await headers() });
  } catch (error) {
    // Already signed out, or the session expired: either way the visitor ends up signed out.
    console.warn("signOut: no session to end", error);
  }
  // The header (in the root layout) shows who is signed in and for which organization: render it again.
  revalidatePath("/", "layout");
  redirect("/sign-in?signedOut=1");
}
