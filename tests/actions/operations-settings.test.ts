/**
 * The organization's operations settings against a real database (the embedded PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL is set): the Grid Services switch (setGridServices) and the REST API keys (createApiKey,
 * revokeApiKey), which only owners and admins may change ("organization"/"update" in lib/auth/roles.ts).
 *   - the switch changes the caller's organization row and no other;
 *   - a new key is answered once as `gfk_<12 lowercase alphanumerics>_<43 base64url>`; the database keeps its prefix
 *     and the SHA-256 of its secret, never the secret; lib/api/keys authenticates it as the organization's;
 *   - a revoked key authenticates no more; another organization cannot revoke it;
 *   - designers, viewers and signed-out visitors are refused and nothing is written.
 */
import { createHash } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { notAllowedMessage, signedOutMessage } from "@/lib/server/auth/access";
import { authenticateApiKey } from "@/lib/server/api/keys";
import { setGridServices } from "@/lib/actions/operations/grid-services";
import { createApiKey, revokeApiKey } from "@/lib/actions/operations/api-keys";
import type { ActionState } from "@/lib/actions/state";
import { useTestDatabase } from "../support/test-database";
import { describeConnectedDatabase, form, noState, ORG_A, ORG_B, people, sessionOf, snapshotTables, testBackends, type PersonKey } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

/** The shape of a key as lib/api/keys generates and accepts it. */
const KEY_SHAPE = /^gfk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** lib/auth/access's refusal for a member whose role may not change the organization. */
function notAllowed(who: "designerA" | "viewerA"): string {
  const person = people[who];
  const message = notAllowedMessage({ userId: person.userId, userName: person.name, email: person.email, organizationId: ORG_A, organizationName: "Alpha Solar", role: person.role }, "organization");
  expect(message).toMatch(/^Your role in Alpha Solar \((Designer|Viewer)\) .*Nothing was changed\.$/);
  return message;
}
const alreadyRevoked = "That key was already revoked or does not exist.";

const managers = ["ownerA", "adminA"] as const satisfies PersonKey[];
const refusedRoles = ["designerA", "viewerA"] as const satisfies PersonKey[];

/** B's owner: tests/support `people` has only B's designer, and a designer may not touch keys at all. */
const ownerB = { userId: "user-owner-b", name: "Bruno Boss", email: "owner@b.test", organizationId: ORG_B };
const ownerBSession: SignedInUser = { userId: ownerB.userId, name: ownerB.name, email: ownerB.email, activeOrganizationId: ORG_B };

/** The key and its parts; fails the test when the answer carries no well-formed key. */
function keyOf(answer: { ok: boolean; key?: string }) {
  expect(answer.ok).toBe(true);
  const match = KEY_SHAPE.exec(answer.key ?? "");
  if (!match) throw new Error(`not a key of the form gfk_<prefix>_<secret>: ${JSON.stringify(answer)}`);
  return { key: match[0], prefix: match[1]!, secret: match[2]! };
}

