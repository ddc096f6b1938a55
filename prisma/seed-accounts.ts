/**
 * The demo organization and its people, so `npm start` opens a working app: sign in as demo@gridfolio.test with
 * the password below (the README says so). The viewer shows what read-only access looks like. Passwords are
 * hashed by better-auth's own function, exactly as a sign-up would store them.
 */
import { hashPassword } from "better-auth/crypto";
import { PNG } from "pngjs";
import type { PrismaClient } from "../lib/server/db/generated/client";
import type { Role } from "../lib/server/auth/roles";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export const DEMO_ORGANIZATION = { id: "demo-org", name: "Sunrise Solar (demo)", slug: "sunrise-solar-demo" } as const;
export const DEMO_PASSWORD = "gridfolio-demo";

/** What the demo company's customers see on their proposals, under its name (example.com addresses and 555-01xx numbers are fictional by design). */
export const DEMO_COMPANY_PROFILE = {
  address: "120 Harbor Street, Suite 4\nNew Haven, CT 06510",
  phone: "(203) 555-0142",
  email: "proposals@sunrise-solar.example.com",
  website: "https://sunrise-solar.example.com/",
  licenseNumbers: "CT ELC.0212345-E1 · HIC.0654321",
  about: "A family-owned installer in New Haven County since 2009: solar, batteries and the programs that pay for them.",
  terms:
    "Prices hold until the validity date above. A 10% deposit is due at signing, 60% at installation and 30% at permission to operate. Incentive amounts are estimates: programs set and pay them, and they can change.",
  warrantyText: "25-year panel and workmanship warranty; battery warranty as the manufacturer's (10 years or its throughput limit).",
  brandColor: "#0f6b66",
  validityDays: 30,
} as const;

/**
 * A small PNG logo drawn here (public/demo/logo.svg is SVG, which the logo route never serves): a yellow sun over
 * three teal bars, on a transparent background, 96 × 96 pixels.
 */
export function demoLogoPng(): Buffer {
  const size = 96;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const at = (y * size + x) * 4;
      const inSun = (x - 48) ** 2 + (y - 36) ** 2 <= 22 ** 2;
      const inBar = y >= 64 && y < 88 && (y - 64) % 9 < 6 && x >= 12 && x < 84;
      const [r, g, b, a] = inSun ? [250, 204, 21, 255] : inBar ? [15, 107, 102, 255] : [0, 0, 0, 0];
      png.data[at] = r;
      png.data[at + 1] = g;
      png.data[at + 2] = b;
      png.data[at + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

export const demoUsers: readonly { id: string; name: string; email: string; role: Role }[] = [
  { id: "demo-user-owner", name: "Dana Whitfield", email: "demo@gridfolio.test", role: "owner" },
  { id: "demo-user-viewer", name: "Victor Lee", email: "viewer@gridfolio.test", role: "viewer" },
];

/** Creates what is missing; an existing demo user keeps the password someone may have changed. */
export async function seedDemoAccounts(tx: Tx, passwordHash: string): Promise<number> {
  await tx.organization.upsert({ where: { id: DEMO_ORGANIZATION.id }, create: { ...DEMO_ORGANIZATION }, update: {} });
  // The demo company's profile; a profile someone edited in the demo keeps their changes.
  await tx.companyProfile.upsert({ where: { organizationId: DEMO_ORGANIZATION.id }, create: { organizationId: DEMO_ORGANIZATION.id, ...DEMO_COMPANY_PROFILE, logo: Uint8Array.from(demoLogoPng()), logoVersion: 1 }, update: {} });
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
