/**
 * Outgoing webhooks (issue #7): how a receiver knows a request came from Gridfolio, what happens
 * when it does not answer, and how it recognises a delivery it has already handled.
 *
 * Signature (the scheme Stripe uses, so receivers may already have code for it). The header
 *
 *   Gridfolio-Signature: t=1751389200,v1=4418dc0f1fc101df2b98ccd6fa10e8febe44cc8d6cdafa49cf8b91f089c874b2
 *
 * carries the Unix time of sending (seconds) and the hex HMAC-SHA256, keyed with the endpoint's
 * secret, of "<t>.<raw body>" (above: secret "whsec_test", body
 * {"type":"command.status_changed","commandId":"cmd_1"}; `openssl dgst -sha256 -hmac` agrees).
 * Signing the time with the body stops an attacker from replaying an old delivery with a fresh
 * time; the receiver refuses times more than 5 minutes from its clock. The receiver must check the raw body as received, before any JSON parsing: re-serialising can
 * reorder keys or change spacing, and the signature would no longer match. Unknown keys in the
 * header (a future "v2") are ignored, and several v1 values may be sent while a secret is rotated.
 *
 * Retries: after a failed attempt (no answer, or not 2xx), the next one is 1, 2, 4, 8, 16, 32 then
 * 60 minutes later, counted from the first failure, so a slow attempt does not push the rest
 * back; after 8 attempts in all (about 2 hours), the delivery is given up and shown as failed.
 *
 * Idempotency: each delivery carries an `Idempotency-Key` derived from the event it announces, the
 * same on every retry, so a receiver that got an attempt but answered too late ignores the repeat.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Gridfolio-Signature";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** Five minutes: generous for clock skew and queueing, short for a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function unixSeconds(at: Date): number {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError("unixSeconds: invalid date");
  return Math.floor(ms / 1000);
}

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

/** The `Gridfolio-Signature` header value for one delivery. `timestamp` is Unix seconds. */
export function signPayload({ secret, timestamp, body }: { secret: string; timestamp: number; body: string }): string {
  // An empty secret or a fractional time is a bug in the caller; signing it would produce a header no receiver accepts.
  if (secret === "") throw new RangeError("signPayload: the secret is empty");
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError(`signPayload: expected Unix seconds, got ${timestamp}`);
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

export type VerifyResult = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "timestamp_out_of_tolerance" | "signature_mismatch" };

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * Checks a received `Gridfolio-Signature` header against the raw body. Refuses a header it cannot
 * read, a time outside the tolerance (either way: a time from the future is as suspect as an old
 * one), and a signature that does not match, compared in constant time so its timing reveals
 * nothing about the expected value.
 */
export function verifySignature(
  header: string | null | undefined,
  secret: string,
  body: string,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now }: { toleranceSeconds?: number; now: Date },
): VerifyResult {
  if (typeof header !== "string" || secret === "") return { ok: false, reason: "malformed" };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const separator = part.indexOf("=");
    if (separator === -1) return { ok: false, reason: "malformed" };
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === "t") {
      if (timestamp !== null || !/^\d{1,15}$/.test(value)) return { ok: false, reason: "malformed" };
      timestamp = Number(value);
    } else if (key === "v1") {
      if (!HEX_SHA256.test(value)) return { ok: false, reason: "malformed" };
      signatures.push(value);
    }
  }
  if (timestamp === null || signatures.length === 0) return { ok: false, reason: "malformed" };
  if (Math.abs(unixSeconds(now) - timestamp) > toleranceSeconds) return { ok: false, reason: "timestamp_out_of_tolerance" };

  const expected = Buffer.from(hmacHex(secret, timestamp, body), "hex");
  let matches = false;
  for (const signature of signatures) {
    // Both are 32 bytes (checked above), as timingSafeEqual requires.
    if (timingSafeEqual(expected, Buffer.from(signature, "hex"))) matches = true;
  }
  return matches ? { ok: true, timestamp } : { ok: false, reason: "signature_mismatch" };
}

export const RETRY_POLICY = {
  firstDelayMs: 60_000,
  maxDelayMs: 3_600_000,
  /** Attempts in all, the first one included. */
  maxAttempts: 8,
} as const;

/** The wait after failed attempt number `attempt` (1-based): 1 min × 2^(attempt − 1), at most an hour. */
export function retryDelayMs(attempt: number): number {
  assertAttempt(attempt);
  return Math.min(RETRY_POLICY.firstDelayMs * 2 ** (attempt - 1), RETRY_POLICY.maxDelayMs);
}

/**
 * When to make the next attempt, after `attempt` attempts have failed (1 after the first), or null
 * when that was the last. Counted from the first failure: 1, 3, 7, 15, 31, 63 and 123 minutes
 * after it. A time already past (the sender was down) means "now".
 */
export function nextRetryAt(attempt: number, firstFailedAt: Date): Date | null {
  assertAttempt(attempt);
  if (attempt >= RETRY_POLICY.maxAttempts) return null;
  let offsetMs = 0;
  for (let failed = 1; failed <= attempt; failed++) offsetMs += retryDelayMs(failed);
  return new Date(firstFailedAt.getTime() + offsetMs);
}

function assertAttempt(attempt: number): void {
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new RangeError(`webhooks: expected an attempt number from 1, got ${attempt}`);
}

/**
 * The idempotency key of the delivery announcing one step of a record's history, e.g.
 * ("command.status_changed", commandId, 2) for its third step. The step's position makes the key
 * stable (rebuilding the event gives the same key) and unique (a later step, even one back to an
 * earlier status such as a re-requested enrollment, gets a new one). Hashed to a fixed length of
 * URL-safe characters whatever the ids look like; 128 bits, so two events never share a key.
 */
export function idempotencyKeyFor(eventType: string, subjectId: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0) throw new RangeError(`idempotencyKeyFor: expected a step index, got ${sequence}`);
  return `whk_${createHash("sha256").update(JSON.stringify([eventType, subjectId, sequence])).digest("hex").slice(0, 32)}`;
}

/** The headers of one signed delivery. */
export function webhookHeaders({ secret, body, now, idempotencyKey }: { secret: string; body: string; now: Date; idempotencyKey: string }): Record<string, string> {
  return {
    "Content-Type": "application/json",
    [SIGNATURE_HEADER]: signPayload({ secret, timestamp: unixSeconds(now), body }),
    [IDEMPOTENCY_HEADER]: idempotencyKey,
  };
}