describe.each(testBackends)("the operations settings on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  /** Every row of the app tables and of ApiKey: equal snapshots mean nothing was written. */
  async function snapshot() {
    const [app, apiKeys] = await Promise.all([snapshotTables(db), db.apiKey.findMany({ orderBy: { id: "asc" } })]);
    return { ...app, apiKeys };
  }

  async function gridServicesOf(organizationId: string) {
    return (await db.organization.findUniqueOrThrow({ where: { id: organizationId } })).gridServicesEnabled;
  }

  /** Every stored value of every table, each row as its JSON text. */
  async function everythingStored(): Promise<string> {
    const tables = await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`;
    const rows: string[] = [];
    for (const { name } of tables) {
      const found = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${name.replaceAll('"', '""')}" t`);
      rows.push(...found.map((entry) => entry.row));
    }
    return rows.join("\n");
  }

  /** A key of A made by its owner through the action. */
  async function createKeyOfA(name = "Monitoring integration") {
    const previous = session.current;
    session.current = sessionOf("ownerA");
    const created = keyOf(await createApiKey(noState, form({ name })));
    session.current = previous;
    // Arrangement: the tests look only at the revalidations of the calls they make.
    vi.mocked(revalidatePath).mockClear();
    const row = await db.apiKey.findUniqueOrThrow({ where: { prefix: created.prefix } });
    return { ...created, row };
  }

  async function addOwnerOfB() {
    await db.user.create({ data: { id: ownerB.userId, name: ownerB.name, email: ownerB.email, emailVerified: true } });
    await db.member.create({ data: { id: `member-${ownerB.userId}`, organizationId: ORG_B, userId: ownerB.userId, role: "owner" } });
  }

  test(`the tests really run on the ${kind} database`, async () => {
    const connected = await describeConnectedDatabase(db);
    expect(connected.version).toMatch(/PostgreSQL/);
  });

  describe("setGridServices", () => {
    test.each(managers)("%s switches Grid Services on and off for A; B's setting stays as it was", async (who) => {
      session.current = sessionOf(who);
      expect(await gridServicesOf(ORG_A)).toBe(false);
      expect(await gridServicesOf(ORG_B)).toBe(false);

      expect(await setGridServices(true)).toEqual({ ok: true, message: "Grid Services is on: enrolled batteries accept grid commands.", fieldErrors: {} });
      expect(await gridServicesOf(ORG_A)).toBe(true);
      expect(await gridServicesOf(ORG_B)).toBe(false);
      expect(revalidatePath).toHaveBeenCalledWith("/organization");

      // B on, A off: switching A off leaves B on.
      await db.organization.update({ where: { id: ORG_B }, data: { gridServicesEnabled: true } });
      expect(await setGridServices(false)).toEqual({ ok: true, message: "Grid Services is off: grid commands are refused.", fieldErrors: {} });
      expect(await gridServicesOf(ORG_A)).toBe(false);
      expect(await gridServicesOf(ORG_B)).toBe(true);

      // Switching to the current state is harmless.
      expect((await setGridServices(false)).ok).toBe(true);
      expect(await gridServicesOf(ORG_A)).toBe(false);
    });

    test.each(refusedRoles)("%s is refused with the not-allowed message, whether switching on or off; nothing changes", async (who) => {
      session.current = sessionOf(who);
      const before = await snapshot();
      expect(await setGridServices(true)).toEqual({ ok: false, message: notAllowed(who), fieldErrors: {} });
      expect(await snapshot()).toEqual(before);

      await db.organization.update({ where: { id: ORG_A }, data: { gridServicesEnabled: true } });
      const whileOn = await snapshot();
      expect(await setGridServices(false)).toEqual({ ok: false, message: notAllowed(who), fieldErrors: {} });
      expect(await snapshot()).toEqual(whileOn);
      expect(await gridServicesOf(ORG_A)).toBe(true);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("a signed-out visitor is refused; nothing changes", async () => {
      session.current = null;
      const before = await snapshot();
      expect(await setGridServices(true)).toEqual({ ok: false, message: signedOutMessage, fieldErrors: {} });
      expect(await snapshot()).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("a value that is not a boolean is refused, even from the owner; nothing changes", async () => {
      session.current = sessionOf("ownerA");
      const before = await snapshot();
      for (const value of ["true", "on", 1, null, undefined, [true], { enabled: true }]) {
        const answer = await (setGridServices as (value: unknown) => Promise<ActionState>)(value);
        expect(answer, JSON.stringify(value)).toEqual({ ok: false, message: "That switch sent an invalid value. Reload the page and try again.", fieldErrors: {} });
      }
      expect(await snapshot()).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });
  });

  describe("createApiKey", () => {
    test.each(managers)("%s gets a key once; only its prefix and the hash of its secret are stored; it authenticates as A", async (who) => {
      session.current = sessionOf(who);
      const answer = await createApiKey(noState, form({ name: "  Monitoring integration  " }));
      expect(answer).toEqual({ ok: true, message: "Key created. Copy it now: it is not shown again.", fieldErrors: {}, key: expect.any(String) });
      const { key, prefix, secret } = keyOf(answer);
      expect(answer.message).not.toContain(secret);
      expect(revalidatePath).toHaveBeenCalledWith("/organization");

      const rows = await db.apiKey.findMany();
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toMatchObject({ organizationId: ORG_A, name: "Monitoring integration", prefix, createdByName: people[who].name, lastUsedAt: null, revokedAt: null });
      expect(row.secretHash).toBe(createHash("sha256").update(secret).digest("hex"));

      // The secret (and so the key) is nowhere in the database; the scan does see the key's row.
      const stored = await everythingStored();
      expect(stored).toContain(row.secretHash);
      expect(stored).toContain(prefix);
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(key);

      const now = new Date("2026-11-24T09:00:00.000Z");
      expect(await authenticateApiKey(`Bearer ${key}`, now)).toEqual({ organizationId: ORG_A, keyId: row.id });
      expect((await db.apiKey.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toEqual(now);
      // The same prefix with another secret is not the key.
      const otherSecret = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
      expect(await authenticateApiKey(`Bearer gfk_${prefix}_${otherSecret}`)).toBeNull();

      // A second key is a new one: the first is never answered again.
      const second = keyOf(await createApiKey(noState, form({ name: "Second" })));
      expect(second.prefix).not.toBe(prefix);
      expect(second.secret).not.toBe(secret);
      expect(await db.apiKey.count({ where: { organizationId: ORG_A } })).toBe(2);
      expect((await authenticateApiKey(`Bearer ${second.key}`))?.organizationId).toBe(ORG_A);
    });

    test("a name of 80 characters is accepted", async () => {
      session.current = sessionOf("ownerA");
      keyOf(await createApiKey(noState, form({ name: "k".repeat(80) })));
      expect((await db.apiKey.findFirstOrThrow()).name).toBe("k".repeat(80));
    });

    test.each([
      ["an empty name", { name: "" }, "Enter a name for the key."],
      ["a name of whitespace", { name: " \t\n " }, "Enter a name for the key."],
      ["no name at all", {}, "Enter a name for the key."],
      ["a name of 81 characters", { name: "k".repeat(81) }, "A name for the key must be at most 80 characters."],
      ["a name with U+0000", { name: "Mon\u0000itoring" }, "A name for the key contains an invisible null character; retype it."],
    ] as const)("%s is refused with a field error; no key is created or shown", async (_label, values, fieldError) => {
      session.current = sessionOf("ownerA");
      const before = await snapshot();
      const answer = await createApiKey(noState, form(values));
      expect(answer).toEqual({ ok: false, message: "No key was created: check its name.", fieldErrors: { name: fieldError } });
      expect(answer).not.toHaveProperty("key");
      expect(await snapshot()).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test.each(refusedRoles)("%s is refused with the not-allowed message; no key is created or shown", async (who) => {
      session.current = sessionOf(who);
      const before = await snapshot();
      const answer = await createApiKey(noState, form({ name: "Monitoring integration" }));
      expect(answer).toEqual({ ok: false, message: notAllowed(who), fieldErrors: {} });
      expect(await snapshot()).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("a signed-out visitor is refused; no key is created", async () => {
      session.current = null;
      const before = await snapshot();
      expect(await createApiKey(noState, form({ name: "Monitoring integration" }))).toEqual({ ok: false, message: signedOutMessage, fieldErrors: {} });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("revokeApiKey", () => {
    test.each(managers)("%s revokes a key of A: it authenticates no more; revoking it again answers that it is already revoked", async (who) => {
      const created = await createKeyOfA();
      const other = await createKeyOfA("Other integration");
      expect((await authenticateApiKey(`Bearer ${created.key}`))?.keyId).toBe(created.row.id);

      session.current = sessionOf(who);
      expect(await revokeApiKey(created.row.id, noState, form({}))).toEqual({ ok: true, message: "Key revoked.", fieldErrors: {} });
      expect(revalidatePath).toHaveBeenCalledWith("/organization");
      const revoked = await db.apiKey.findUniqueOrThrow({ where: { id: created.row.id } });
      expect(revoked.revokedAt).toBeInstanceOf(Date);
      expect(await authenticateApiKey(`Bearer ${created.key}`)).toBeNull();
      // The other key of A is untouched and still works.
      expect((await db.apiKey.findUniqueOrThrow({ where: { id: other.row.id } })).revokedAt).toBeNull();
      expect((await authenticateApiKey(`Bearer ${other.key}`))?.keyId).toBe(other.row.id);

      vi.mocked(revalidatePath).mockClear();
      const before = await snapshot();
      expect(await revokeApiKey(created.row.id, noState, form({}))).toEqual({ ok: false, message: alreadyRevoked, fieldErrors: {} });
      expect(await snapshot()).toEqual(before);
      expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.row.id } })).revokedAt).toEqual(revoked.revokedAt);
      expect(revalidatePath).not.toHaveBeenCalled();
      expect(await authenticateApiKey(`Bearer ${created.key}`)).toBeNull();
    });

    test("B's owner cannot revoke A's key, and A's key still works", async () => {
      const created = await createKeyOfA();
      await addOwnerOfB();
      // The positive control: B's owner may manage B's own keys.
      session.current = ownerBSession;
      const keyOfB = keyOf(await createApiKey(noState, form({ name: "B's integration" })));
      expect((await authenticateApiKey(`Bearer ${keyOfB.key}`))?.organizationId).toBe(ORG_B);

      const before = await snapshot();
      const answer = await revokeApiKey(created.row.id, noState, form({}));
      expect(answer).toEqual({ ok: false, message: alreadyRevoked, fieldErrors: {} });
      expect(JSON.stringify(answer)).not.toContain("Monitoring integration");
      expect(await snapshot()).toEqual(before);
      expect(await authenticateApiKey(`Bearer ${created.key}`)).toEqual({ organizationId: ORG_A, keyId: created.row.id });
    });

    test("random and disguised ids are refused; no key is revoked", async () => {
      const created = await createKeyOfA();
      session.current = sessionOf("ownerA");
      const before = await snapshot();
      const id = created.row.id;
      const unknown = ["", "   ", "x".repeat(65), "../etc/passwd", `${id}' OR '1'='1`, `${id}\u0000`, null, undefined, 42, {}, [id], { id }];
      for (const keyId of unknown) {
        const answer = await revokeApiKey(keyId as string, noState, form({}));
        expect(answer, JSON.stringify(keyId)).toEqual({ ok: false, message: "That key does not exist.", fieldErrors: {} });
      }
      // Well-formed ids of no key of A (the prefix is not the id either).
      for (const keyId of ["nope", "cl0000000000000000000000", `${id}x`, id.slice(0, -1), id.toUpperCase(), created.prefix]) {
        expect(await revokeApiKey(keyId, noState, form({})), keyId).toEqual({ ok: false, message: alreadyRevoked, fieldErrors: {} });
      }
      expect(await snapshot()).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
      expect((await authenticateApiKey(`Bearer ${created.key}`))?.keyId).toBe(id);
    });

    test.each(refusedRoles)("%s is refused with the not-allowed message; the key still works", async (who) => {
      const created = await createKeyOfA();
      session.current = sessionOf(who);
      const before = await snapshot();
      expect(await revokeApiKey(created.row.id, noState, form({}))).toEqual({ ok: false, message: notAllowed(who), fieldErrors: {} });
      expect(await snapshot()).toEqual(before);
      expect((await authenticateApiKey(`Bearer ${created.key}`))?.keyId).toBe(created.row.id);
    });

    test("a signed-out visitor is refused; the key still works", async () => {
      const created = await createKeyOfA();
      session.current = null;
      const before = await snapshot();
      expect(await revokeApiKey(created.row.id, noState, form({}))).toEqual({ ok: false, message: signedOutMessage, fieldErrors: {} });
      expect(await snapshot()).toEqual(before);
      expect((await authenticateApiKey(`Bearer ${created.key}`))?.keyId).toBe(created.row.id);
    });
  });
});
