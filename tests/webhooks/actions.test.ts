/**
 * The webhook settings' server actions against a real database (PGlite, and PostgreSQL under
 * scripts/with-postgres.sh): add a destination, disable or enable it, send it a test event, retry a failed delivery.
 *   - only owners and admins ("organization"/"update"); designers, viewers and signed-out visitors are refused and
 *     nothing is written;
 *   - another organization's ids answer "does not exist" and change nothing;
 *   - bad input is refused with a field error and changes nothing; the signing secret is answered once, on success;
 *   - end to end: the secret the action answers verifies the test event a local receiver gets.
 * Private destinations are allowed here (WEBHOOK_ALLOW_PRIVATE_DESTINATIONS=1): the local receiver is on 127.0.0.1, and
 * the made-up *.example names are then taken as typed, without a DNS lookup. tests/security/webhook-ssrf.test.ts checks
 * the address rules and the per-organization limit.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { notAllowedMessage, signedOutMessage } from "@/lib/server/auth/access";
import { createWebhookDestination } from "@/lib/actions/webhooks/create-destination";
import { setWebhookDestinationEnabled } from "@/lib/actions/webhooks/set-destination-enabled";
import { sendWebhookTestEvent } from "@/lib/actions/webhooks/send-test-event";
import { retryWebhookDelivery } from "@/lib/actions/webhooks/retry-delivery";
import type { ActionState } from "@/lib/actions/state";
import { findWebhookSettings } from "@/lib/server/data/webhooks";
import { verifySignature } from "@/lib/core/operations/webhooks";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver";
import { enqueueWebhookEvent } from "@/lib/server/data/webhook-queue";
import { ALLOW_PRIVATE_DESTINATIONS } from "@/lib/server/webhooks/destination-address";
import { useTestDatabase } from "../support/test-database";
import { form, noState, ORG_A, ORG_B, people, sessionOf, snapshotTables, testBackends, type PersonKey } from "../support/actions";
import { addDestination, commandEvent, T0 } from "./fixtures";
import { startReceiver, type Receiver } from "./receiver";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const SECRET_SHAPE = /^whsec_[A-Za-z0-9_-]{43}$/;
const managers = ["ownerA", "adminA"] as const satisfies PersonKey[];
const refusedRoles = ["designerA", "viewerA"] as const satisfies PersonKey[];

function notAllowed(who: "designerA" | "viewerA"): string {
  const person = people[who];
  return notAllowedMessage({ userId: person.userId, userName: person.name, email: person.email, organizationId: ORG_A, organizationName: "Alpha Solar", role: person.role }, "organization");
}

/** B's owner (tests/support has only B's designer, who may not manage webhooks at all). */
const ownerB = { userId: "user-owner-b", name: "Bruno Boss", email: "owner@b.test" };
const ownerBSession: SignedInUser = { ...ownerB, activeOrganizationId: ORG_B };

