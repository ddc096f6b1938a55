/**
 * Customer links to a finalized version: created and revoked by the installer, each with its audit row, and the
 * acceptance a customer records through one. Only a link's hash is stored (lib/proposal/share-tokens).
 */
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";

const DAY_MS = 86_400_000;

/** A new link to a version of the organization's; false when the version is not there. */
export async function shareVersion(actor: Actor, ids: { projectId: string; versionId: string }, link: { tokenHash: string; expiresInDays: number | null }): Promise<boolean> {
  const { projectId, versionId } = ids;
  const days = link.expiresInDays;
  return getDb().$transaction(async (tx) => {
    const version = await tx.proposalVersion.findFirst({ where: { id: versionId, projectId, organizationId: actor.organizationId }, select: { number: true, optionId: true, optionName: true } });
    if (!version) return false;
    await tx.shareLink.create({
      data: { versionId, tokenHash: link.tokenHash, createdByName: actor.userName, expiresAt: days === null ? null : new Date(Date.now() + days * DAY_MS) },
    });
    const summary = `Shared version ${version.number} of “${version.optionName}” with a customer link${days === null ? "" : ` valid for ${days} day${days === 1 ? "" : "s"}`}.`;
    await recordAudit(tx, actor, { projectId, optionId: version.optionId, action: "version.shared", summary });
    return true;
  });
}

/** Ends an active link at once; returns its version's id, or null when it was already revoked or is not there. */
export async function revokeCustomerLink(actor: Actor, projectId: string, linkId: string): Promise<string | null> {
  return getDb().$transaction(async (tx) => {
    const link = await tx.shareLink.findFirst({ where: { id: linkId, revokedAt: null, version: { projectId, organizationId: actor.organizationId } }, include: { version: true } });
    if (!link) return null;
    await tx.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() } });
    const summary = `Revoked a customer link to version ${link.version.number} of “${link.version.optionName}”.`;
    await recordAudit(tx, actor, { projectId, optionId: link.version.optionId, action: "version.link-revoked", summary });
    return link.versionId;
  });
}

/** The version behind a customer's link, as findSharedVersion (data/versions.ts) read it. */
export interface SharedVersionRef {
  linkId: string;
  version: { id: string; number: number; organizationId: string; projectId: string; optionId: string; optionName: string };
}

export type AcceptanceOutcome = "accepted" | "link-gone" | "already-accepted" | "expired";

/** What the customer put on record besides their name. */
export interface AcceptanceRecord {
  name: string;
  address: string;
  /** The drawn signature's strokes, or null when the typed name is the signature. */
  signature: unknown;
  timeZone: string | null;
  /** SHA-256 of the frozen proposal accepted. */
  fingerprint: string;
}

/**
 * Locks the version as accepted, with the customer's typed name and the address the request came from, and its
 * audit row (signed by the customer: no user acts). One transaction: the version is never locked without its
 * audit row, nor the customer told "nothing was saved" while it was.
 */
export async function acceptThroughLink(shared: SharedVersionRef, acceptance: AcceptanceRecord): Promise<AcceptanceOutcome> {
  const { linkId, version } = shared;
  return getDb().$transaction(async (tx) => {
    // Lock the link row and check it again: a revoke landing between the caller's check and this write waits for
    // this transaction, or wins and this acceptance is refused.
    const stillActive = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ShareLink" WHERE id = ${linkId} AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now()) FOR UPDATE`;
    if (stillActive.length === 0) return "link-gone";
    const now = new Date();
    const { count } = await tx.proposalVersion.updateMany({
      // Past its validity a proposal can no longer be accepted (versions from before validity existed have none).
      where: { id: version.id, acceptedAt: null, OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
      data: {
        acceptedAt: now,
        acceptedName: acceptance.name,
        acceptedAddress: acceptance.address,
        acceptedSignature: acceptance.signature === null ? Prisma.DbNull : (acceptance.signature as Prisma.InputJsonValue),
        acceptedTimeZone: acceptance.timeZone,
        acceptedFingerprint: acceptance.fingerprint,
      },
    });
    if (count === 0) {
      const current = await tx.proposalVersion.findUnique({ where: { id: version.id }, select: { acceptedAt: true } });
      return current?.acceptedAt ? "already-accepted" : "expired";
    }
    await tx.auditEvent.create({
      data: {
        organizationId: version.organizationId,
        projectId: version.projectId,
        optionId: version.optionId,
        actorId: null,
        actorName: acceptance.name,
        action: "version.accepted",
        summary: `Accepted version ${version.number} of the proposal for “${version.optionName}” through the customer link.`,
      },
    });
    return "accepted";
  });
}
