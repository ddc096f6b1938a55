/**
 * The signed-in user of the current request, read from the session cookie through better-auth (one database
 * lookup). The only place that touches request headers for authentication, so tests replace just this module.
 */
import { headers } from "next/headers";
import { getAuth } from "./auth";

export interface SignedInUser {
  userId: string;
  name: string;
  email: string;
  /** The organization the user last switched to in this session, if any. */
  activeOrganizationId: string | null;
}

export async function readSignedInUser(): Promise<SignedInUser | null> {
  const result = await getAuth().api.getSession({ headers: await headers() });
  if (!result) return null;
  const session = result.session as typeof result.session & { activeOrganizationId?: string | null };
  return { userId: result.user.id, name: result.user.name, email: result.user.email, activeOrganizationId: session.activeOrganizationId ?? null };
}
