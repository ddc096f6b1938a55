/**
 * The signed-in user of the current request, read from the session cookie through better-auth (one database
 * lookup). The only place that touches request headers for authentication, so tests replace just this module.
 */
import { headers } from "next/headers";
import { pingDatabase } from "../data/database-ping";
import { getAuth } from "./auth";

export interface SignedInUser {
  userId: string;
  name: string;
  email: string;
  /** The organization the user last switched to in this session, if any. */
  activeOrganizationId: string | null;
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?gridfolio\.session_token=/;

export async function readSignedInUser(): Promise<SignedInUser | null> {
  const requestHeaders = await headers();
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result) {
    // better-auth answers "no session" when its lookup fails. With a cookie present, make sure the database is
    // there: if not, the page says the database is unreachable instead of asking a signed-in person to sign in.
    if (SESSION_COOKIE.test(requestHeaders.get("cookie") ?? "")) await pingDatabase();
    return null;
  }
  const session = result.session as typeof result.session & { activeOrganizationId?: string | null };
  return { userId: result.user.id, name: result.user.name, email: result.user.email, activeOrganizationId: session.activeOrganizationId ?? null };
}
