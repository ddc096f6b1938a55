/**
 * What a finalized proposal version's badge says, from what happened to it (not from what the installer meant to
 * do): finalized (frozen, not shared yet), shared (a customer link exists), viewed (a customer opened a link),
 * accepted, or expired (its validity ended before anyone accepted it). A live option, never finalized, is a draft.
 */
export type VersionStatusKey = "finalized" | "shared" | "viewed" | "accepted" | "expired";

export interface VersionStatus {
  key: VersionStatusKey;
  label: string;
  tone: "neutral" | "info" | "success" | "warning";
}

export interface VersionFacts {
  acceptedAt: Date | null;
  validUntil: Date | null;
  firstViewedAt: Date | null;
  /** Customer links ever created for the version (revoked or expired ones included: it was shared). */
  shareLinkCount: number;
}

/** How long a finalized proposal stays open for acceptance unless the organization says otherwise. */
export const DEFAULT_VALIDITY_DAYS = 30;

export function validUntilOf(finalizedAt: Date, validityDays: number = DEFAULT_VALIDITY_DAYS): Date {
  return new Date(finalizedAt.getTime() + validityDays * 86_400_000);
}

export function isExpired(version: Pick<VersionFacts, "acceptedAt" | "validUntil">, now: Date = new Date()): boolean {
  return version.acceptedAt === null && version.validUntil !== null && version.validUntil.getTime() <= now.getTime();
}

export function versionStatus(version: VersionFacts, now: Date = new Date()): VersionStatus {
  if (version.acceptedAt !== null) return { key: "accepted", label: "Accepted", tone: "success" };
  if (isExpired(version, now)) return { key: "expired", label: "Expired", tone: "warning" };
  if (version.firstViewedAt !== null) return { key: "viewed", label: "Viewed", tone: "info" };
  if (version.shareLinkCount > 0) return { key: "shared", label: "Shared", tone: "info" };
  return { key: "finalized", label: "Finalized", tone: "neutral" };
}
