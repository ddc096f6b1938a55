/**
 * Security issue #14, the limits around the REST API, replayed as an attacker would, against a real database (the
 * embedded PGlite always, PostgreSQL too under scripts/with-postgres.sh):
 *   - API keys: an organization creates at most API_KEY_CREATION.max an hour; the next is refused in plain words;
 *   - PDFs: at most PDF_PER_ORGANIZATION.max per organization in 10 minutes (429 + Retry-After), and odd input
 *     (paper, ids) is a 404 or Letter, never a 500;
 *   - acceptance through a customer link: the recorded address is the connection's peer, not a forged
 *     X-Forwarded-For (believed only with TRUST_PROXY=1), and attempts are limited per address and per link.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { ACCEPTANCE_PER_CLIENT, ACCEPTANCE_PER_LINK, API_KEY_CREATION, PDF_PER_ORGANIZATION } from "@/lib/server/api/rate-limits";
import { describeRetryAfter } from "@/lib/server/auth/rate-limit";
import { createApiKey } from "@/lib/actions/operations/api-keys";
import { acceptProposal } from "@/lib/actions/versions/accept-proposal";
import { GET as getPdf } from "@/app/projects/[projectId]/versions/[versionId]/pdf/route";
import { renderPdf } from "@/lib/server/pdf/render";
import { getOption } from "@/lib/server/data/options";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { buildSnapshot } from "@/lib/proposal/snapshot";
import { createShareToken, hashShareToken } from "@/lib/proposal/share-tokens";
import { PEER_HEADER } from "@/lib/server/security/client-address";
import { useTestDatabase } from "../support/test-database";
import { form, insertOption, insertProject, noState, ORG_A, ORG_B, sessionOf, testBackends } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));
/** The request the actions read; set per test. */
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current, cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));
// No Chromium in tests: the route's own decisions are under test, not the printing.
vi.mock("@/lib/server/pdf/render", async (importOriginal) => ({ ...(await importOriginal<object>()), renderPdf: vi.fn(async () => Buffer.from("%PDF-1.7 test")) }));

const goneLink = "This link has expired or was revoked. Ask your installer for a new one.";
const acceptForm = { name: "Dana Whitfield", confirm: "yes", typedOnly: "yes" };

