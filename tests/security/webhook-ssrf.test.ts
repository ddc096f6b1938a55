/**
 * Webhook destinations and server-side request forgery (issue #14), on PGlite and PostgreSQL. Without
 * WEBHOOK_ALLOW_PRIVATE_DESTINATIONS, as in production:
 *   - adding a destination whose host is, or resolves to, anything but a public internet address (loopback in any
 *     spelling, private, link-local and the metadata service, unique-local, carrier-grade NAT, unspecified,
 *     multicast, broadcast) is refused with a field error, and nothing is stored; a name that does not resolve is
 *     refused with its own message; a public address, and a name resolving to one, are accepted;
 *   - a destination whose name resolves to 127.0.0.1 by the time of a delivery (DNS rebinding) is refused before any
 *     connection is made, and the delivery log says so in generic words;
 *   - a redirect is not followed, not even to the local machine;
 *   - an organization adds at most 20 destinations an hour, refused addresses included.
 * And WEBHOOK_ALLOW_PRIVATE_DESTINATIONS=1 lets a local receiver through, reached by the address the check found.
 *
 * The DNS is this file's: node:dns/promises is replaced by a table each test fills, so names like
 * hooks.rebind.example resolve only through Gridfolio's own lookup, never through the machine's.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { createWebhookDestination } from "@/lib/actions/webhooks/create-destination";
import { findWebhookSettings } from "@/lib/server/data/webhooks";
import { destinationAddressMessages } from "@/lib/validation/webhook";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver";
import { ALLOW_PRIVATE_DESTINATIONS } from "@/lib/server/webhooks/destination-address";
import { enqueueWebhookEvent } from "@/lib/server/data/webhook-queue";
import type { Transport } from "@/lib/server/webhooks/pinned-post";
import { NOT_PUBLIC_DESTINATION } from "@/lib/server/webhooks/send";
import { useTestDatabase } from "../support/test-database";
import { form, noState, ORG_A, ORG_B, sessionOf, testBackends } from "../support/actions";
import { addDestination, at, commandEvent, MINUTE, SECRET, T0 } from "../webhooks/fixtures";
import { startReceiver, type Receiver } from "../webhooks/receiver";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

/** The DNS: name → addresses. A name missing from the table does not exist. */
const dns = vi.hoisted(() => ({ answers: new Map<string, string[]>(), asked: [] as string[] }));
vi.mock("node:dns/promises", () => {
  const lookup = async (hostname: string) => {
    dns.asked.push(hostname);
    const found = dns.answers.get(hostname);
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { lookup, default: { lookup } };
});

const checkFields = "No destination was added: check the fields marked.";
const PUBLIC_IP = "93.184.216.34";

describe.each(testBackends)("webhook destinations and SSRF on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  const receivers: Receiver[] = [];
  async function receiver(options: { answer?: (n: number) => number | "hang"; redirectTo?: string } = {}) {
    const started = await startReceiver({ secret: SECRET, clock: () => T0, ...options });
    receivers.push(started);
    return started;
  }
  beforeEach(() => {
    // As in production, whatever the environment the tests run in.
    vi.stubEnv(ALLOW_PRIVATE_DESTINATIONS, "");
    dns.answers = new Map([["localhost", ["127.0.0.1", "::1"]]]);
    dns.asked = [];
    session.current = sessionOf("ownerA");
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((started) => started.close()));
    vi.unstubAllEnvs();
  });

  describe("adding a destination", () => {
    test.each([
      { label: "loopback on PostgreSQL's port, plain http", url: "http://127.0.0.1:5432/" },
      { label: "loopback on PostgreSQL's port", url: "https://127.0.0.1:5432/" },
      { label: "localhost", url: "https://localhost/hooks" },
      { label: "loopback in hex (0x7f000001)", url: "https://0x7f000001/hooks" },
      { label: "loopback as one number (2130706433)", url: "https://2130706433/hooks" },
      { label: "loopback shortened (127.1)", url: "https://127.1/hooks" },
      { label: "IPv6 loopback ([::1])", url: "https://[::1]/hooks" },
      { label: "loopback mapped into IPv6 ([::ffff:127.0.0.1])", url: "https://[::ffff:127.0.0.1]/hooks" },
      { label: "the same in hex ([::ffff:7f00:1])", url: "https://[::ffff:7f00:1]/hooks" },
      { label: "private 10.0.0.1", url: "https://10.0.0.1/hooks" },
      { label: "private 172.16.5.4", url: "https://172.16.5.4/hooks" },
      { label: "private 192.168.1.1", url: "https://192.168.1.1/hooks" },
      { label: "the cloud metadata service (169.254.169.254)", url: "https://169.254.169.254/latest/meta-data/" },
      { label: "carrier-grade NAT (100.64.0.1)", url: "https://100.64.0.1/hooks" },
      { label: "IPv6 link-local ([fe80::1])", url: "https://[fe80::1]/hooks" },
      { label: "IPv6 unique-local ([fc00::1])", url: "https://[fc00::1]/hooks" },
      { label: "unspecified (0.0.0.0)", url: "https://0.0.0.0/hooks" },
      { label: "multicast (224.0.0.1)", url: "https://224.0.0.1/hooks" },
      { label: "broadcast (255.255.255.255)", url: "https://255.255.255.255/hooks" },
      { label: "a name that resolves to a private address", url: "https://intranet.customer.example/hooks", answers: { "intranet.customer.example": ["10.20.30.40"] } },
      { label: "a name with one private answer among public ones", url: "https://mixed.customer.example/hooks", answers: { "mixed.customer.example": [PUBLIC_IP, "192.168.0.10"] } },
    ])("$label is refused: not a public internet address; nothing stored", async ({ url, answers }) => {
      for (const [name, addresses] of Object.entries(answers ?? {})) dns.answers.set(name, addresses);
      const answer = await createWebhookDestination(noState, form({ url }));
      expect(answer).toEqual({ ok: false, message: checkFields, fieldErrors: { url: destinationAddressMessages["not-public"] } });
      expect(await db.webhookDestination.count()).toBe(0);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("a name that does not resolve is refused with its own message; nothing stored", async () => {
      expect(await createWebhookDestination(noState, form({ url: "https://typo.customer.example/hooks" }))).toEqual({ ok: false, message: checkFields, fieldErrors: { url: destinationAddressMessages["not-found"] } });
      expect(dns.asked).toEqual(["typo.customer.example"]);
      expect(await db.webhookDestination.count()).toBe(0);
    });

    test("a public address and a name resolving to one are accepted and stored: the name is looked up, the address is not", async () => {
      dns.answers.set("hooks.customer.example", [PUBLIC_IP]);
      for (const url of [`https://${PUBLIC_IP}/hooks`, "https://hooks.customer.example/in"]) {
        expect(await createWebhookDestination(noState, form({ url })), url).toMatchObject({ ok: true, secret: expect.stringMatching(/^whsec_/) });
      }
      expect(dns.asked).toEqual(["hooks.customer.example"]);
      expect((await db.webhookDestination.findMany({ orderBy: { createdAt: "asc" } })).map((row) => row.url)).toEqual([`https://${PUBLIC_IP}/hooks`, "https://hooks.customer.example/in"]);
    });

    test("an organization adds at most 20 destinations an hour, refused addresses included; then it is told how long to wait, and nothing is stored", async () => {
      dns.answers.set("hooks.customer.example", [PUBLIC_IP]);
      for (let n = 1; n <= 20; n++) {
        // Every fifth try aims at a private address: probing counts against the limit too.
        const url = n % 5 === 0 ? `https://10.0.0.${n}/hooks` : `https://hooks.customer.example/in/${n}`;
        expect((await createWebhookDestination(noState, form({ url }))).ok, `attempt ${n}`).toBe(n % 5 !== 0);
      }
      expect(await db.webhookDestination.count()).toBe(16);
      const asked = dns.asked.length;
      vi.mocked(revalidatePath).mockClear();

      const refused = await createWebhookDestination(noState, form({ url: "https://hooks.customer.example/in/21" }));
      expect(refused).toEqual({ ok: false, message: expect.stringMatching(/^No destination was added: an organization can add at most 20 destinations an hour\. Wait (an hour|\d+ minutes) and try again\.$/), fieldErrors: {} });
      expect(refused).not.toHaveProperty("secret");
      expect(await db.webhookDestination.count()).toBe(16);
      expect(dns.asked).toHaveLength(asked);
      expect(revalidatePath).not.toHaveBeenCalled();

      // Another organization has its own count.
      await db.user.create({ data: { id: "user-owner-b", name: "Bruno Boss", email: "owner@b.test", emailVerified: true } });
      await db.member.create({ data: { id: "member-user-owner-b", organizationId: ORG_B, userId: "user-owner-b", role: "owner" } });
      session.current = { userId: "user-owner-b", name: "Bruno Boss", email: "owner@b.test", activeOrganizationId: ORG_B };
      expect((await createWebhookDestination(noState, form({ url: "https://hooks.customer.example/b" }))).ok).toBe(true);
    });
  });

  describe("delivering", () => {
    test("a destination added while its name was public, whose name now resolves to 127.0.0.1: refused at delivery, nothing sent, the log says it in generic words", async () => {
      dns.answers.set("hooks.rebind.example", [PUBLIC_IP]);
      expect((await createWebhookDestination(noState, form({ url: "https://hooks.rebind.example/hooks" }))).ok).toBe(true);
      // The DNS answer changes after the check: the rebinding attack.
      dns.answers.set("hooks.rebind.example", ["127.0.0.1"]);
      await enqueueWebhookEvent(db, commandEvent());

      const sent: unknown[] = [];
      const transport: Transport = async (post) => {
        sent.push(post);
        return 200;
      };
      expect(await deliverDueWebhooks({ db, now: T0, transport })).toMatchObject({ claimed: 1, retried: 1 });
      expect(sent).toEqual([]);
      expect(await db.webhookDelivery.findFirstOrThrow()).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null, lastError: NOT_PUBLIC_DESTINATION });
      // What the delivery log shows.
      expect((await findWebhookSettings(ORG_A)).deliveries).toMatchObject([{ status: "pending", lastError: "Not delivered: the destination's address is not a public internet address." }]);
    });

    test("a name that resolves to 127.0.0.1, where a receiver listens: no connection is made; with WEBHOOK_ALLOW_PRIVATE_DESTINATIONS=1 the same destination is delivered, through the checked address", async () => {
      const inbox = await receiver();
      const { port } = new URL(inbox.url);
      dns.answers.set("hooks.rebind.example", ["127.0.0.1"]);
      // Stored directly (plain http keeps the receiver simple; the form would ask for https, which changes nothing here).
      await addDestination(db, { url: `http://hooks.rebind.example:${port}/hooks` });
      await enqueueWebhookEvent(db, commandEvent());

      expect(await deliverDueWebhooks({ db, now: T0 })).toMatchObject({ claimed: 1, retried: 1 });
      expect(inbox.connections).toBe(0);
      expect(inbox.requests).toHaveLength(0);
      expect(await db.webhookDelivery.findFirstOrThrow()).toMatchObject({ lastError: NOT_PUBLIC_DESTINATION, lastStatusCode: null });

      // The control: the name does lead to the receiver. The machine's DNS has never heard of it, so the request can
      // only have gone to the address Gridfolio's own lookup found.
      vi.stubEnv(ALLOW_PRIVATE_DESTINATIONS, "1");
      dns.asked = [];
      expect(await deliverDueWebhooks({ db, now: at(MINUTE) })).toMatchObject({ claimed: 1, delivered: 1 });
      expect(dns.asked).toEqual(["hooks.rebind.example"]);
      expect(inbox.requests).toHaveLength(1);
      expect(inbox.requests[0]!.headers.host).toBe(`hooks.rebind.example:${port}`);
      expect(inbox.requests[0]!.verified.ok).toBe(true);
    });

    test("a 302 is a failed delivery with a plain reason, and is not followed, not even to this machine", async () => {
      vi.stubEnv(ALLOW_PRIVATE_DESTINATIONS, "1");
      const inside = await receiver();
      const outside = await receiver({ answer: () => 302, redirectTo: inside.url });
      dns.answers.set("hooks.redirect.example", ["127.0.0.1"]);
      await addDestination(db, { url: `http://hooks.redirect.example:${new URL(outside.url).port}/hooks` });
      await enqueueWebhookEvent(db, commandEvent());

      expect(await deliverDueWebhooks({ db, now: T0 })).toMatchObject({ claimed: 1, retried: 1 });
      expect(outside.requests).toHaveLength(1);
      expect(inside.connections).toBe(0);
      expect(await db.webhookDelivery.findFirstOrThrow()).toMatchObject({ lastStatusCode: 302, lastError: "HTTP 302 (redirects are not followed)" });
    });
  });
});
