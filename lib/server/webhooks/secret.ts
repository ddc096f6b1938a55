import { randomBytes } from "node:crypto";

/**
 * A destination's signing secret: `whsec_` and 32 random bytes in base64url (the prefix says what it is when it turns
 * up in a receiver's configuration). Stored as is, unlike API keys: signing needs the secret itself, not a hash.
 */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}
