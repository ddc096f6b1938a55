/**
 * The demo organization and its people, so `npm start` opens a working app: sign in as demo@gridfolio.test with
 * the password below (the README says so). The viewer shows what read-only access looks like. Passwords are
 * hashed by better-auth's own function, exactly as a sign-up would store them.
 */
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../lib/server/db/generated/client";
import type { Role } from "../lib/server/auth/roles";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export const DEMO_ORGANIZATION = { id: "demo-org", name: "Sunrise Solar (demo)", slug: "sunrise-solar-demo" } as const;
export const DEMO_PASSWORD = "gridfolio-demo";

export const demoUsers: readonly { id: string; name: string; email: string; role: Role }[] = [
  { id: "demo-user-owner", name: "Dana Whitfield", email: "demo@gridfolio.test", role: "owner" },
  { id: "demo-user-viewer", name: "Victor Lee", email: "viewer@gridfolio.test", role: "viewer" },
];

/** Creates what is missing; an existing demo user keeps the password someone may have changed. */
export async function seedDemoAccounts(tx: Tx, passwordHash: string): Promise<number> {
  await tx.organization.upsert({ where: { id: DEMO_ORGANIZATION.id }, create: { ...DEMO_ORGANIZATION }, update: {} });
  let created = 0;
  for (const user of demoUsers) {
    const existing = await tx.user.findUnique({ where: { email: user.email }, select: { id: true } });
    const userId = existing?.id ?? user.id;
    if (!existing) {
      await tx.user.create({ data: { id: user.id, name: user.name, email: user.email, emailVerified: true } });
      await tx.account.create({ data: { id: `${user.id}-credential`, accountId: user.id, providerId: "credential", userId: user.id, password: passwordHash } });
      created++;
    }
    await tx.member.upsert({
      where: { organizationId_userId: { organizationId: DEMO_ORGANIZATION.id, userId } },
      create: { id: `${user.id}-member`, organizationId: DEMO_ORGANIZATION.id, userId, role: user.role },
      update: {},
    });
  }
  return created;
}

export function hashDemoPassword(): Promise<string> {
  return hashPassword(DEMO_PASSWORD);
}
