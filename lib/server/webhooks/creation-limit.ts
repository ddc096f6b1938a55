/**
 * How many webhook destinations an organization may add: 20 an hour, counted in the database
 * (data/rate-limit-counters), so every app server counts the same. Every attempt whose form is valid counts, refused
 * addresses too: each one makes the server resolve a name and judge an address, and that must not become a way to
 * scan a network.
 */
import { describeRetryAfter } from "../auth/rate-limit";
import type { RateLimitResult, RateLimitRule } from "../data/rate-limit-counters";

export const DESTINATIONS_PER_ORGANIZATION: RateLimitRule = { windowSeconds: 3600, max: 20 };

export function destinationCreationKey(organizationId: string): string {
  return `webhook-destination:create:${organizationId}`;
}

export function destinationLimitMessage(limit: RateLimitResult): string {
  return `No destination was added: an organization can add at most ${DESTINATIONS_PER_ORGANIZATION.max} destinations an hour. Wait ${describeRetryAfter(limit.retryAfterSeconds)} and try again.`;
}
