/**
 * Queuing an event (lib/server/data/webhook-queue) on PGlite and PostgreSQL: one pending delivery per active
 * destination of the event's organization, written in the caller's transaction (a rollback stores none), once per
 * step however often the step is queued.
 */
import { describe, expect, test } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import { idempotencyKeyFor } from "@/lib/core/operations/webhooks";
import { webhookBody } from "@/lib/core/operations/webhook-events";
import { enqueueWebhookEvent } from "@/lib/server/data/webhook-queue";
import { useTestDatabase } from "../support/test-database";
import { ORG_A, ORG_B, testBackends, type SessionSlot } from "../support/actions";
import { addDestination, commandEvent, T0 } from "./fixtures";

describe.each(testBackends)("queuing webhook events on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, { current: null }, (opened) => (db = opened.db), { current: null } satisfies SessionSlot);

  test("one pending delivery per active destination of the organization, due when the event occurred", async () => {
    const first = await addDestination(db, { url: "https://one.example/hooks" });
    const second = await addDestination(db, { url: "https://two.example/hooks" });
    await addDestination(db, { url: "https://disabled.example/hooks", disabledAt: T0 });
    await addDestination(db, { url: "https://b.example/hooks", organizationId: ORG_B });
    const event = commandEvent();

    expect(await enqueueWebhookEvent(db, event)).toBe(2);

    const { id, body } = webhookBody(event);
    expect(id).toBe(idempotencyKeyFor("command.status_changed", "cmd_1", 1));
    const rows = await db.webhookDelivery.findMany({ orderBy: { destinationId: "asc" } });
    expect(rows.map((row) => row.destinationId).sort()).toEqual([first.id, second.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ organizationId: ORG_A, eventType: "command.status_changed", idempotencyKey: id, body, status: "pending", attempts: 0, nextAttemptAt: T0, lockedUntil: null, firstFailedAt: null });
    }
  });

  test("an organization without active destinations queues nothing", async () => {
    await addDestination(db, { url: "https://disabled.example/hooks", disabledAt: T0 });
    await addDestination(db, { url: "https://b.example/hooks", organizationId: ORG_B });
    expect(await enqueueWebhookEvent(db, commandEvent())).toBe(0);
    expect(await db.webhookDelivery.count()).toBe(0);
  });

  test("queuing the same step again queues nothing more; the next step is a new delivery with its own key", async () => {
    await addDestination(db, { url: "https://one.example/hooks" });
    expect(await enqueueWebhookEvent(db, commandEvent({ sequence: 1 }))).toBe(1);
    expect(await enqueueWebhookEvent(db, commandEvent({ sequence: 1 }))).toBe(0);
    expect(await enqueueWebhookEvent(db, commandEvent({ sequence: 2 }))).toBe(1);
    const keys = (await db.webhookDelivery.findMany()).map((row) => row.idempotencyKey);
    expect(new Set(keys).size).toBe(2);
  });

  test("queued in a transaction that rolls back: no delivery is stored, like the change it reported", async () => {
    await addDestination(db, { url: "https://one.example/hooks" });
    const rollback = new Error("the change failed after the event was queued");
    await expect(
      db.$transaction(async (tx) => {
        expect(await enqueueWebhookEvent(tx, commandEvent())).toBe(1);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await db.webhookDelivery.count()).toBe(0);

    // The same in a transaction that commits: stored.
    await db.$transaction((tx) => enqueueWebhookEvent(tx, commandEvent()));
    expect(await db.webhookDelivery.count()).toBe(1);
  });

  test("limited to one destination (the test event): only that one, and only while it is active", async () => {
    const chosen = await addDestination(db, { url: "https://one.example/hooks" });
    await addDestination(db, { url: "https://two.example/hooks" });
    const disabled = await addDestination(db, { url: "https://disabled.example/hooks", disabledAt: T0 });
    const ofB = await addDestination(db, { url: "https://b.example/hooks", organizationId: ORG_B });
    expect(await enqueueWebhookEvent(db, commandEvent(), { destinationId: chosen.id })).toBe(1);
    expect(await enqueueWebhookEvent(db, commandEvent({ sequence: 2 }), { destinationId: disabled.id })).toBe(0);
    // Another organization's destination, named with A's event: nothing.
    expect(await enqueueWebhookEvent(db, commandEvent({ sequence: 3 }), { destinationId: ofB.id })).toBe(0);
    expect((await db.webhookDelivery.findMany()).map((row) => row.destinationId)).toEqual([chosen.id]);
  });
});
