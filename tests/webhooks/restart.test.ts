/**
 * Pending deliveries live in the database, so stopping the app loses nothing (on PGlite and on PostgreSQL):
 *   - the app dies in the middle of a delivery (the receiver got the request, the answer never came back): after the
 *     claim's lease, the restarted app (a second PrismaClient on the same database) sends it again with the SAME
 *     idempotency key, once, and the receiver handles it once; the dead run's late answer changes nothing;
 *   - a delivery queued before a restart is sent by the restarted app;
 *   - two app servers delivering at the same time never send the same attempt twice.
 * The receivers listen on 127.0.0.1: private destinations are allowed here (WEBHOOK_ALLOW_PRIVATE_DESTINATIONS=1).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import { PrismaClient as GeneratedClient } from "@/lib/server/db/generated/client";
import { createPostgresAdapterFactory } from "@/lib/server/db/postgres";
import type { TestDb } from "@/tests/support/test-db";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver";
import { enqueueWebhookEvent } from "@/lib/server/data/webhook-queue";
import { ALLOW_PRIVATE_DESTINATIONS } from "@/lib/server/webhooks/destination-address";
import type { Transport } from "@/lib/server/webhooks/pinned-post";
import { useTestDatabase } from "../support/test-database";
import { testBackends, type SessionSlot } from "../support/actions";
import { addDestination, at, commandEvent, SECRET, T0 } from "./fixtures";
import { startReceiver, type Receiver } from "./receiver";

describe.each(testBackends)("webhook deliveries across a restart on the %s database", (kind) => {
  let testDb: TestDb;
  let db: PrismaClient;
  useTestDatabase(kind, { current: null }, (opened) => ((testDb = opened), (db = opened.db)), { current: null } satisfies SessionSlot);

  /** Another app server on the same database: its own client (on PostgreSQL its own connection pool). */
  const others: PrismaClient[] = [];
  function anotherAppServer(): PrismaClient {
    const adapter = testDb.url ? createPostgresAdapterFactory(testDb.url, { max: 4 }) : testDb.adapterFactory;
    const client = new GeneratedClient({ adapter });
    others.push(client);
    return client;
  }

  const receivers: Receiver[] = [];
  async function receiver(answer?: (requestNumber: number) => number | "hang") {
    const started = await startReceiver({ secret: SECRET, clock: () => T0, answer });
    receivers.push(started);
    return started;
  }
  beforeEach(() => {
    vi.stubEnv(ALLOW_PRIVATE_DESTINATIONS, "1");
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((started) => started.close()));
    await Promise.all(others.splice(0).map((client) => client.$disconnect()));
    vi.unstubAllEnvs();
  });

  const leaseMs = 60_000;

  test("the app dies mid-request: after the lease the restarted app sends the delivery again with the same key, once; the receiver handles it once", async () => {
    // The first request reaches the receiver, which handles it, but its answer never arrives: the app is gone.
    const inbox = await receiver((n) => (n === 1 ? "hang" : 200));
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());

    const dyingRun = deliverDueWebhooks({ db, now: T0, leaseMs, timeoutMs: 30_000 });
    await waitFor(() => inbox.requests.length === 1);
    const claimed = await db.webhookDelivery.findFirstOrThrow();
    expect(claimed).toMatchObject({ status: "pending", attempts: 0, lockedUntil: at(leaseMs) });

    // The restarted app, on its own client. While the dead run's lease holds, the delivery is left alone.
    const restarted = anotherAppServer();
    expect(await deliverDueWebhooks({ db: restarted, now: at(leaseMs - 1) })).toMatchObject({ claimed: 0 });
    expect(inbox.requests).toHaveLength(1);

    // Once it has run out, the delivery is sent again: the same body, the same idempotency key.
    expect(await deliverDueWebhooks({ db: restarted, now: at(leaseMs) })).toEqual({ claimed: 1, delivered: 1, retried: 0, failed: 0, leaseExpired: 0 });
    expect(inbox.requests).toHaveLength(2);
    const [first, second] = inbox.requests;
    expect(second!.idempotencyKey).toBe(first!.idempotencyKey);
    expect(second!.body).toBe(first!.body);
    expect(inbox.handledKeys).toEqual([claimed.idempotencyKey]);
    const delivered = await restarted.webhookDelivery.findFirstOrThrow();
    expect(delivered).toMatchObject({ status: "delivered", attempts: 1, deliveredAt: at(leaseMs), lockedUntil: null });

    // The dead run's request finally ends (its connection is cut): its outcome is dropped, the row stays delivered.
    await inbox.close();
    expect(await dyingRun).toEqual({ claimed: 1, delivered: 0, retried: 0, failed: 0, leaseExpired: 1 });
    expect(await db.webhookDelivery.findFirstOrThrow()).toEqual(delivered);
    // And nothing is left to send.
    expect((await deliverDueWebhooks({ db: restarted, now: at(10 * leaseMs) })).claimed).toBe(0);
  });

  test("a run that never hears back (a request that never settles) leaves its claim; after the lease another run delivers it", async () => {
    const inbox = await receiver();
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());
    let calls = 0;
    const neverAnswers: Transport = () => {
      calls++;
      return new Promise<number>(() => undefined);
    };
    // Abandoned, like a process that stopped: its deadline (timeout + 1 s) would end it, but nobody waits for it.
    void deliverDueWebhooks({ db, now: T0, transport: neverAnswers, leaseMs, timeoutMs: 50 }).catch(() => undefined);
    await waitFor(() => calls === 1);
    expect((await db.webhookDelivery.findFirstOrThrow()).lockedUntil).toEqual(at(leaseMs));

    const restarted = anotherAppServer();
    expect(await deliverDueWebhooks({ db: restarted, now: at(leaseMs + 1) })).toMatchObject({ claimed: 1, delivered: 1 });
    expect(inbox.requests).toHaveLength(1);
  });

  test("a delivery queued before the app stopped is sent by the restarted app", async () => {
    const inbox = await receiver();
    await addDestination(db, { url: inbox.url });
    await enqueueWebhookEvent(db, commandEvent());
    const restarted = anotherAppServer();
    expect(await deliverDueWebhooks({ db: restarted, now: at(3_600_000) })).toMatchObject({ claimed: 1, delivered: 1 });
    expect(inbox.requests).toHaveLength(1);
  });

  test("two app servers delivering at the same time send each delivery exactly once", async () => {
    const inbox = await receiver();
    await addDestination(db, { url: inbox.url });
    const count = 24;
    for (let index = 0; index < count; index++) await enqueueWebhookEvent(db, commandEvent({ commandId: `cmd_${index}` }));
    const second = anotherAppServer();

    const runs = await Promise.all([
      deliverDueWebhooks({ db, now: T0, limit: count }),
      deliverDueWebhooks({ db: second, now: T0, limit: count }),
      deliverDueWebhooks({ db, now: T0, limit: 5 }),
      deliverDueWebhooks({ db: second, now: T0, limit: 5 }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.claimed, 0)).toBe(count);
    expect(runs.reduce((sum, run) => sum + run.delivered, 0)).toBe(count);
    expect(inbox.requests).toHaveLength(count);
    expect(new Set(inbox.requests.map((request) => request.idempotencyKey)).size).toBe(count);
    expect(await db.webhookDelivery.count({ where: { status: "delivered", attempts: 1 } })).toBe(count);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("waitFor: timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
