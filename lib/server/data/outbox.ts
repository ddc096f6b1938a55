import { getDb } from "../db/client";

/** Whose mail an outbox read returns (lib/server/mail/outbox.ts decides who may read what). */
export interface OutboxReader {
  /** Mail addressed to this account (any case) that is not an invitation. */
  email: string;
  /** This organization's invitations, for a member who may invite; null for everyone else. */
  invitationsOf: string | null;
}

/** The mail a reader may see (lib/mail/outbox.ts decides who that is), newest first. */
export async function findOutboxMessages(reader: OutboxReader, limit = 50) {
  const ownMail = { organizationId: null, to: { equals: reader.email, mode: "insensitive" as const } };
  return getDb().outboxMessage.findMany({
    where: { OR: reader.invitationsOf ? [ownMail, { organizationId: reader.invitationsOf }] : [ownMail] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/** A mail kept in the outbox instead of sent (lib/server/mail/send.ts: no mail server is configured). */
export async function storeOutboxMessage(mail: { to: string; subject: string; text: string; organizationId?: string }): Promise<void> {
  await getDb().outboxMessage.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, organizationId: mail.organizationId ?? null } });
}
