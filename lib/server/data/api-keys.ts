/**
 * The organization's REST API keys as its owners and admins manage them. Only a key's prefix and the hash of its
 * secret are stored (lib/server/api/keys.ts makes them); checking a key on a request is data/api-key-lookup.ts.
 */
import { getDb } from "../db/client";
import type { Actor } from "./actor";

export async function addApiKey(actor: Actor, key: { name: string; prefix: string; secretHash: string }): Promise<void> {
  await getDb().apiKey.create({ data: { organizationId: actor.organizationId, ...key, createdByName: actor.userName }, select: { id: true } });
}

/** Revoked at once: requests with it get 401 from then on. False when it was already revoked or is not the organization's. */
export async function markApiKeyRevoked(organizationId: string, keyId: string): Promise<boolean> {
  const { count } = await getDb().apiKey.updateMany({ where: { id: keyId, organizationId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}
