"use server";

import { getAccess } from "../server/auth/access";

/**
 * A server action that does nothing but the access check every action makes: the floor against which
 * `npm run bench:ui` measures a program switch's round trip (the same page, the same transport, no write and no
 * re-render). Signed-out callers get null.
 */
export async function ping(): Promise<number | null> {
  const result = await getAccess();
  return result.kind === "member" ? Date.now() : null;
}
