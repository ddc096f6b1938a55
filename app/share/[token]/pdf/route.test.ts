/**
 * The customer's signed PDF route against a real database (the embedded PGlite always, PostgreSQL too under
 * scripts/with-postgres.sh): only a link's own accepted version is printed, from the link's page and with no cookies;
 * anything else is a 404 or a 409, never a 500; downloads are limited per client address (before the link is looked
 * up) and per link, and never spend the organization's PDF allowance.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { SIGNED_PDF_PER_CLIENT, SIGNED_PDF_PER_LINK } from "@/lib/server/api/rate-limits";
import { renderPdf } from "@/lib/server/pdf/render";
import { getOption } from "@/lib/server/data/options";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { buildSnapshot } from "@/lib/proposal/snapshot";
import { createShareToken, hashShareToken } from "@/lib/proposal/share-tokens";
import { PEER_HEADER } from "@/lib/server/security/client-address";
import { useTestDatabase } from "@/tests/support/test-database";
import { insertOption, insertProject, ORG_A, testBackends } from "@/tests/support/actions";
import { GET } from "./route";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("@/tests/support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
// The organizations and their people are written with the session slot (none signs in: the route is public).
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
// No Chromium in tests: the route's own decisions are under test, not the printing.
vi.mock("@/lib/server/pdf/render", async (importOriginal) => ({ ...(await importOriginal<object>()), renderPdf: vi.fn(async () => Buffer.from("%PDF-1.7 test")) }));

function download(token: string, query = "") {
  return GET(new Request(`http://localhost/share/${encodeURIComponent(token)}/pdf${query}`), { params: Promise.resolve({ token }) });
}

describe.each(testBackends)("the customer's signed PDF on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);
  beforeEach(() => {
    requestHeaders.current = new Headers();
    session.current = null;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** A finalized version of A's project and a link to it, accepted or not. */
  async function sharedVersion({ accepted }: { accepted: boolean }) {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    const stored = (await getOption(ORG_A, project.id, option.id))!;
    const version = await db.proposalVersion.create({
      data: {
        organizationId: ORG_A,
        projectId: project.id,
        optionId: option.id,
        optionName: stored.name,
        number: 2,
        snapshot: buildSnapshot(stored, evaluateStoredOption(stored)) as object,
        finalizedByName: "Arranged",
        ...(accepted ? { acceptedAt: new Date(), acceptedName: "Dana Whitfield", acceptedTimeZone: "America/Chicago" } : {}),
      },
    });
    const token = createShareToken();
    const link = await db.shareLink.create({ data: { versionId: version.id, tokenHash: hashShareToken(token), createdByName: "Arranged" } });
    return { version, token, link, customerName: stored.project.customerName };
  }

  test("an accepted version prints from its link's page, with no cookies, as the customer's signed copy", async () => {
    const { token, customerName } = await sharedVersion({ accepted: true });
    const response = await download(token, "?paper=a4");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${customerName.replace(/[^\w .-]+/g, "")} - signed proposal v2.pdf"`);
    expect(vi.mocked(renderPdf).mock.calls).toEqual([[{ url: `http://localhost/share/${token}`, cookies: [], paper: "a4" }]]);
    // The organization's own PDFs are not spent by its customers.
    expect((await db.rateLimitCounter.findMany()).map((row) => row.key)).not.toContain(`pdf:organization:${ORG_A}`);
  });

  test.each([
    { label: "a link not accepted yet is a 409: nothing signed to print", status: 409, arrange: async () => (await sharedVersion({ accepted: false })).token },
    {
      label: "a revoked link is a 404",
      status: 404,
      arrange: async () => {
        const { token, link } = await sharedVersion({ accepted: true });
        await db.shareLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
        return token;
      },
    },
    { label: "a well-formed token nobody was given is a 404", status: 404, arrange: async () => createShareToken() },
    // Malformed tokens are refused before any query, and never reach the printer.
    { label: "a short token is a 404", status: 404, arrange: async () => "not-a-token" },
    { label: "a long token is a 404", status: 404, arrange: async () => "x".repeat(10_000) },
    { label: "a NUL byte is a 404", status: 404, arrange: async () => "\u0000" },
    { label: "a path is a 404", status: 404, arrange: async () => "../../api/health" },
  ])("$label, never a 500", async ({ status, arrange }) => {
    const token = await arrange();
    const consoleError = vi.spyOn(console, "error");
    expect((await download(token)).status).toBe(status);
    expect(renderPdf).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  test(`a link gets ${SIGNED_PDF_PER_LINK.max} PDFs in 10 minutes, then 429 with Retry-After`, async () => {
    const { token } = await sharedVersion({ accepted: true });
    for (let pdf = 1; pdf <= SIGNED_PDF_PER_LINK.max; pdf++) expect((await download(token)).status, `PDF ${pdf}`).toBe(200);
    const refused = await download(token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(renderPdf).toHaveBeenCalledTimes(SIGNED_PDF_PER_LINK.max);
  });

  test(`one address gets ${SIGNED_PDF_PER_CLIENT.max} tries, counted before the link is looked up; then even the right link is refused`, async () => {
    vi.stubEnv("GRIDFOLIO_PEER_HEADER", "1");
    requestHeaders.current = new Headers({ [PEER_HEADER]: "198.51.100.30" });
    const { token } = await sharedVersion({ accepted: true });
    for (let guess = 1; guess <= SIGNED_PDF_PER_CLIENT.max; guess++) expect((await download(createShareToken())).status, `guess ${guess}`).toBe(404);
    expect((await download(token)).status).toBe(429);
    expect(renderPdf).not.toHaveBeenCalled();
    // Another address is counted apart.
    requestHeaders.current = new Headers({ [PEER_HEADER]: "198.51.100.31" });
    expect((await download(token)).status).toBe(200);
  });
});
