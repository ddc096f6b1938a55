import { getDb } from "../db/client";
import { ID_SHAPE } from "../../validation/ids";

/** The address a user signs in with, and whether they have confirmed it is theirs; null for an unknown user. */
export async function findAccountAddress(userId: string): Promise<{ email: string; emailVerified: boolean } | null> {
  // A session's user id is better-auth's or the seed's; anything else names no row and is not sent.
  if (!ID_SHAPE.test(userId)) return null;
  return getDb().user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
}
