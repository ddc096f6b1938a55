/**
 * What one attempt changes on its delivery: delivered, or one more failure and the time of the next attempt on the
 * schedule of lib/operations/webhooks (counted from the first failure), or failed for good after the last attempt.
 * Every outcome releases the worker's claim (lockedUntil).
 */
import { nextRetryAt } from "../../core/operations/webhooks";
import type { DeliveryOutcome } from "../data/webhook-claims";
import type { AttemptResult } from "./send";

export interface DeliveryProgress {
  attempts: number;
  firstFailedAt: Date | null;
}

/** An attempt's outcome, as the data layer records it on the claimed delivery; an attempt always counts itself. */
export type DeliveryUpdate = DeliveryOutcome & { attempts: number };

export function afterAttempt(previous: DeliveryProgress, result: AttemptResult, now: Date): DeliveryUpdate {
  const attempts = previous.attempts + 1;
  if (result.ok) return { status: "delivered", attempts, deliveredAt: now, lastStatusCode: result.statusCode, lastError: null, lockedUntil: null };
  // The first failure fixes the schedule: a slow attempt later on does not push the remaining ones back.
  const firstFailedAt = previous.firstFailedAt ?? now;
  const next = nextRetryAt(attempts, firstFailedAt);
  const failure = { attempts, firstFailedAt, lastStatusCode: result.statusCode, lastError: result.error, lockedUntil: null };
  return next ? { status: "pending", ...failure, nextAttemptAt: next } : { status: "failed", ...failure };
}
