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

/**
 * Gives back an attempt that turned out legitimate (a sign-in with the right password). Every attempt is counted
 * before the password is checked, so parallel guesses cannot slip past the limit; refunding the successes leaves
 * only the failures counting, so an office of forty behind one address can all sign in in the same ten minutes.
 */
export async function refundRateLimit(db: PrismaClient, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitCounter" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** One counter an attempt is counted against: what it counts (the key) and how many it allows. */
export interface RateLimitCheck {
  key: string;
  rule: RateLimitRule;
}

/**
 * Counts one attempt against each check in turn and returns the first refusal, or null when all allowed it. It
 * stops at that refusal, so an attempt a narrow limit refused (this address) does not also use up a wider one (the
 * account's ceiling, which the account's owner shares).
 */
export async function hitRateLimits(db: PrismaClient, checks: readonly RateLimitCheck[], now: Date = new Date()): Promise<RateLimitResult | null> {
  for (const check of checks) {
    const result = await hitRateLimit(db, check.key, check.rule, now);
    if (!result.allowed) return result;
  }
  return null;
}

/*
 * Sign-in and password-reset requests are counted three ways, narrowest first:
 *   - per client address, over every account: one machine cannot try many accounts (password spraying);
 *   - per account from one client address: a guesser gets a few tries at one account, and only they wait;
 *   - per account over every address: guessing spread over many machines stops at a ceiling. One address adds at
 *     most its own per-account allowance to it, so a stranger alone cannot reach it and lock the owner out.
 * The client address is the one lib/security/client-address.ts gives: the direct peer, or the forwarded address
 * behind a proxy trusted with TRUST_PROXY=1; a client's own X-Forwarded-For is never believed. Under a server that
 * does not tell the app its peer (a bare `next start`), every client counts as one address, "unknown".
 */

/** Sign-in, per client address: an office's morning sign-ins fit; trying password after password does not. */
export const SIGN_IN_PER_CLIENT: RateLimitRule = { windowSeconds: 600, max: 30 };
/** Sign-in, per account from one address: room for typos, and a guesser's 5 tries per 10 minutes. */
export const SIGN_IN_PER_ACCOUNT_AND_CLIENT: RateLimitRule = { windowSeconds: 600, max: 5 };
/** Sign-in, per account from anywhere: one address adds at most 30 an hour, so it takes several to reach this. */
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { windowSeconds: 3600, max: 100 };

/** Reset requests send mail: fewer per address, and at most 20 mails an hour to one inbox. */
export const PASSWORD_RESET_PER_CLIENT: RateLimitRule = { windowSeconds: 3600, max: 20 };
export const PASSWORD_RESET_PER_ACCOUNT_AND_CLIENT: RateLimitRule = { windowSeconds: 3600, max: 5 };
export const PASSWORD_RESET_PER_ACCOUNT: RateLimitRule = { windowSeconds: 3600, max: 20 };

/** New accounts per client address: a team signing up together fits; a script filling the user table does not. */
export const SIGN_UP_PER_CLIENT: RateLimitRule = { windowSeconds: 3600, max: 20 };

const UNKNOWN_CLIENT = "unknown";

export interface AccountLimits {
  client: RateLimitCheck;
  accountAtClient: RateLimitCheck;
  account: RateLimitCheck;
  /** In the order hitRateLimits should count them. */
  all: RateLimitCheck[];
}

function accountLimits(
  action: "sign-in" | "password-reset",
  email: string,
  clientAddress: string | null,
  rules: { client: RateLimitRule; accountAtClient: RateLimitRule; account: RateLimitRule },
): AccountLimits {
  // The email as typed in any case: an address with no account is counted like one with, so limits reveal nothing.
  const account = email.trim().toLowerCase();
  const client = clientAddress ?? UNKNOWN_CLIENT;
  const limits = {
    client: { key: `${action}:client:${client}`, rule: rules.client },
    accountAtClient: { key: `${action}:account:${account}:client:${client}`, rule: rules.accountAtClient },
    account: { key: `${action}:account:${account}`, rule: rules.account },
  };
  return { ...limits, all: [limits.client, limits.accountAtClient, limits.account] };
}

export function signInLimits(email: string, clientAddress: string | null): AccountLimits {
  return accountLimits("sign-in", email, clientAddress, { client: SIGN_IN_PER_CLIENT, accountAtClient: SIGN_IN_PER_ACCOUNT_AND_CLIENT, account: SIGN_IN_PER_ACCOUNT });
}

export function passwordResetLimits(email: string, clientAddress: string | null): AccountLimits {
  return accountLimits("password-reset", email, clientAddress, {
    client: PASSWORD_RESET_PER_CLIENT,
    accountAtClient: PASSWORD_RESET_PER_ACCOUNT_AND_CLIENT,
    account: PASSWORD_RESET_PER_ACCOUNT,
  });
}

export function signUpLimit(clientAddress: string | null): RateLimitCheck {
  return { key: `sign-up:client:${clientAddress ?? UNKNOWN_CLIENT}`, rule: SIGN_UP_PER_CLIENT };
}

/** "a minute", "7 minutes", "an hour": rounded up, since coming back too early only earns another refusal. */
export function describeRetryAfter(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 1) return "a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "an hour" : `${hours} hours`;
}
