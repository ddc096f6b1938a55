import { getDb } from "../db/client";

/** A pending, unexpired invitation with what its page shows; null for any other id. */
export async function findOpenInvitation(id: string, now: Date = new Date()) {
  const invitation = await getDb().invitation.findFirst({
    where: { id, status: "pending", expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, organization: { select: { name: true } }, inviter: { select: { name: true } } },
  });
  if (!invitation) return null;
  return { id: invitation.id, email: invitation.email, role: invitation.role, organizationName: invitation.organization.name, inviterName: invitation.inviter.name };
}

/** Whether the organization has this invitation, still pending: only those can be cancelled from its page. */
export async function hasPendingInvitation(organizationId: string, invitationId: string): Promise<boolean> {
  const invitation = await getDb().invitation.findFirst({ where: { id: invitationId, organizationId, status: "pending" }, select: { id: true } });
  return invitation !== null;
}

/** The organization's members and its pending invitations, for the organization page. */
export async function findOrganizationPeople(organizationId: string, now: Date = new Date()) {
  const db = getDb();
  const [members, invitations] = await Promise.all([
    db.member.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { organizationId, status: "pending", expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
  ]);
  return { members, invitations };
}

/** The Grid Services setting and the API keys (never their secrets), for the organization page. */
export async function findOrganizationOperations(organizationId: string) {
  const [organization, apiKeys] = await Promise.all([
    getDb().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { gridServicesEnabled: true } }),
    getDb().apiKey.findMany({
      where: { organizationId },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, prefix: true, createdByName: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    }),
  ]);
  return { gridServicesEnabled: organization.gridServicesEnabled, apiKeys };
}