describe.each(testBackends)("the limits around the API on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);
  beforeEach(() => {
    requestHeaders.current = new Headers();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** A finalized version of A's project (rows written directly, as finalizeProposal would) and a link to it. */
  async function sharedVersion() {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    const stored = (await getOption(ORG_A, project.id, option.id))!;
    const version = await db.proposalVersion.create({
      data: { organizationId: ORG_A, projectId: project.id, optionId: option.id, optionName: stored.name, number: 1, snapshot: buildSnapshot(stored, evaluateStoredOption(stored)) as object, finalizedByName: "Arranged" },
    });
    const token = createShareToken();
    const link = await db.shareLink.create({ data: { versionId: version.id, tokenHash: hashShareToken(token), createdByName: "Arranged" } });
    return { project, version, token, link };
  }

  describe("API key creation", () => {
    test(`an organization's key number ${API_KEY_CREATION.max + 1} within the hour is refused in plain words; no key is created or shown`, async () => {
      session.current = sessionOf("ownerA");
      // Forms with errors do not count.
      for (let attempt = 0; attempt < 3; attempt++) expect((await createApiKey(noState, form({ name: "" }))).ok).toBe(false);
      for (let created = 1; created <= API_KEY_CREATION.max; created++) {
        expect((await createApiKey(noState, form({ name: `Integration ${created}` }))).ok, `key ${created}`).toBe(true);
      }
      // The owner and the admin share the organization's allowance.
      for (const who of ["ownerA", "adminA"] as const) {
        session.current = sessionOf(who);
        const answer = await createApiKey(noState, form({ name: "One too many" }));
        expect(answer).toEqual({ ok: false, message: `No key was created: an organization can create at most ${API_KEY_CREATION.max} keys an hour. Wait ${describeRetryAfter(API_KEY_CREATION.windowSeconds)} and try again.`, fieldErrors: {} });
        expect(answer).not.toHaveProperty("key");
      }
      expect(await db.apiKey.count()).toBe(API_KEY_CREATION.max);
      // Another organization is counted apart.
      await db.member.update({ where: { id: "member-user-designer-b" }, data: { role: "owner" } });
      session.current = sessionOf("designerB");
      expect((await createApiKey(noState, form({ name: "B's integration" }))).ok).toBe(true);
      expect(await db.apiKey.count({ where: { organizationId: ORG_B } })).toBe(1);
    });
  });

  describe("PDF rendering", () => {
    function download(projectId: string, versionId: string, query = "") {
      return getPdf(new Request(`http://localhost/projects/${encodeURIComponent(projectId)}/versions/${encodeURIComponent(versionId)}/pdf${query}`), { params: Promise.resolve({ projectId, versionId }) });
    }

    test(`PDF number ${PDF_PER_ORGANIZATION.max + 1} of an organization within 10 minutes gets 429 with Retry-After and a plain message; nothing is printed`, async () => {
      const { project, version } = await sharedVersion();
      session.current = sessionOf("designerA");
      for (let pdf = 1; pdf <= PDF_PER_ORGANIZATION.max; pdf++) {
        const response = await download(project.id, version.id, pdf % 2 ? "?paper=a4" : "");
        expect(response.status, `PDF ${pdf}`).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/pdf");
      }
      // Another member of the organization shares its allowance.
      session.current = sessionOf("viewerA");
      const refused = await download(project.id, version.id);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(600);
      expect(await refused.text()).toBe(`Too many PDFs for this organization: at most ${PDF_PER_ORGANIZATION.max} every 10 minutes. Wait ${describeRetryAfter(retryAfter)} and try again.`);
      expect(renderPdf).toHaveBeenCalledTimes(PDF_PER_ORGANIZATION.max);
    });

    test("odd input is a 404 or a Letter PDF, never a 500, and a refused download does not count", async () => {
      const { project, version } = await sharedVersion();
      const projectB = await insertProject(db, { organizationId: ORG_B });
      session.current = sessionOf("designerA");
      const consoleError = vi.spyOn(console, "error");
      for (const [projectId, versionId] of [[`${project.id}\u0000`, version.id], [project.id, "\u0000"], [project.id, "x".repeat(65)], [projectB.id, version.id], ["..", version.id], [project.id, `${version.id}/../..`]] as const) {
        expect((await download(projectId, versionId)).status, JSON.stringify([projectId, versionId])).toBe(404);
      }
      for (const query of ["?paper=%00", "?paper=A4", "?paper=a4&paper=legal" /* the first wins */, `?paper=${"x".repeat(10_000)}`, "?paper", "?%E0%A4%A=1"]) {
        expect((await download(project.id, version.id, query)).status, query.slice(0, 30)).toBe(200);
      }
      expect(vi.mocked(renderPdf).mock.calls.map(([request]) => request.paper)).toEqual(["letter", "letter", "a4", "letter", "letter", "letter"]);
      expect(consoleError).not.toHaveBeenCalled();
      consoleError.mockRestore();
      // Only the six printed PDFs counted.
      expect((await db.rateLimitCounter.findMany()).map((row) => [row.key, row.count])).toEqual([[`pdf:organization:${ORG_A}`, 6]]);
      session.current = null;
      expect((await download(project.id, version.id)).status).toBe(401);
    });
  });

  describe("acceptance through a customer link", () => {
    const peer = "198.51.100.20";

    test("a forged X-Forwarded-For is not recorded: the connection's peer is (the forwarded address only behind a trusted proxy)", async () => {
      vi.stubEnv("GRIDFOLIO_PEER_HEADER", "1");
      const cases: [Record<string, string>, Record<string, string>, string][] = [
        [{}, { [PEER_HEADER]: peer, "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67" }, peer],
        [{ GRIDFOLIO_PEER_HEADER: "" }, { "x-forwarded-for": "203.0.113.66" }, "not reported"],
        [{ TRUST_PROXY: "1" }, { [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "10.0.0.1, 203.0.113.66" }, "203.0.113.66"],
      ];
      for (const [env, headers, recorded] of cases) {
        for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
        const { version, token } = await sharedVersion();
        requestHeaders.current = new Headers(headers);
        expect((await acceptProposal(token, noState, form(acceptForm))).ok).toBe(true);
        expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: version.id } })).acceptedAddress, JSON.stringify(headers)).toBe(recorded);
      }
    });

    test(`one address gets ${ACCEPTANCE_PER_CLIENT.max} attempts in 10 minutes, counted before the link is looked up; then even the right link is refused`, async () => {
      vi.stubEnv("GRIDFOLIO_PEER_HEADER", "1");
      const { version, token } = await sharedVersion();
      for (let guess = 1; guess <= ACCEPTANCE_PER_CLIENT.max; guess++) {
        requestHeaders.current = new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": `203.0.113.${guess}` });
        expect((await acceptProposal(createShareToken(), noState, form(acceptForm))).message, `guess ${guess}`).toBe(goneLink);
      }
      expect(await acceptProposal(token, noState, form(acceptForm))).toEqual({ ok: false, message: `Too many attempts to accept. Wait ${describeRetryAfter(ACCEPTANCE_PER_CLIENT.windowSeconds)} and try again.`, fieldErrors: {} });
      expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: version.id } })).acceptedAt).toBeNull();
      expect(await db.auditEvent.count({ where: { action: "version.accepted" } })).toBe(0);
      // The customer, from another address, is not locked out.
      requestHeaders.current = new Headers({ [PEER_HEADER]: "198.51.100.21" });
      expect((await acceptProposal(token, noState, form(acceptForm))).ok).toBe(true);
    });

    test(`a link takes ${ACCEPTANCE_PER_LINK.max} attempts that reach the write in 10 minutes; refused forms and locked versions count nothing`, async () => {
      const { version, token, link } = await sharedVersion();
      // Attempts that reach the write and fail (as a full disk would fail them): a retry storm on one link.
      await db.$executeRawUnsafe(`CREATE FUNCTION refuse_acceptance_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END; $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`CREATE TRIGGER refuse_acceptance_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.action = 'version.accepted') EXECUTE FUNCTION refuse_acceptance_audit()`);
      const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        for (let attempt = 1; attempt <= ACCEPTANCE_PER_LINK.max; attempt++) {
          expect((await acceptProposal(token, noState, form(acceptForm))).message, `attempt ${attempt}`).toMatch(/^Nothing was saved/);
        }
      } finally {
        consoleError.mockRestore();
        await db.$executeRawUnsafe(`DROP TRIGGER refuse_acceptance_audit ON "AuditEvent"`);
        await db.$executeRawUnsafe(`DROP FUNCTION refuse_acceptance_audit()`);
      }
      expect(await acceptProposal(token, noState, form(acceptForm))).toEqual({ ok: false, message: `Too many attempts to accept. Wait ${describeRetryAfter(ACCEPTANCE_PER_LINK.windowSeconds)} and try again.`, fieldErrors: {} });
      expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: version.id } })).acceptedAt).toBeNull();

      // Once accepted (the window over), further attempts and refused forms write no count.
      await db.rateLimitCounter.deleteMany();
      expect((await acceptProposal(token, noState, form(acceptForm))).ok).toBe(true);
      const counters = await db.rateLimitCounter.findMany();
      expect(counters.map((row) => [row.key, row.count])).toEqual([[`acceptance:link:${link.id}`, 1]]);
      for (const values of [acceptForm, { name: "" }, { name: "Mallory", confirm: "yes", typedOnly: "yes" }]) {
        expect((await acceptProposal(token, noState, form(values))).ok).toBe(false);
      }
      expect(await db.rateLimitCounter.findMany()).toEqual(counters);
    });
  });
});
