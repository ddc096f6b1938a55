import { getDb } from "../db/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { OPTION_DETAIL_INCLUDE, optionDetailOf, type OptionDetail } from "./options";
import { readSnapshot } from "../../proposal/snapshot";
import { hashShareToken, isWellFormedShareToken } from "../../proposal/share-tokens";
import { validUntilOf } from "../../proposal/version-status";
import { validityDaysOf } from "./company-profile";

/** A project's finalized versions, newest first, for its page. */
export async function findProjectVersions(organizationId: string, projectId: string) {
  return getDb().proposalVersion.findMany({
    where: { organizationId, projectId },
    orderBy: [{ finalizedAt: "desc" }, { number: "desc" }],
    select: {
      id: true,
      number: true,
      optionName: true,
      finalizedAt: true,
      finalizedByName: true,
      acceptedAt: true,
      acceptedName: true,
      validUntil: true,
      firstViewedAt: true,
      _count: { select: { shareLinks: true } },
    },
  });
}

/** Records the first time a customer opened a version through a link ("viewed"); later visits change nothing. */
export async function markVersionViewed(versionId: string, now: Date = new Date()): Promise<void> {
  await getDb().proposalVersion.updateMany({ where: { id: versionId, firstViewedAt: null }, data: { firstViewedAt: now } });
}

/** Who finalized a version, to tell them it was accepted: their account's address, if the account still exists. */
export async function versionInstaller(version: { finalizedById: string | null; organizationId: string }): Promise<{ name: string; email: string } | null> {
  if (version.finalizedById === null) return null;
  const member = await getDb().member.findFirst({ where: { userId: version.finalizedById, organizationId: version.organizationId }, select: { user: { select: { name: true, email: true } } } });
  return member?.user ?? null;
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

/**
 * Freezes an option as its next version: `snapshotOf` computes what the customer will receive from the option as it
 * is under the lock. Returns the version's id, or null when the option is not the organization's (any more).
 */
export async function finalizeVersion(actor: Actor, ids: { projectId: string; optionId: string }, snapshotOf: (option: OptionDetail) => object): Promise<string | null> {
  const { projectId, optionId } = ids;
  return getDb().$transaction(async (tx) => {
    // The option row is locked first, then read: two finalizes get versions N and N+1, and a save racing with a
    // finalize lands wholly before or after the snapshot, never half in it.
    await tx.$queryRaw`SELECT id FROM "Option" WHERE id = ${optionId} FOR UPDATE`;
    // Read as every other read gives it (programs oldest first: rows without `enabledAt` count in that order),
    // offers included: the version freezes the ways to pay with the rest.
    const record = await tx.option.findFirst({ where: { id: optionId, projectId, project: { organizationId: actor.organizationId } }, include: OPTION_DETAIL_INCLUDE });
    if (!record) return null;
    const option = optionDetailOf(record);
    const snapshot = snapshotOf(option);
    const last = await tx.proposalVersion.aggregate({ where: { optionId }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    // Valid for the organization's chosen number of days (its company profile), else 30.
    const validityDays = await validityDaysOf(tx, actor.organizationId);
    const version = await tx.proposalVersion.create({
      data: {
        organizationId: actor.organizationId,
        projectId,
        optionId,
        optionName: option.name,
        number,
        snapshot,
        finalizedById: actor.userId,
        finalizedByName: actor.userName,
        validUntil: validUntilOf(new Date(), validityDays),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { projectId, optionId, action: "version.finalized", summary: `Finalized version ${number} of the proposal for “${option.name}”.` });
    return version.id;
  });
}
