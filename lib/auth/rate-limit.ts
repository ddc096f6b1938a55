/**
 * Fixed-window attempt counters in the database, so every app server counts the same attempts. One statement
 * both records the attempt and returns the count, so two servers racing cannot both slip under the limit.
 */
import type { PrismaClient } from "../db/client";

export interface RateLimitRule {
  /** Window length in seconds. */
  windowSeconds: number;
  /** Attempts allowed in one window; the next one is refused. */
  max: number;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  /** Seconds until the window ends (0 when allowed). */
  retryAfterSeconds: number;
}

/** Records one attempt under `key` and says whether it is within the rule. */
export async function hitRateLimit(db: PrismaClient, key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitResult> {
  const windowStartsAfter = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."windowStart" <= ${windowStartsAfter} THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitCounter"."windowStart" <= ${windowStartsAfter} THEN ${now} ELSE "RateLimitCounter"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const count = Number(row.count);
  const allowed = count <= rule.max;
  const endsAt = new Date(row.windowStart).getTime() + rule.windowSeconds * 1000;
  return { allowed, count, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

export async function resetRateLimit(db: PrismaClient, key: string): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { key } });
}

/** Sign-in: 5 attempts per email address and 30 per client address in 10 minutes. */
export const SIGN_IN_PER_EMAIL: RateLimitRule = { windowSeconds: 600, max: 5 };
export const SIGN_IN_PER_CLIENT: RateLimitRule = { windowSeconds: 600, max: 30 };

export function signInKeys(email: string, clientAddress: string | null): { email: string; client: string | null } {
  return { email: `sign-in:email:${email.trim().toLowerCase()}`, client: clientAddress ? `sign-in:client:${clientAddress}` : null };
}

export function describeRetryAfter(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
