import { createHash, randomBytes } from "node:crypto";

/** A share-link token: 256 random bits, URL-safe. Only its hash is stored, so a database leak reveals no link. */
export function createShareToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens look like createShareToken's output; anything else is refused before the database is asked. */
export function isWellFormedShareToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
