import { getDb } from "../db/client";
import { readSnapshot } from "../../proposal/snapshot";
import { hashShareToken, isWellFormedShareToken } from "../../proposal/share-tokens";

/** A project's finalized versions, newest first, for its page. */
export async function findProjectVersions(organizationId: string, projectId: string) {
  return getDb().proposalVersion.findMany({
    where: { organizationId, projectId },
    orderBy: [{ finalizedAt: "desc" }, { number: "desc" }],
    select: { id: true, number: true, optionName: true, finalizedAt: true, finalizedByName: true, acceptedAt: true, acceptedName: true },
  });
}

/** One version of the organization, with its share links and the organization's name for the cover. */
export async function getVersion(organizationId: string, projectId: string, versionId: string) {
  const version = await getDb().proposalVersion.findFirst({
    where: { id: versionId, projectId, organizationId },
    include: { shareLinks: { orderBy: { createdAt: "desc" } } },
  });
  if (!version) return null;
  const organization = await getDb().organization.findUnique({ where: { id: organizationId }, select: { name: true } });
  return { ...version, organizationName: organization?.name ?? "", snapshot: readSnapshot(version.snapshot) };
}

export type ShareLinkState = "active" | "revoked" | "expired";

export function shareLinkState(link: { revokedAt: Date | null; expiresAt: Date | null }, now: Date = new Date()): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt <= now) return "expired";
  return "active";
}

/** The version a customer's link opens; null for an unknown, revoked or expired token. */
export async function findSharedVersion(token: unknown, now: Date = new Date()) {
  if (!isWellFormedShareToken(token)) return null;
  const link = await getDb().shareLink.findUnique({ where: { tokenHash: hashShareToken(token) }, include: { version: true } });
  if (!link || shareLinkState(link, now) !== "active") return null;
  const organization = await getDb().organization.findUnique({ where: { id: link.version.organizationId }, select: { name: true } });
  return { link, version: { ...link.version, organizationName: organization?.name ?? "", snapshot: readSnapshot(link.version.snapshot) } };
}
