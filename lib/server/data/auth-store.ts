/**
 * Where better-auth keeps users, accounts, sessions, organizations and invitations: the app's database, through
 * better-auth's Prisma adapter. The one place outside this folder that reads and writes those tables is
 * better-auth itself, through this adapter.
 */
import { prismaAdapter } from "better-auth/adapters/prisma";
import { getDb } from "../db/client";
import type { PrismaClient } from "../db/generated/client";

export type AuthAdapter = ReturnType<typeof prismaAdapter>;

const adapters = new WeakMap<PrismaClient, AuthAdapter>();

/**
 * The adapter on the process's database. The same object for as long as that database is (a test may swap it),
 * so a caller that builds better-auth around it can tell when to build it again.
 */
export function authAdapter(): AuthAdapter {
  const db = getDb();
  let adapter = adapters.get(db);
  if (!adapter) {
    adapter = prismaAdapter(db, { provider: "postgresql" });
    adapters.set(db, adapter);
  }
  return adapter;
}
