/**
 * Fixed-window attempt counters in the database, so every app server counts the same attempts. One statement
 * both records the attempt and returns the count, so two servers racing cannot both slip under the limit. The
 * rules and what each counter is keyed on are lib/server/auth/rate-limit.ts's.
 */
import { getDb } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { splitClient, type OptionalClient } from "./optional-client";

type CounterDb = Pick<PrismaClient, "$queryRaw" | "$executeRaw" | "rateLimitCounter">;

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

/** One counter an attempt is counted against: what it counts (the key) and how many it allows. */
export interface RateLimitCheck {
  key: string;
  rule: RateLimitRule;
}

/** Records one attempt under `key` and says whether it is within the rule. */
export async function hitRateLimit(...args: OptionalClient<CounterDb, [key: string, rule: RateLimitRule, now?: Date]>): Promise<RateLimitResult> {
  const [db, [key, rule, now = new Date()]] = splitClient(args, getDb);
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

export async function resetRateLimit(...args: OptionalClient<CounterDb, [key: string]>): Promise<void> {
  const [db, [key]] = splitClient(args, getDb);
  await db.rateLimitCounter.deleteMany({ where: { key } });
}

/**
 * Gives back an attempt that turned out legitimate (a sign-in with the right password). Every attempt is counted
 * before the password is checked, so parallel guesses cannot slip past the limit; refunding the successes leaves
 * only the failures counting, so an office of forty behind one address can all sign in in the same ten minutes.
 */
export async function refundRateLimit(...args: OptionalClient<CounterDb, [key: string]>): Promise<void> {
  const [db, [key]] = splitClient(args, getDb);
  await db.$executeRaw`UPDATE "RateLimitCounter" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/**
 * Counts one attempt against each check in turn and returns the first refusal, or null when all allowed it. It
 * stops at that refusal, so an attempt a narrow limit refused (this address) does not also use up a wider one (the
 * account's ceiling, which the account's owner shares).
 */
export async function hitRateLimits(...args: OptionalClient<CounterDb, [checks: readonly RateLimitCheck[], now?: Date]>): Promise<RateLimitResult | null> {
  const [db, [checks, now = new Date()]] = splitClient(args, getDb);
  for (const check of checks) {
    const result = await hitRateLimit(db, check.key, check.rule, now);
    if (!result.allowed) return result;
  }
  return null;
}
