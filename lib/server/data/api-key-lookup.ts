/**
 * The reads and writes of checking a REST API key (lib/server/api/keys.ts): the key its public prefix names, and
 * when it was last used. Only the secret's hash is stored; comparing it is the caller's.
 */
import { getDb } from "../db/client";

export interface StoredApiKey {
  id: string;
  organizationId: string;
  secretHash: string;
  revokedAt: Date | null;
}

export async function findApiKeyByPrefix(prefix: string): Promise<StoredApiKey | null> {
  return getDb().apiKey.findUnique({ where: { prefix }, select: { id: true, organizationId: true, secretHash: true, revokedAt: true } });
}

export async function recordApiKeyUse(keyId: string, at: Date): Promise<void> {
  await getDb().apiKey.update({ where: { id: keyId }, data: { lastUsedAt: at } });
}
