import { getDb } from "../db/client";

export async function findOutboxMessages(limit = 50) {
  return getDb().outboxMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
}
