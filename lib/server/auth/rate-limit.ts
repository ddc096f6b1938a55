/**
 * What is rate-limited and how much: the rules for signing in, resetting a password and signing up, and the keys
 * their counters go by. The counting itself (one statement per attempt, shared by every app server) is the data
 * layer's: data/rate-limit-counters.ts.
 */
import type { RateLimitCheck, RateLimitRule } from "../data/rate-limit-counters";

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
