/**
 * Webhook deliveries against a local receiver (tests/webhooks/receiver.ts), on the embedded PGlite and on PostgreSQL:
 *   - a delivery arrives signed; the receiver's check (verifySignature) passes, and fails for a tampered body, another
 *     secret or an old time;
 *   - a receiver that fails is retried on the schedule (1, 3, 7… minutes after the first failure) until it answers
 *     2xx, or until the 8th attempt, after which the delivery is failed for good;
 *   - a timeout and a refused connection are failures logged with the same words (the log must not tell which ports of
 *     a host answer); a redirect is a failure too, and is not followed;
 *   - a destination disabled after the event was queued gets nothing; "Retry now" gives a failed delivery a fresh start.
 * The receivers listen on 127.0.0.1, so these tests allow private destinations (WEBHOOK_ALLOW_PRIVATE_DESTINATIONS=1);
 * tests/security/webhook-ssrf.test.ts checks what happens without that setting.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import { IDEMPOTENCY_HEADER, RETRY_POLICY, SIGNATURE_HEADER, verifySignature } from "@/lib/core/operations/webhooks";
import { deliverDueWebhooks, DELIVERY_DEFAULTS } from "@/lib/server/webhooks/deliver";
import { webhookBody } from "@/lib/core/operations/webhook-events";
import { enqueueWebhookEvent } from "@/lib/server/data/webhook-queue";
import { retryFailedDelivery } from "@/lib/server/data/webhook-retry";
import { ALLOW_PRIVATE_DESTINATIONS } from "@/lib/server/webhooks/destination-address";
import { unreachableDestination } from "@/lib/server/webhooks/send";
import { useTestDatabase } from "../support/test-database";
import { ORG_A, ORG_B, testBackends, type SessionSlot, type TestDatabaseSlot } from "../support/actions";
import { addDestination, at, commandEvent, MINUTE, SECRET, T0 } from "./fixtures";
import { closedPortUrl, startReceiver, type Receiver } from "./receiver";

describe.each(testBackends)("webhook deliveries on the %s database", (kind) => {
  let db: PrismaClient;
  // useTestDatabase inserts organizations A and B when given a session slot; no action runs here.
  useTestDatabase(kind, { current: null } satisfies TestDatabaseSlot, (opened) => (db = opened.db), { current: null } satisfies SessionSlot);

  let clock = T0;
  const receivers: Receiver[] = [];
  async function receiver(answer?: (requestNumber: number) => number | "hang") {
    const started = await startReceiver({ secret: SECRET, clock: () => clock, answer });
    receivers.push(started);
    return started;
  }
  beforeEach(() => {
    vi.stubEnv(ALLOW_PRIVATE_DESTINATIONS, "1");
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((started) => started.close()));
    clock = T0;
    vi.unstubAllEnvs();
  });

  /** One delivery run at `now`, as the worker makes it (the receiver's clock agrees). */
  function deliverAt(now: Date, options: { timeoutMs?: number; leaseMs?: number } = {}) {
    clock = now;
    return deliverDueWebhooks({ db, now, ...options });
  }

  async function onlyDelivery() {
    const rows = await db.webhookDelivery.findMany();
    expect(rows).toHaveLength(1);
    return rows[0]!;
  }

  test("a delivery arrives signed with the destination's secret, with its idempotency key, and is logged as delivered", async () => {
    const inbox = await receiver();
    await addDestination(db, { url: inbox.url });
    const event = commandEvent();
    expect(await enqueueWebhookEvent(db, event)).toBe(1);

    expect(await deliverAt(T0)).toEqual({ claimed: 1, delivered: 1, retried: 0, failed: 0, leaseExpired: 0 });

    expect(inbox.requests).toHaveLength(1);
    const [request] = inbox.requests;
    const { id, body } = webhookBody(event);
    expect(request).toMatchObject({ method: "POST", body, idempotencyKey: id, verified: { ok: true, timestamp: Math.floor(T0.getTime() / 1000) } });
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(JSON.parse(request!.body)).toEqual({ id, type: "command.status_changed", occurredAt: T0.toISOString(), organizationId: ORG_A, data: event.data });
    expect(inbox.handledKeys).toEqual([id]);

    expect(await onlyDelivery()).toMatchObject({ status: "delivered", attempts: 1, deliveredAt: T0, lastStatusCode: 200, lastError: null, lockedUntil: null, firstFailedAt: null });
    // Delivered is final: a later run sends nothing.
    expect((await deliverAt(at(10 * MINUTE))).claimed).toBe(0);
    expect(inbox.requests).toHaveLength(1);
  });

  test.each([
    { label: "a tampered body", change: (r: { body: string; secret: string; now: Date }) => ({ ...r, body: r.body.replace('"sent"', '"failed"') }), reason: "signature_mismatch" },
    { label: "a body re-serialised with other spacing", change: (r: { body: string; secret: string; now: Date }) => ({ ...r, body: JSON.stringify(JSON.parse(r.body), null, 2) }), reason: "signature_mismatch" },
    { label: "another destination's secret", change: (r: { body: string; secret: string; now: Date }) => ({ ...r, secret: "whsec_someone-else" }), reason: "signature_mismatch" },
    { label: "a replay 6 minutes later", change: (r: { body: string; secret: string; now: Date }) => ({ ...r, now: at(6 * MINUTE) }), reason: "timestamp_out_of_tolerance" },
  ])("the received signature does not verify with $label", async ({ change, reason }) => {
    const inbox = await receiver();
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());
    await deliverAt(T0);
    const request = inbox.requests[0]!;
    expect(request.verified.ok).toBe(true);
    const changed = change({ body: request.body, secret: SECRET, now: T0 });
    expect(verifySignature(request.signature, changed.secret, changed.body, { now: changed.now })).toEqual({ ok: false, reason });
  });

  test("a receiver that answers 500 twice, then 200: retried 1 and 3 minutes after the first failure, delivered at the 3rd attempt with the same key", async () => {
    const inbox = await receiver((n) => (n <= 2 ? 500 : 200));
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());

    expect(await deliverAt(T0)).toMatchObject({ claimed: 1, retried: 1 });
    expect(await onlyDelivery()).toMatchObject({ status: "pending", attempts: 1, firstFailedAt: T0, nextAttemptAt: at(MINUTE), lastStatusCode: 500, lastError: "HTTP 500", lockedUntil: null });

    // Not due yet: nothing is sent.
    expect((await deliverAt(at(59_999))).claimed).toBe(0);
    expect(await deliverAt(at(MINUTE))).toMatchObject({ claimed: 1, retried: 1 });
    expect(await onlyDelivery()).toMatchObject({ status: "pending", attempts: 2, firstFailedAt: T0, nextAttemptAt: at(3 * MINUTE) });

    // A run that comes late (the server was down) still sends it, and the schedule stays anchored on the first failure.
    expect(await deliverAt(at(5 * MINUTE))).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await onlyDelivery()).toMatchObject({ status: "delivered", attempts: 3, deliveredAt: at(5 * MINUTE), lastStatusCode: 200, lastError: null, firstFailedAt: T0 });

    expect(inbox.requests).toHaveLength(3);
    expect(new Set(inbox.requests.map((request) => request.idempotencyKey)).size).toBe(1);
    // Each attempt is signed when it is sent.
    expect(inbox.requests.map((request) => request.verified)).toEqual([
      { ok: true, timestamp: T0.getTime() / 1000 },
      { ok: true, timestamp: at(MINUTE).getTime() / 1000 },
      { ok: true, timestamp: at(5 * MINUTE).getTime() / 1000 },
    ]);
    expect(inbox.handledKeys).toHaveLength(1);
  });

  test(`a receiver that never answers 2xx: ${RETRY_POLICY.maxAttempts} attempts on the schedule (0, 1, 3, 7, 15, 31, 63, 123 minutes), then failed for good`, async () => {
    const inbox = await receiver(() => 503);
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());
    const schedule = [0, 1, 3, 7, 15, 31, 63, 123];
    expect(schedule).toHaveLength(RETRY_POLICY.maxAttempts);
    for (const [index, minutes] of schedule.entries()) {
      // A minute early, nothing happens.
      if (minutes > 0) expect((await deliverAt(at((minutes - 1) * MINUTE))).claimed, `before attempt ${index + 1}`).toBe(0);
      const isLast = index === schedule.length - 1;
      expect(await deliverAt(at(minutes * MINUTE)), `attempt ${index + 1}`).toMatchObject({ claimed: 1, retried: isLast ? 0 : 1, failed: isLast ? 1 : 0 });
      expect((await onlyDelivery()).attempts).toBe(index + 1);
    }
    expect(await onlyDelivery()).toMatchObject({ status: "failed", attempts: 8, firstFailedAt: T0, lastStatusCode: 503, lastError: "HTTP 503", lockedUntil: null, deliveredAt: null });
    expect((await deliverAt(at(24 * 60 * MINUTE))).claimed).toBe(0);
    expect(inbox.requests).toHaveLength(8);
    expect(inbox.handledKeys).toEqual([]);
  });

  test("a receiver that does not answer in time: the attempt ends after the timeout and is retried", async () => {
    const inbox = await receiver((n) => (n === 1 ? "hang" : 200));
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());
    const started = Date.now();
    expect(await deliverAt(T0, { timeoutMs: 300, leaseMs: 5_000 })).toMatchObject({ claimed: 1, retried: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await onlyDelivery()).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null, lastError: unreachableDestination(300), nextAttemptAt: at(MINUTE), lockedUntil: null });
    expect(await deliverAt(at(MINUTE))).toMatchObject({ delivered: 1 });
  });

  test.each([
    // The same words as a timeout: whether a port refuses or ignores a connection is what a port scan wants to know.
    { label: "nothing listens on the port", answer: null, error: unreachableDestination(DELIVERY_DEFAULTS.timeoutMs), statusCode: null },
    { label: "the receiver redirects", answer: 302, error: "HTTP 302 (redirects are not followed)", statusCode: 302 },
    { label: "the receiver refuses the request", answer: 400, error: "HTTP 400", statusCode: 400 },
  ])("$label: a failed attempt, logged as “$error”", async ({ answer, error, statusCode }) => {
    const url = answer === null ? await closedPortUrl() : (await receiver(() => answer)).url;
    await addDestination(db, { url });
    await enqueueWebhookEvent(db, commandEvent());
    expect(await deliverAt(T0)).toMatchObject({ claimed: 1, retried: 1 });
    expect(await onlyDelivery()).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: statusCode, lastError: error });
    // A redirect is not followed: only the one request.
    if (answer !== null) expect(receivers[0]!.requests).toHaveLength(1);
  });

  test("a destination disabled after the event was queued gets nothing: the delivery is failed with the reason; others still get theirs", async () => {
    const inbox = await receiver();
    const other = await receiver();
    const disabled = await addDestination(db, { url: inbox.url });
    await addDestination(db, { url: other.url });
    expect(await enqueueWebhookEvent(db, commandEvent())).toBe(2);
    await db.webhookDestination.update({ where: { id: disabled.id }, data: { disabledAt: T0 } });

    expect(await deliverAt(T0)).toMatchObject({ claimed: 2, delivered: 1, failed: 1 });
    expect(inbox.requests).toHaveLength(0);
    expect(other.requests).toHaveLength(1);
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { destinationId: disabled.id } })).toMatchObject({ status: "failed", attempts: 0, lastError: "destination disabled", lockedUntil: null });
  });

  test("“Retry now” gives a failed delivery a fresh set of attempts with the same key; pending, delivered and other organizations' deliveries are refused", async () => {
    let isFixed = false;
    const inbox = await receiver(() => (isFixed ? 200 : 500));
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());
    const failedAt = at(123 * MINUTE);
    for (const minutes of [0, 1, 3, 7, 15, 31, 63, 123]) await deliverAt(at(minutes * MINUTE));
    const failed = await onlyDelivery();
    expect(failed.status).toBe("failed");

    expect(await retryFailedDelivery(db, ORG_B, failed.id, failedAt)).toEqual({ kind: "not-found" });
    expect(await retryFailedDelivery(db, ORG_A, "nope", failedAt)).toEqual({ kind: "not-found" });
    expect(await onlyDelivery()).toEqual(failed);

    const retryAt = at(200 * MINUTE);
    expect(await retryFailedDelivery(db, ORG_A, failed.id, retryAt)).toEqual({ kind: "retried" });
    expect(await onlyDelivery()).toMatchObject({ status: "pending", attempts: 0, firstFailedAt: null, nextAttemptAt: retryAt, lockedUntil: null, idempotencyKey: failed.idempotencyKey });
    expect(await retryFailedDelivery(db, ORG_A, failed.id, retryAt)).toEqual({ kind: "not-failed", status: "pending" });

    isFixed = true;
    expect(await deliverAt(retryAt)).toMatchObject({ delivered: 1 });
    expect(await onlyDelivery()).toMatchObject({ status: "delivered", attempts: 1 });
    expect(await retryFailedDelivery(db, ORG_A, failed.id, retryAt)).toEqual({ kind: "not-failed", status: "delivered" });
    expect(new Set(inbox.requests.map((request) => request.headers[IDEMPOTENCY_HEADER.toLowerCase()])).size).toBe(1);
    expect(inbox.requests.every((request) => typeof request.headers[SIGNATURE_HEADER.toLowerCase()] === "string")).toBe(true);
  });

  test("“Retry now” is refused while the destination is disabled", async () => {
    const destination = await addDestination(db, { url: await closedPortUrl() });
    await enqueueWebhookEvent(db, commandEvent());
    await db.webhookDestination.update({ where: { id: destination.id }, data: { disabledAt: T0 } });
    await deliverAt(T0);
    const failed = await onlyDelivery();
    expect(failed).toMatchObject({ status: "failed", lastError: "destination disabled" });
    expect(await retryFailedDelivery(db, ORG_A, failed.id, T0)).toEqual({ kind: "destination-disabled" });
    expect(await onlyDelivery()).toEqual(failed);
  });
});
