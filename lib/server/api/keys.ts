/**
 * Organization API keys: `gfk_<prefix>_<secret>`. The prefix (public, unique) finds the key; only the SHA-256 of
 * the secret is stored and compared in constant time. A revoked key, a wrong secret and an unknown prefix all get
 * the same answer.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { findApiKeyByPrefix, recordApiKeyUse } from "../data/api-key-lookup";

const KEY = /^gfk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  /** Shown once to the person who created it. */
  key: string;
  prefix: string;
  secretHash: string;
}

export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { key: `gfk_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export interface ApiCaller {
  organizationId: string;
  keyId: string;
}

/** The organization a request's `Authorization: Bearer <key>` belongs to, or null. */
export async function authenticateApiKey(authorization: string | null, now: Date = new Date()): Promise<ApiCaller | null> {
  const match = KEY.exec(authorization?.replace(/^Bearer\s+/i, "").trim() ?? "");
  if (!match) return null;
  const [, prefix, secret] = match as unknown as [string, string, string];
  const stored = await findApiKeyByPrefix(prefix);
  if (!stored || stored.revokedAt) return null;
  const expected = Buffer.from(stored.secretHash, "hex");
  const actual = Buffer.from(hashSecret(secret), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  // Best effort: a failed bookkeeping write must not refuse a good key.
  await recordApiKeyUse(stored.id, now).catch(() => undefined);
  return { organizationId: stored.organizationId, keyId: stored.id };
}
