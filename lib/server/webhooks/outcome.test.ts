import { describe, expect, test } from "vitest";
import { RETRY_POLICY } from "../../core/operations/webhooks";
import { afterAttempt } from "./outcome";

const t0 = new Date("2026-11-24T09:00:00.000Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("afterAttempt", () => {
  test.each([
    { label: "a first attempt that succeeds is delivered", previous: { attempts: 0, firstFailedAt: null }, now: t0, result: { ok: true as const, statusCode: 204 }, expected: { status: "delivered", attempts: 1, deliveredAt: t0, lastStatusCode: 204, lastError: null } },
    { label: "a success after failures keeps the first failure's time", previous: { attempts: 2, firstFailedAt: t0 }, now: minutes(3), result: { ok: true as const, statusCode: 200 }, expected: { status: "delivered", attempts: 3, deliveredAt: minutes(3) } },
    { label: "a first failure starts the schedule: next attempt 1 minute later", previous: { attempts: 0, firstFailedAt: null }, now: t0, result: { ok: false as const, statusCode: 500, error: "HTTP 500" }, expected: { status: "pending", attempts: 1, firstFailedAt: t0, nextAttemptAt: minutes(1), lastStatusCode: 500, lastError: "HTTP 500" } },
    // A late run (the server was down) does not move the schedule: still counted from the first failure.
    { label: "a second failure, made late, is retried 3 minutes after the first failure", previous: { attempts: 1, firstFailedAt: t0 }, now: minutes(2), result: { ok: false as const, statusCode: null, error: "connection refused" }, expected: { status: "pending", attempts: 2, firstFailedAt: t0, nextAttemptAt: minutes(3), lastStatusCode: null } },
    { label: `the ${RETRY_POLICY.maxAttempts}th failure is final`, previous: { attempts: RETRY_POLICY.maxAttempts - 1, firstFailedAt: t0 }, now: minutes(123), result: { ok: false as const, statusCode: 503, error: "HTTP 503" }, expected: { status: "failed", attempts: RETRY_POLICY.maxAttempts, firstFailedAt: t0, lastError: "HTTP 503" } },
  ])("$label", ({ previous, now, result, expected }) => {
    const update = afterAttempt(previous, result, now);
    expect(update).toMatchObject({ ...expected, lockedUntil: null });
    // A failed-for-good delivery keeps its last due time; it is not due again.
    if (update.status === "failed") expect(update).not.toHaveProperty("nextAttemptAt");
  });
});
