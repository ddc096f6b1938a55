/**
 * The organization's company profile (one row per organization, CompanyProfile): what its owners and admins edit
 * on the organization page, and the brand its customer pages and PDFs carry. The logo's bytes are read only by the
 * logo route; every other read leaves them in the database.
 */
import { companyBrandOf, type CompanyBrand, type StoredCompanyProfile } from "../../core/brand/brand";
import { DEFAULT_VALIDITY_DAYS } from "../../proposal/version-status";
import type { TCompanyProfileForm } from "../../validation/company-profile";
import { getDb } from "../db/client";
import type { Actor } from "./actor";

const PROFILE_FIELDS = {
  displayName: true,
  address: true,
  phone: true,
  email: true,
  website: true,
  licenseNumbers: true,
  about: true,
  terms: true,
  warrantyText: true,
  brandColor: true,
  validityDays: true,
  logoVersion: true,
} as const;

export type CompanyProfileFields = Omit<TCompanyProfileForm, "removeLogo">;

/** The profile as the settings form shows it; null when the organization never saved one. */
export async function findCompanyProfile(organizationId: string): Promise<(StoredCompanyProfile & { validityDays: number; updatedAt: Date }) | null> {
  const db = getDb();
  const [profile, withLogo] = await Promise.all([
    db.companyProfile.findUnique({ where: { organizationId }, select: { ...PROFILE_FIELDS, updatedAt: true } }),
    db.companyProfile.findFirst({ where: { organizationId, logo: { not: null } }, select: { id: true } }),
  ]);
  return profile ? { ...profile, hasLogo: withLogo !== null } : null;
}

/** The brand a customer page or PDF of the organization shows: its name, contact, readable colour and logo. */
export async function findCompanyBrand(organizationId: string): Promise<CompanyBrand> {
  const [organization, profile] = await Promise.all([
    getDb().organization.findUnique({ where: { id: organizationId }, select: { id: true, name: true } }),
    findCompanyProfile(organizationId),
  ]);
  return companyBrandOf(organization ?? { id: organizationId, name: "" }, profile);
}

/** The stored (re-encoded) PNG and its version, for the public logo route; null when there is none. */
export async function findCompanyLogo(organizationId: string): Promise<{ png: Uint8Array; version: number } | null> {
  const profile = await getDb().companyProfile.findUnique({ where: { organizationId }, select: { logo: true, logoVersion: true } });
  if (!profile?.logo) return null;
  return { png: profile.logo, version: profile.logoVersion };
}

/** What happens to the logo on a save: left as it is, replaced by a re-encoded PNG, or removed. */
export type LogoChange = { kind: "keep" } | { kind: "replace"; png: Uint8Array } | { kind: "remove" };

const LABELS: Record<keyof CompanyProfileFields, string> = {
  displayName: "company name",
  address: "address",
  phone: "phone",
  email: "email",
  website: "website",
  licenseNumbers: "licence numbers",
  about: "about us",
  terms: "terms",
  warrantyText: "warranty text",
  brandColor: "brand colour",
  validityDays: "proposal validity",
};

/**
 * Writes the profile (creating it on the first save) and its audit row in one transaction. A new or removed logo
 * bumps `logoVersion`, so its cached address changes with it. Returns what changed, in words, for the status line.
 */
export async function saveCompanyProfile(actor: Actor, fields: CompanyProfileFields, logo: LogoChange): Promise<string[]> {
  return getDb().$transaction(async (tx) => {
    // Locks the row (when there is one) so two saves cannot both read version N and both write N + 1.
    await tx.$queryRaw`SELECT id FROM "CompanyProfile" WHERE "organizationId" = ${actor.organizationId} FOR UPDATE`;
    const before = await tx.companyProfile.findUnique({ where: { organizationId: actor.organizationId }, select: { ...PROFILE_FIELDS, logo: true } });
    const changed = (Object.keys(LABELS) as (keyof CompanyProfileFields)[]).filter((key) => (before ? before[key] : null) !== fields[key]).map((key) => LABELS[key]);
    const hadLogo = Boolean(before?.logo);
    const logoChanges = logo.kind === "replace" || (logo.kind === "remove" && hadLogo);
    const logoData = logo.kind === "replace" ? { logo: Buffer.from(logo.png) } : logo.kind === "remove" ? { logo: null } : {};
    if (logoChanges) changed.push(logo.kind === "replace" ? (hadLogo ? "new logo" : "logo") : "logo removed");
    const nextVersion = (before?.logoVersion ?? 0) + (logoChanges ? 1 : 0);
    await tx.companyProfile.upsert({
      where: { organizationId: actor.organizationId },
      create: { organizationId: actor.organizationId, ...fields, ...logoData, logoVersion: nextVersion },
      update: { ...fields, ...logoData, logoVersion: nextVersion },
      select: { id: true },
    });
    if (changed.length > 0) {
      await tx.auditEvent.create({
        data: {
          organizationId: actor.organizationId,
          projectId: null,
          actorId: actor.userId,
          actorName: actor.userName,
          action: "organization.profile_updated",
          summary: `Updated the company profile: ${changed.join(", ")}.`,
        },
      });
    }
    return changed;
  });
}

/** How many days a proposal finalized now stays open for acceptance: the organization's choice, else 30. */
export async function validityDaysOf(tx: Pick<ReturnType<typeof getDb>, "companyProfile">, organizationId: string): Promise<number> {
  const profile = await tx.companyProfile.findUnique({ where: { organizationId }, select: { validityDays: true } });
  return profile?.validityDays ?? DEFAULT_VALIDITY_DAYS;
}
