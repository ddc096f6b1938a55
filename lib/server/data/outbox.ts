import { getDb } from "../db/client";
import type { OutboxReader } from "../mail/outbox";

/** The mail a reader may see (lib/mail/outbox.ts decides who that is), newest first. */
export async function findOutboxMessages(reader: OutboxReader, limit = 50) {
  const ownMail = { organizationId: null, to: { equals: reader.email, mode: "insensitive" as const } };
  return getDb().outboxMessage.findMany({
    where: { OR: reader.invitationsOf ? [ownMail, { organizationId: reader.invitationsOf }] : [ownMail] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