describe.each(testBackends)("the webhook actions on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  const receivers: Receiver[] = [];
  beforeEach(() => {
    vi.stubEnv(ALLOW_PRIVATE_DESTINATIONS, "1");
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((started) => started.close()));
    vi.unstubAllEnvs();
  });

  /** Every row of the app tables and of both webhook tables: equal snapshots mean nothing was written. */
  async function snapshot() {
    const [app, destinations, deliveries] = await Promise.all([
      snapshotTables(db),
      db.webhookDestination.findMany({ orderBy: { id: "asc" } }),
      db.webhookDelivery.findMany({ orderBy: { id: "asc" } }),
    ]);
    return { ...app, destinations, deliveries };
  }

  async function addOwnerOfB() {
    await db.user.create({ data: { id: ownerB.userId, name: ownerB.name, email: ownerB.email, emailVerified: true } });
    await db.member.create({ data: { id: `member-${ownerB.userId}`, organizationId: ORG_B, userId: ownerB.userId, role: "owner" } });
  }

  /** A's destination and B's, each with one delivery that failed for good. */
  async function arrange() {
    const ofA = await addDestination(db, { url: "https://receiver-of-a.example/hooks" });
    const ofB = await addDestination(db, { url: "https://receiver-of-b.example/hooks", organizationId: ORG_B });
    await enqueueWebhookEvent(db, commandEvent());
    await enqueueWebhookEvent(db, commandEvent({ organizationId: ORG_B }));
    await db.webhookDelivery.updateMany({ data: { status: "failed", attempts: 8, firstFailedAt: T0, lastError: "HTTP 500", lastStatusCode: 500 } });
    const failedOfA = await db.webhookDelivery.findFirstOrThrow({ where: { destinationId: ofA.id } });
    const failedOfB = await db.webhookDelivery.findFirstOrThrow({ where: { destinationId: ofB.id } });
    vi.mocked(revalidatePath).mockClear();
    return { ofA, ofB, failedOfA, failedOfB };
  }

  /** Runs an action that must be refused with `message`, and checks that nothing was written or revalidated. */
  async function expectRefused(run: () => Promise<ActionState>, message: string) {
    const before = await snapshot();
    const answer = await run();
    expect(answer).toEqual({ ok: false, message, fieldErrors: {} });
    expect(await snapshot()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  }

  describe("createWebhookDestination", () => {
    test.each(managers)("%s adds a destination: stored for A, its secret answered once and never shown by the page's loader", async (who) => {
      session.current = sessionOf(who);
      const answer = await createWebhookDestination(noState, form({ url: "  https://dispatch.example.com/gridfolio/hooks?source=gf  ", description: " Dispatch system " }));
      expect(answer).toEqual({ ok: true, message: "Destination added. Copy its signing secret now: it is not shown again.", fieldErrors: {}, secret: expect.stringMatching(SECRET_SHAPE) });
      expect(answer.message).not.toContain(answer.secret);
      expect(revalidatePath).toHaveBeenCalledWith("/organization");
      const row = await db.webhookDestination.findFirstOrThrow();
      expect(row).toMatchObject({ organizationId: ORG_A, url: "https://dispatch.example.com/gridfolio/hooks?source=gf", description: "Dispatch system", secret: answer.secret, createdByName: people[who].name, disabledAt: null });

      const page = await findWebhookSettings(ORG_A);
      expect(page.destinations).toHaveLength(1);
      expect(JSON.stringify(page)).not.toContain(answer.secret!);

      // A second destination gets its own secret.
      const second = await createWebhookDestination(noState, form({ url: "https://other.example.com/hooks" }));
      expect(second.secret).toMatch(SECRET_SHAPE);
      expect(second.secret).not.toBe(answer.secret);
    });

    test.each(["http://localhost:4000/hooks", "http://127.0.0.1:8787/", "http://[::1]:9000/hooks", "https://hooks.example.com"])("%s is accepted (https, or plain http on this computer)", async (url) => {
      session.current = sessionOf("ownerA");
      expect((await createWebhookDestination(noState, form({ url }))).ok).toBe(true);
      expect((await db.webhookDestination.findFirstOrThrow()).url).toBe(new URL(url).href);
    });

    test.each([
      ["no address", {}, { url: "Enter the endpoint URL." }],
      ["an empty address", { url: "  " }, { url: "Enter the endpoint URL." }],
      ["an address without a scheme", { url: "hooks.example.com/gridfolio" }, { url: "Enter a full address, starting with https://." }],
      ["an ftp address", { url: "ftp://hooks.example.com/" }, { url: "Enter a full address, starting with https://." }],
      ["a javascript: address", { url: "javascript:alert(1)" }, { url: "Enter a full address, starting with https://." }],
      ["plain http to another computer", { url: "http://hooks.example.com/gridfolio" }, { url: "Use an https:// address: plain http is accepted only for localhost and 127.0.0.1 (a receiver on your own computer)." }],
      ["plain http to a private address", { url: "http://10.0.0.5/hooks" }, { url: "Use an https:// address: plain http is accepted only for localhost and 127.0.0.1 (a receiver on your own computer)." }],
      ["a password in the address", { url: "https://user:secret@hooks.example.com/" }, { url: "Leave the user name and password out of the address: the signature header proves who sent the request." }],
      ["an address of 2,001 characters", { url: `https://hooks.example.com/${"a".repeat(1975)}` }, { url: "The endpoint URL must be at most 2000 characters." }],
      ["U+0000 in the address", { url: "https://hooks.example.com/\u0000" }, { url: "The endpoint URL contains an invisible null character; retype it." }],
      ["a description of 201 characters", { url: "https://hooks.example.com/", description: "d".repeat(201) }, { description: "The description must be at most 200 characters." }],
    ] as const)("%s is refused with a field error; nothing is stored, no secret answered", async (_label, values, fieldErrors) => {
      session.current = sessionOf("ownerA");
      const before = await snapshot();
      const answer = await createWebhookDestination(noState, form(values));
      expect(answer).toEqual({ ok: false, message: "No destination was added: check the fields marked.", fieldErrors });
      expect(await snapshot()).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test.each(refusedRoles)("%s is refused; nothing is stored", async (who) => {
      session.current = sessionOf(who);
      await expectRefused(() => createWebhookDestination(noState, form({ url: "https://hooks.example.com/" })), notAllowed(who));
    });

    test("a signed-out visitor is refused; nothing is stored", async () => {
      session.current = null;
      await expectRefused(() => createWebhookDestination(noState, form({ url: "https://hooks.example.com/" })), signedOutMessage);
    });
  });

  describe("setWebhookDestinationEnabled", () => {
    test.each(managers)("%s disables A's destination, then enables it again; B's is untouched", async (who) => {
      const { ofA, ofB } = await arrange();
      session.current = sessionOf(who);
      expect(await setWebhookDestinationEnabled(ofA.id, false, noState, form({}))).toEqual({ ok: true, message: "Destination disabled: no more events are sent to it.", fieldErrors: {} });
      expect((await db.webhookDestination.findUniqueOrThrow({ where: { id: ofA.id } })).disabledAt).toBeInstanceOf(Date);
      // Disabled: new events are not queued for it.
      expect(await enqueueWebhookEvent(db, commandEvent({ sequence: 5 }))).toBe(0);
      vi.mocked(revalidatePath).mockClear();
      await expectRefused(() => setWebhookDestinationEnabled(ofA.id, false, noState, form({})), "That destination is already disabled.");

      expect(await setWebhookDestinationEnabled(ofA.id, true, noState, form({}))).toEqual({ ok: true, message: "Destination enabled: new events are sent to it.", fieldErrors: {} });
      expect((await db.webhookDestination.findUniqueOrThrow({ where: { id: ofA.id } })).disabledAt).toBeNull();
      vi.mocked(revalidatePath).mockClear();
      await expectRefused(() => setWebhookDestinationEnabled(ofA.id, true, noState, form({})), "That destination is already enabled.");
      expect((await db.webhookDestination.findUniqueOrThrow({ where: { id: ofB.id } })).disabledAt).toBeNull();
    });

    test("B's owner is told A's destination does not exist, whether disabling or enabling; nothing changes", async () => {
      const { ofA, ofB } = await arrange();
      await addOwnerOfB();
      session.current = ownerBSession;
      await expectRefused(() => setWebhookDestinationEnabled(ofA.id, false, noState, form({})), "That destination does not exist.");
      await db.webhookDestination.update({ where: { id: ofA.id }, data: { disabledAt: T0 } });
      await expectRefused(() => setWebhookDestinationEnabled(ofA.id, true, noState, form({})), "That destination does not exist.");
      // The positive control: B's owner may disable B's own.
      expect((await setWebhookDestinationEnabled(ofB.id, false, noState, form({}))).ok).toBe(true);
    });

    test("malformed ids and values are refused; nothing changes", async () => {
      const { ofA } = await arrange();
      session.current = sessionOf("ownerA");
      for (const id of ["", "../x", `${ofA.id}' OR '1'='1`, null, 42, { id: ofA.id }]) {
        await expectRefused(() => setWebhookDestinationEnabled(id as string, false, noState, form({})), "That destination does not exist.");
      }
      await expectRefused(() => setWebhookDestinationEnabled("cl0000000000000000000000", false, noState, form({})), "That destination does not exist.");
      for (const value of ["false", 0, null, undefined, {}]) {
        await expectRefused(() => setWebhookDestinationEnabled(ofA.id, value as boolean, noState, form({})), "That button sent an invalid value. Reload the page and try again.");
      }
    });

    test.each(refusedRoles)("%s is refused; the destination stays enabled", async (who) => {
      const { ofA } = await arrange();
      session.current = sessionOf(who);
      await expectRefused(() => setWebhookDestinationEnabled(ofA.id, false, noState, form({})), notAllowed(who));
    });

    test("a signed-out visitor is refused", async () => {
      const { ofA } = await arrange();
      session.current = null;
      await expectRefused(() => setWebhookDestinationEnabled(ofA.id, false, noState, form({})), signedOutMessage);
    });
  });

  describe("sendWebhookTestEvent", () => {
    test("end to end: the owner adds a local receiver, sends a test event, and the receiver verifies it with the secret the action answered", async () => {
      session.current = sessionOf("ownerA");
      // The receiver is started before its secret exists: the check below uses the secret the action answered, as a
      // person would copy it into the receiver's configuration.
      const inbox = await startReceiver({ secret: "not-yet-known", clock: () => new Date(), answer: () => 200 });
      receivers.push(inbox);
      const secret = (await createWebhookDestination(noState, form({ url: inbox.url }))).secret!;
      const destination = await db.webhookDestination.findFirstOrThrow();

      expect(await sendWebhookTestEvent(destination.id, noState, form({}))).toEqual({
        ok: true,
        message: "Test event queued: it is sent within a few seconds; its result appears in the delivery log.",
        fieldErrors: {},
      });
      expect(await deliverDueWebhooks({ db })).toMatchObject({ claimed: 1, delivered: 1 });
      const request = inbox.requests[0]!;
      expect(verifySignature(request.signature, secret, request.body, { now: new Date() })).toMatchObject({ ok: true });
      expect(JSON.parse(request.body)).toMatchObject({ type: "webhook.test", organizationId: ORG_A, data: { destinationId: destination.id } });
      expect((await findWebhookSettings(ORG_A)).deliveries).toMatchObject([{ eventType: "webhook.test", status: "delivered", attempts: 1, destinationUrl: inbox.url }]);
    });

    test.each(managers)("%s queues one test event for that destination only; each click is a new event", async (who) => {
      const { ofA } = await arrange();
      await addDestination(db, { url: "https://second-of-a.example/hooks" });
      session.current = sessionOf(who);
      expect((await sendWebhookTestEvent(ofA.id, noState, form({}))).ok).toBe(true);
      expect(revalidatePath).toHaveBeenCalledWith("/organization");
      await new Promise((resolve) => setTimeout(resolve, 2));
      expect((await sendWebhookTestEvent(ofA.id, noState, form({}))).ok).toBe(true);
      const tests = await db.webhookDelivery.findMany({ where: { eventType: "webhook.test" } });
      expect(tests).toHaveLength(2);
      expect(tests.every((row) => row.destinationId === ofA.id && row.status === "pending" && row.organizationId === ORG_A)).toBe(true);
      expect(new Set(tests.map((row) => row.idempotencyKey)).size).toBe(2);
    });

    test("a disabled destination, B's destination and unknown ids are refused; nothing is queued", async () => {
      const { ofA, ofB } = await arrange();
      session.current = sessionOf("ownerA");
      await expectRefused(() => sendWebhookTestEvent(ofB.id, noState, form({})), "That destination does not exist.");
      await expectRefused(() => sendWebhookTestEvent("nope", noState, form({})), "That destination does not exist.");
      await expectRefused(() => sendWebhookTestEvent(undefined as unknown as string, noState, form({})), "That destination does not exist.");
      await db.webhookDestination.update({ where: { id: ofA.id }, data: { disabledAt: T0 } });
      await expectRefused(() => sendWebhookTestEvent(ofA.id, noState, form({})), "That destination is disabled: enable it to send a test event.");
    });

    test.each(refusedRoles)("%s is refused; nothing is queued", async (who) => {
      const { ofA } = await arrange();
      session.current = sessionOf(who);
      await expectRefused(() => sendWebhookTestEvent(ofA.id, noState, form({})), notAllowed(who));
    });

    test("a signed-out visitor is refused", async () => {
      const { ofA } = await arrange();
      session.current = null;
      await expectRefused(() => sendWebhookTestEvent(ofA.id, noState, form({})), signedOutMessage);
    });
  });

  describe("retryWebhookDelivery", () => {
    test.each(managers)("%s retries A's failed delivery: pending again, due now, with a fresh set of attempts", async (who) => {
      const { failedOfA, failedOfB } = await arrange();
      session.current = sessionOf(who);
      const before = Date.now();
      expect(await retryWebhookDelivery(failedOfA.id, noState, form({}))).toEqual({ ok: true, message: "Delivery queued again: it is sent within a few seconds.", fieldErrors: {} });
      expect(revalidatePath).toHaveBeenCalledWith("/organization");
      const retried = await db.webhookDelivery.findUniqueOrThrow({ where: { id: failedOfA.id } });
      expect(retried).toMatchObject({ status: "pending", attempts: 0, firstFailedAt: null, lockedUntil: null, idempotencyKey: failedOfA.idempotencyKey });
      expect(retried.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
      expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: failedOfB.id } })).toEqual(failedOfB);

      vi.mocked(revalidatePath).mockClear();
      await expectRefused(() => retryWebhookDelivery(failedOfA.id, noState, form({})), "That delivery is still pending: it is retried automatically.");
      await db.webhookDelivery.update({ where: { id: failedOfA.id }, data: { status: "delivered", deliveredAt: T0 } });
      await expectRefused(() => retryWebhookDelivery(failedOfA.id, noState, form({})), "That delivery already arrived.");
    });

    test("B's delivery and unknown ids do not exist for A; a disabled destination's delivery waits for it to be enabled", async () => {
      const { ofA, failedOfA, failedOfB } = await arrange();
      session.current = sessionOf("ownerA");
      await expectRefused(() => retryWebhookDelivery(failedOfB.id, noState, form({})), "That delivery does not exist.");
      for (const id of ["", "nope", `${failedOfA.id}x`, null, [failedOfA.id]]) {
        await expectRefused(() => retryWebhookDelivery(id as string, noState, form({})), "That delivery does not exist.");
      }
      await db.webhookDestination.update({ where: { id: ofA.id }, data: { disabledAt: T0 } });
      await expectRefused(() => retryWebhookDelivery(failedOfA.id, noState, form({})), "Its destination is disabled: enable it before retrying.");
      expect((await findWebhookSettings(ORG_A)).deliveries).toMatchObject([{ id: failedOfA.id, status: "failed", canRetry: false }]);
    });

    test.each(refusedRoles)("%s is refused; the delivery stays failed", async (who) => {
      const { failedOfA } = await arrange();
      session.current = sessionOf(who);
      await expectRefused(() => retryWebhookDelivery(failedOfA.id, noState, form({})), notAllowed(who));
    });

    test("a signed-out visitor is refused", async () => {
      const { failedOfA } = await arrange();
      session.current = null;
      await expectRefused(() => retryWebhookDelivery(failedOfA.id, noState, form({})), signedOutMessage);
    });
  });
});
