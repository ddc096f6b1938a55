/**
 * Frozen proposal versions against a real database (the embedded PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL is set): finalizing numbers versions per option and stores inputs, rate versions and results;
 * later changes to the option never alter a finalized version; customer share links (256-bit tokens stored only as
 * SHA-256 hashes, revocable, optional expiry); and the customer's acceptance through a link.
 * That rendering a version never calls the engine is proven in lib/versions/snapshot.test.ts (the engine mocked).
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import type { TestDb } from "@/tests/support/test-db";
import { signedOutMessage } from "@/lib/server/auth/access";
import { useTestDatabase } from "../support/test-database";
import { finalizeProposal } from "@/lib/actions/versions/finalize-proposal";
import { createShareLink, revokeShareLink } from "@/lib/actions/versions/share-links";
import { acceptProposal } from "@/lib/actions/versions/accept-proposal";
import { updateOption } from "@/lib/actions/options/update-option";
import { deleteOption } from "@/lib/actions/options/delete-option";
import { updateProject } from "@/lib/actions/projects/update-project";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { saveProgramInputs } from "@/lib/actions/incentives/save-program-inputs";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { findProjectVersions, findSharedVersion, getVersion, markVersionViewed, shareLinkState } from "@/lib/server/data/versions";
import { proposalFingerprint } from "@/lib/proposal/fingerprint";
import { readSnapshot } from "@/lib/proposal/snapshot";
import { getOption } from "@/lib/server/data/options";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { buildPricingTable } from "@/lib/proposal/pricing";
import { buildSavingsTable } from "@/lib/proposal/savings-table";
import { buildAssumptions } from "@/lib/proposal/assumptions";
import { cashFlowSeries } from "@/lib/proposal/chart-data";
import type { VersionSnapshot } from "@/lib/proposal/snapshot";
import {
  describeConnectedDatabase,
  expectRedirect,
  form,
  insertOption,
  insertProject,
  noState,
  ORG_A,
  people,
  RedirectSignal,
  sessionOf,
  snapshotTables,
  testBackends,
  validOptionForm,
  validProjectForm,
  type PersonKey,
} from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));
/** The request acceptProposal reads (x-forwarded-for, x-real-ip); set per test. */
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current, cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));

const TOKEN_IN_URL = /\/share\/([A-Za-z0-9_-]{43})$/;
const goneLink = "This link has expired or was revoked. Ask your installer for a new one.";
const acceptForm = { name: "Dana Whitfield", confirm: "yes", typedOnly: "yes" };

/** Every row the versions feature writes or reads, with the app tables: equal before and after means nothing changed. */
async function snapshotAll(db: PrismaClient) {
  const [app, versions, links] = await Promise.all([
    snapshotTables(db),
    db.proposalVersion.findMany({ orderBy: { id: "asc" } }),
    db.shareLink.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { ...app, versions, links };
}

/** The figures a version's document shows, derived from its snapshot as components/proposal/proposal-document does. */
function figuresOf(snapshot: VersionSnapshot) {
  const { option, evaluation } = snapshot;
  return {
    netCostCents: evaluation.financials.withGridServices.netCostCents,
    pricing: buildPricingTable({ solarCents: option.solarCostCents, batteryCents: option.batteryCostCents, otherCents: option.otherCostCents }, evaluation),
    savings: buildSavingsTable(evaluation.financials.withGridServices),
    cashFlow: cashFlowSeries(evaluation.financials.withGridServices, evaluation.financials.withoutGridServices),
    assumptions: buildAssumptions(option, evaluation),
  };
}

describe.each(testBackends)("proposal versions on the %s database", (kind) => {
  let testDb: TestDb;
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => {
    testDb = opened;
    db = opened.db;
  }, session);

  /** Finalizes as whoever is signed in; returns the new version's id (from the redirect to its page). */
  async function finalize(projectId: string, optionId: string): Promise<string> {
    const url = await expectRedirect(finalizeProposal(projectId, optionId, noState, form({})));
    const match = new RegExp(`^/projects/${projectId}/versions/([A-Za-z0-9_-]+)$`).exec(url);
    expect(match, `finalize redirected to ${url}`).not.toBeNull();
    return match![1]!;
  }

  /** Creates a link; returns its token and row. */
  async function share(projectId: string, versionId: string, expiresInDays = "") {
    const result = await createShareLink(projectId, versionId, noState, form({ expiresInDays }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const token = TOKEN_IN_URL.exec(result.url ?? "")?.[1];
    expect(token, `no token in ${result.url}`).toBeDefined();
    const link = await db.shareLink.findUniqueOrThrow({ where: { tokenHash: createHash("sha256").update(token!).digest("hex") } });
    return { token: token!, link, url: result.url! };
  }

  /** A CT project of A with an option that has CT-ESS on (through the action, as an installer would). */
  async function arrange() {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    expect((await setProgramEnabled(project.id, option.id, "ct-ess", true)).ok).toBe(true);
    expect((await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "5" }))).ok).toBe(true);
    vi.mocked(revalidatePath).mockClear();
    return { project, option };
  }

  test(`the actions really run on the ${kind} database`, async () => {
    expect(testDb.kind).toBe(kind);
    const connected = await describeConnectedDatabase(db);
    if (kind === "postgresql") expect(testDb.url).toContain(`/${connected.database}`);
  });

  describe("finalizeProposal", () => {
    test("numbers versions 1, 2, 3 per option, stores who finalized, audits each, and opens the version's page", async () => {
      const { project, option } = await arrange();
      const other = await insertOption(db, project.id, { name: "Solar only", batteryCount: 0, batteryCapacityKwh: 0, batteryPowerKw: 0, batteryModel: null, batteryCostCents: 0 });
      await db.auditEvent.deleteMany();

      const first = await finalize(project.id, option.id);
      const otherFirst = await finalize(project.id, other.id);
      session.current = sessionOf("ownerA");
      const second = await finalize(project.id, option.id);
      const third = await finalize(project.id, option.id);

      const rows = await db.proposalVersion.findMany({ orderBy: [{ optionId: "asc" }, { number: "asc" }] });
      const numbers = Object.fromEntries([first, second, third, otherFirst].map((id) => [id, rows.find((row) => row.id === id)?.number]));
      expect(numbers).toEqual({ [first]: 1, [second]: 2, [third]: 3, [otherFirst]: 1 });
      expect(rows.find((row) => row.id === first)).toMatchObject({
        organizationId: ORG_A,
        projectId: project.id,
        optionId: option.id,
        optionName: "Solar + battery",
        finalizedById: people.designerA.userId,
        finalizedByName: people.designerA.name,
        acceptedAt: null,
        acceptedName: null,
        acceptedAddress: null,
      });
      expect(rows.find((row) => row.id === third)).toMatchObject({ finalizedById: people.ownerA.userId, finalizedByName: people.ownerA.name });
      expect(revalidatePath).toHaveBeenCalledWith(`/projects/${project.id}`);

      const audit = await db.auditEvent.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      expect(audit.map((event) => ({ action: event.action, actorName: event.actorName, summary: event.summary, optionId: event.optionId }))).toEqual([
        { action: "version.finalized", actorName: people.designerA.name, summary: "Finalized version 1 of the proposal for “Solar + battery”.", optionId: option.id },
        { action: "version.finalized", actorName: people.designerA.name, summary: "Finalized version 1 of the proposal for “Solar only”.", optionId: other.id },
        { action: "version.finalized", actorName: people.ownerA.name, summary: "Finalized version 2 of the proposal for “Solar + battery”.", optionId: option.id },
        { action: "version.finalized", actorName: people.ownerA.name, summary: "Finalized version 3 of the proposal for “Solar + battery”.", optionId: option.id },
      ]);
      expect(audit.every((event) => event.organizationId === ORG_A && event.projectId === project.id)).toBe(true);

      // The project page lists them, newest first; another organization lists none.
      const listed = await findProjectVersions(ORG_A, project.id);
      // (The two versions 1 were finalized one after the other; within one millisecond their order is not defined.)
      expect(listed.map((version) => version.id).slice(0, 2)).toEqual([third, second]);
      expect(listed.map((version) => version.id).slice(2).sort()).toEqual([first, otherFirst].sort());
      expect(await findProjectVersions(people.designerB.organizationId, project.id)).toEqual([]);
    });

    test("the snapshot holds the inputs, the rate versions and the results the proposal showed", async () => {
      const { project, option } = await arrange();
      const versionId = await finalize(project.id, option.id);
      const version = await getVersion(ORG_A, project.id, versionId);
      const live = evaluateStoredOption((await getOption(ORG_A, project.id, option.id))!);
      expect(version!.organizationName).toBe("Alpha Solar");
      expect(version!.snapshot.option).toMatchObject({ name: "Solar + battery", solarCostCents: 2_400_000, batteryCostCents: 1_500_000, project: { customerName: "Dana Whitfield", state: "CT", utility: "Eversource" } });
      // With the moment it was switched on: which of two excluded programs counted stays readable.
      expect(version!.snapshot.option.programs).toEqual([{ programId: "ct-ess", enabled: true, inputs: { averageDeliveredKw: 5 }, enabledAt: expect.any(String) }]);
      const ctEss = version!.snapshot.evaluation.programs.find((program) => program.id === "ct-ess");
      expect(ctEss).toMatchObject({ isCounted: true, rateVersion: { id: expect.stringMatching(/^ct-ess\//) } });
      expect(ctEss!.upfrontCents).toBeGreaterThan(0);
      expect(figuresOf(version!.snapshot)).toEqual(figuresOf({ format: 1, option: version!.snapshot.option, evaluation: JSON.parse(JSON.stringify(live)) }));
      // Another organization, or the right id under another project, finds nothing.
      expect(await getVersion(people.designerB.organizationId, project.id, versionId)).toBeNull();
      const otherProject = await insertProject(db);
      expect(await getVersion(ORG_A, otherProject.id, versionId)).toBeNull();
    });

    test("concurrent finalizes of one option get distinct, consecutive numbers", async () => {
      const { project, option } = await arrange();
      const ids = await Promise.all(Array.from({ length: 6 }, () => finalize(project.id, option.id)));
      const rows = await db.proposalVersion.findMany({ where: { optionId: option.id } });
      expect(new Set(ids).size).toBe(6);
      expect(rows.map((row) => row.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(await db.auditEvent.count({ where: { action: "version.finalized" } })).toBe(6);
    });

    const refusals: [string, PersonKey | null, RegExp | string][] = [
      ["a signed-out visitor", null, signedOutMessage],
      ["A's viewer", "viewerA", /^Your role in Alpha Solar \(Viewer\) can read projects but not change them/],
      ["organization B's designer", "designerB", "This option no longer exists; it may have been deleted. Nothing was finalized."],
    ];
    test.each(refusals)("%s is refused and nothing is written", async (_label, who, message) => {
      const { project, option } = await arrange();
      const before = await snapshotAll(db);
      session.current = who ? sessionOf(who) : null;
      const result = await finalizeProposal(project.id, option.id, noState, form({}));
      expect(result.ok).toBe(false);
      if (typeof message === "string") expect(result.message).toBe(message);
      else expect(result.message).toMatch(message);
      expect(JSON.stringify(result)).not.toContain("Dana Whitfield");
      expect(await snapshotAll(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("ids that name nothing, or an option under another project, are refused and nothing is written", async () => {
      const { project, option } = await arrange();
      const otherProject = await insertProject(db, { customerName: "Other Customer" });
      const before = await snapshotAll(db);
      for (const [projectId, optionId] of [
        [project.id, "cl0000000000000000000000"],
        [otherProject.id, option.id],
        ["", option.id],
        [project.id, "../x"],
        [project.id, `${option.id}' OR '1'='1`],
      ]) {
        const result = await finalizeProposal(projectId!, optionId!, noState, form({}));
        expect(result.ok).toBe(false);
        expect(result.message).toMatch(/^This option (does not exist|no longer exists)/);
      }
      expect(await snapshotAll(db)).toEqual(before);
    });
  });

  describe("immutability", () => {
    test("changing the option, its programs, incentives and project leaves version 1 as it was; version 2 shows the change", async () => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const storedV1 = await db.proposalVersion.findUniqueOrThrow({ where: { id: v1 } });
      const readV1 = (await getVersion(ORG_A, project.id, v1))!;
      const figuresV1 = figuresOf(readV1.snapshot);
      expect(figuresV1.pricing.upfrontLines.map((line) => line.key)).toEqual(["ct-ess"]);

      // Everything an installer can change afterwards.
      const saved = await updateOption(project.id, option.id, noState, form({ ...validOptionForm, name: "Bigger battery", solarCostCents: "$30,000", batteryCostCents: "$21,000", batteryCount: "2", version: option.version }));
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
      expect((await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "9", customerTier: "low-income" }))).ok).toBe(true);
      expect((await saveCustomIncentive(project.id, option.id, null, noState, form({ name: "Town rebate", kind: "upfront", basis: "fixed", amountCents: "750" }))).ok).toBe(true);
      await expectRedirect(updateProject(project.id, noState, form({ ...validProjectForm, customerName: "Dana Whitfield-Jones", street: "1 New Road" })));

      // Version 1: the stored row and everything derived from it are unchanged.
      expect(await db.proposalVersion.findUniqueOrThrow({ where: { id: v1 } })).toEqual(storedV1);
      const reread = (await getVersion(ORG_A, project.id, v1))!;
      expect(reread.snapshot).toEqual(readV1.snapshot);
      expect(figuresOf(reread.snapshot)).toEqual(figuresV1);
      expect(reread.snapshot.evaluation.financials.withGridServices.netCostCents).toBe(figuresV1.netCostCents);
      expect(reread.snapshot.option).toMatchObject({ name: "Solar + battery", solarCostCents: 2_400_000, batteryCostCents: 1_500_000, batteryCount: 1, project: { customerName: "Dana Whitfield", street: "12 Elm Street" } });

      // Revise: version 2 reflects every change, and equals the live proposal now.
      const v2 = await finalize(project.id, option.id);
      const readV2 = (await getVersion(ORG_A, project.id, v2))!;
      expect(readV2.number).toBe(2);
      expect(readV2.optionName).toBe("Bigger battery");
      expect(readV2.snapshot.option).toMatchObject({ name: "Bigger battery", solarCostCents: 3_000_000, batteryCostCents: 2_100_000, batteryCount: 2, project: { customerName: "Dana Whitfield-Jones", street: "1 New Road" } });
      expect(readV2.snapshot.option.customIncentives).toEqual([expect.objectContaining({ name: "Town rebate", amountCents: 75_000 })]);
      const figuresV2 = figuresOf(readV2.snapshot);
      expect(figuresV2.pricing.upfrontLines.map((line) => line.key)).toEqual(["ct-ess", expect.any(String)]);
      expect(figuresV2.netCostCents).not.toBe(figuresV1.netCostCents);
      const live = evaluateStoredOption((await getOption(ORG_A, project.id, option.id))!);
      expect(figuresV2.netCostCents).toBe(live.financials.withGridServices.netCostCents);

      // Switching the program off changes the live proposal and version 3, never 1 or 2.
      expect((await setProgramEnabled(project.id, option.id, "ct-ess", false)).ok).toBe(true);
      const v3 = await finalize(project.id, option.id);
      const readV3 = (await getVersion(ORG_A, project.id, v3))!;
      expect(figuresOf(readV3.snapshot).pricing.upfrontLines.map((line) => line.key)).not.toContain("ct-ess");
      expect(figuresOf((await getVersion(ORG_A, project.id, v1))!.snapshot)).toEqual(figuresV1);
      expect(figuresOf((await getVersion(ORG_A, project.id, v2))!.snapshot)).toEqual(figuresV2);
    });

    test("a version outlives its option: deleting the option keeps the version and its customer link", async () => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const { token } = await share(project.id, v1);
      const before = (await getVersion(ORG_A, project.id, v1))!;
      expect(await expectRedirect(deleteOption(project.id, option.id, noState, form({})))).toBeTruthy();
      expect(await db.option.count()).toBe(0);
      expect((await getVersion(ORG_A, project.id, v1))!.snapshot).toEqual(before.snapshot);
      expect((await findSharedVersion(token))?.version.id).toBe(v1);
    });
  });

  describe("share links", () => {
    test("createShareLink returns a link with a 256-bit base64url token; only its SHA-256 is stored; the link opens that version", async () => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const v2 = await finalize(project.id, option.id);
      await db.auditEvent.deleteMany();
      const { token, link, url } = await share(project.id, v1);

      expect(url).toMatch(/^https?:\/\/[^/]+\/share\/[A-Za-z0-9_-]{43}$/);
      // 43 base64url characters decode to 32 bytes: 256 bits, from randomBytes(32).
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(Buffer.from(token, "base64url").toString("base64url")).toBe(token);
      expect(link).toMatchObject({ versionId: v1, tokenHash: createHash("sha256").update(token).digest("hex"), createdByName: people.designerA.name, expiresAt: null, revokedAt: null });
      // The token itself is nowhere in the database.
      const everything = JSON.stringify(await snapshotAll(db));
      expect(everything).not.toContain(token);
      const rawRows = await db.$queryRaw<{ dump: string }[]>`SELECT (SELECT json_agg(l)::text FROM "ShareLink" l) || (SELECT json_agg(a)::text FROM "AuditEvent" a) AS dump`;
      expect(rawRows[0]!.dump).toContain(link.tokenHash);
      expect(rawRows[0]!.dump).not.toContain(token);

      const audit = await db.auditEvent.findMany();
      expect(audit.map((event) => [event.action, event.summary])).toEqual([["version.shared", "Shared version 1 of “Solar + battery” with a customer link."]]);
      expect(revalidatePath).toHaveBeenCalledWith(`/projects/${project.id}/versions/${v1}`);

      const shared = await findSharedVersion(token);
      expect(shared?.version.id).toBe(v1);
      expect(shared?.version.number).toBe(1);
      expect(shared?.version.organizationName).toBe("Alpha Solar");
      expect(shared?.version.snapshot).toEqual((await getVersion(ORG_A, project.id, v1))!.snapshot);
      expect(shared?.version.id).not.toBe(v2);
      // Each link gets its own token.
      const again = await share(project.id, v1, "7");
      expect(again.token).not.toBe(token);
      expect((await findSharedVersion(again.token))?.version.id).toBe(v1);
    });

    test("an expiry sets expiresAt that many days ahead, and the link stops opening when it passes", async () => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const start = Date.now();
      const { token, link } = await share(project.id, v1, "30");
      const days30 = 30 * 86_400_000;
      expect(link.expiresAt!.getTime()).toBeGreaterThanOrEqual(start + days30 - 1000);
      expect(link.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + days30 + 1000);
      expect((await db.auditEvent.findFirstOrThrow({ where: { action: "version.shared" } })).summary).toBe("Shared version 1 of “Solar + battery” with a customer link valid for 30 days.");
      expect(shareLinkState(link)).toBe("active");
      expect((await findSharedVersion(token))?.version.id).toBe(v1);
      // Asked for a moment after it expires.
      expect(await findSharedVersion(token, new Date(link.expiresAt!.getTime() + 1))).toBeNull();
      // The expiry moved into the past in the database.
      await db.shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect(await findSharedVersion(token)).toBeNull();
      expect(shareLinkState(await db.shareLink.findUniqueOrThrow({ where: { id: link.id } }))).toBe("expired");
      // And it cannot be accepted any more.
      session.current = null;
      expect(await acceptProposal(token, noState, form(acceptForm))).toMatchObject({ ok: false, message: goneLink });
      expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: v1 } })).acceptedAt).toBeNull();
    });

    test("revokeShareLink ends one link at once, is audited, and a second revoke is refused", async () => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const revoked = await share(project.id, v1);
      const kept = await share(project.id, v1, "90");
      const result = await revokeShareLink(project.id, revoked.link.id, noState, form({}));
      expect(result).toMatchObject({ ok: true, message: "Link revoked: it now opens nothing." });
      expect(await findSharedVersion(revoked.token)).toBeNull();
      expect((await findSharedVersion(kept.token))?.version.id).toBe(v1);
      const row = await db.shareLink.findUniqueOrThrow({ where: { id: revoked.link.id } });
      expect(row.revokedAt).toBeInstanceOf(Date);
      expect(shareLinkState(row)).toBe("revoked");
      expect((await db.auditEvent.findFirstOrThrow({ where: { action: "version.link-revoked" } })).summary).toBe("Revoked a customer link to version 1 of “Solar + battery”.");
      expect(revalidatePath).toHaveBeenCalledWith(`/projects/${project.id}/versions/${v1}`);

      const before = await snapshotAll(db);
      expect(await revokeShareLink(project.id, revoked.link.id, noState, form({}))).toMatchObject({ ok: false, message: "That link was already revoked or does not exist." });
      expect(await snapshotAll(db)).toEqual(before);
      // The version itself is unchanged by revoking.
      expect((await getVersion(ORG_A, project.id, v1))!.number).toBe(1);
    });

    test(`1,000 random tokens, well-formed or not, open nothing`, async () => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const { token } = await share(project.id, v1);
      const revoked = await share(project.id, v1);
      await revokeShareLink(project.id, revoked.link.id, noState, form({}));
      const realHash = createHash("sha256").update(token).digest("hex");
      const tokenArb: fc.Arbitrary<unknown> = fc.oneof(
        { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) },
        // The real token, altered: one character changed, cut, lengthened, padded, re-cased, its hash, the revoked one.
        {
          weight: 3,
          arbitrary: fc.tuple(fc.nat({ max: 42 }), fc.constantFrom(..."ABCxyz019-_")).chain(([index, char]) =>
            fc.constantFrom(
              `${token.slice(0, index)}${char}${token.slice(index + 1)}`,
              token.slice(0, -1),
              `${token}A`,
              `${token}=`,
              ` ${token}`,
              `${token}\n`,
              token.toUpperCase(),
              token.toLowerCase(),
              realHash,
              revoked.token,
              encodeURIComponent(`${token}/`),
              Buffer.from(token, "base64url").toString("base64"),
            ),
          ),
        },
        { weight: 2, arbitrary: fc.string({ maxLength: 100 }) },
        { weight: 1, arbitrary: fc.anything() },
      );
      let checked = 0;
      await fc.assert(
        fc.asyncProperty(tokenArb, async (candidate) => {
          fc.pre(candidate !== token);
          checked += 1;
          expect(await findSharedVersion(candidate)).toBeNull();
        }),
        { numRuns: 1000 },
      );
      expect(checked).toBe(1000);
      // The positive control: the real token still opens the version.
      expect((await findSharedVersion(token))?.version.id).toBe(v1);
    });

    test.each<[string | null, string]>([
      ["0", "A link can last 1 to 365 days, or never expire."],
      ["366", "A link can last 1 to 365 days, or never expire."],
      ["999", "A link can last 1 to 365 days, or never expire."],
      ["abc", "Choose when the link expires."],
      ["-1", "Choose when the link expires."],
      ["1.5", "Choose when the link expires."],
      ["1e2", "Choose when the link expires."],
      [" 30", "Choose when the link expires."],
      ["3650", "Choose when the link expires."],
      [null, "Choose when the link expires."],
    ])("expiry %j is refused with a message, and no link is made", async (expiresInDays, message) => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const before = await snapshotAll(db);
      const result = await createShareLink(project.id, v1, noState, form({ expiresInDays }));
      expect(result).toEqual({ ok: false, message: "Some fields need attention.", fieldErrors: { expiresInDays: message } });
      expect(await snapshotAll(db)).toEqual(before);
    });

    test.each(["1", "7", "365", "007", ""])("expiry %j is accepted", async (expiresInDays) => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const { link } = await share(project.id, v1, expiresInDays);
      if (expiresInDays === "") expect(link.expiresAt).toBeNull();
      else expect(Math.round((link.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(Number(expiresInDays));
    });

    test("another organization, A's viewer and a signed-out visitor can neither create nor revoke A's links", async () => {
      const { project, option } = await arrange();
      const v1 = await finalize(project.id, option.id);
      const { token, link } = await share(project.id, v1);
      const otherProject = await insertProject(db, { customerName: "Other Customer" });
      const before = await snapshotAll(db);
      for (const who of ["designerB", "viewerA", null] as const) {
        session.current = who ? sessionOf(who) : null;
        const created = await createShareLink(project.id, v1, noState, form({ expiresInDays: "30" }));
        expect(created.ok).toBe(false);
        expect(created.url).toBeUndefined();
        const revoked = await revokeShareLink(project.id, link.id, noState, form({}));
        expect(revoked.ok).toBe(false);
        if (who === "designerB") {
          expect(created.message).toBe("This proposal version does not exist.");
          expect(revoked.message).toBe("That link was already revoked or does not exist.");
        }
      }
      // A's designer, with the version or link under the wrong project, or ids that name nothing.
      session.current = sessionOf("designerA");
      for (const [projectId, versionId] of [[otherProject.id, v1], [project.id, "cl0000000000000000000000"], [project.id, link.id], ["", v1]]) {
        expect(await createShareLink(projectId!, versionId!, noState, form({ expiresInDays: "30" }))).toMatchObject({ ok: false, message: "This proposal version does not exist." });
      }
      for (const [projectId, linkId] of [[otherProject.id, link.id], [project.id, v1], [project.id, "cl0000000000000000000000"]]) {
        expect((await revokeShareLink(projectId!, linkId!, noState, form({}))).ok).toBe(false);
      }
      expect(await snapshotAll(db)).toEqual(before);
      expect((await findSharedVersion(token))?.version.id).toBe(v1);
    });
  });

  describe("acceptProposal", () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    async function sharedVersion() {
      const { project, option } = await arrange();
      const versionId = await finalize(project.id, option.id);
      const { token, link } = await share(project.id, versionId);
      // The customer is not signed in, and the request reports no address unless a test says so. These tests run
      // behind a proxy the app trusts, so its X-Forwarded-For is believed (tests/security/api-limits.test.ts: without).
      session.current = null;
      requestHeaders.current = new Headers();
      vi.stubEnv("TRUST_PROXY", "1");
      vi.mocked(revalidatePath).mockClear();
      return { project, option, versionId, token, link };
    }

    test("with a valid link: the typed name, the time and the address are recorded, and the installer's audit trail says who", async () => {
      const { project, option, versionId, token } = await sharedVersion();
      // Behind the trusted proxy, the last entry is the one it added; what comes before is whatever the client sent.
      requestHeaders.current = new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.7" });
      const start = Date.now();
      const result = await acceptProposal(token, noState, form({ name: "  Dana Whitfield  ", confirm: "yes", typedOnly: "yes" }));
      expect(result).toEqual({ ok: true, message: "Thank you: the proposal is accepted. Your installer has been told and will contact you about the next steps.", fieldErrors: {} });
      const version = await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(version).toMatchObject({ acceptedName: "Dana Whitfield", acceptedAddress: "203.0.113.7", acceptedSignature: null });
      // The certificate's fingerprint is the SHA-256 of the frozen proposal accepted.
      expect(version.acceptedFingerprint).toBe(proposalFingerprint(readSnapshot(version.snapshot)));
      expect(version.acceptedAt!.getTime()).toBeGreaterThanOrEqual(start - 1000);
      expect(version.acceptedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "version.accepted" } });
      expect(audit).toMatchObject({
        organizationId: ORG_A,
        projectId: project.id,
        optionId: option.id,
        actorId: null,
        actorName: "Dana Whitfield",
        summary: "Accepted version 1 of the proposal for “Solar + battery” through the customer link.",
      });
      expect(revalidatePath).toHaveBeenCalledWith(`/share/${token}`);
      // The link still opens the (now accepted) version; the project page lists it as accepted.
      expect((await findSharedVersion(token))?.version.acceptedName).toBe("Dana Whitfield");
      expect((await findProjectVersions(ORG_A, project.id))[0]).toMatchObject({ id: versionId, acceptedName: "Dana Whitfield" });
    });

    test("a drawn signature is stored as strokes, with the customer's time zone, and the installer is told by mail", async () => {
      const { versionId, token } = await sharedVersion();
      const strokes = [[[10, 20], [30, 40], [50, 20]], [[100, 100], [110, 120]]];
      const result = await acceptProposal(token, noState, form({ name: "Dana Whitfield", confirm: "yes", signature: JSON.stringify(strokes), timeZone: "America/New_York" }));
      expect(result.ok).toBe(true);
      const version = await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(version).toMatchObject({ acceptedSignature: strokes, acceptedTimeZone: "America/New_York" });
      const mail = await db.outboxMessage.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      expect(mail.subject).toBe("Dana Whitfield accepted your proposal “Solar + battery”");
      expect(mail.text).toContain(`/versions/${versionId}`);
    });

    test.each([
      { label: "neither drawn nor typed-only", values: { name: "Dana", confirm: "yes" }, field: "signature", message: "Draw your signature in the box, or tick “Sign with my typed name”." },
      { label: "markup instead of strokes", values: { name: "Dana", confirm: "yes", signature: "<svg onload=alert(1)>" }, field: "signature", message: "The signature could not be read: draw it again." },
      { label: "an unknown time zone is simply not recorded", values: { name: "Dana", confirm: "yes", typedOnly: "yes", timeZone: "Mars/Olympus" }, field: null, message: null },
    ])("signature: $label", async ({ values, field, message }) => {
      const { versionId, token } = await sharedVersion();
      const result = await acceptProposal(token, noState, form(values));
      if (field === null) {
        expect(result.ok).toBe(true);
        expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } })).acceptedTimeZone).toBeNull();
      } else {
        expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
        expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } })).acceptedAt).toBeNull();
      }
    });

    test("past its validity a proposal can no longer be accepted, and says so", async () => {
      const { versionId, token } = await sharedVersion();
      await db.proposalVersion.update({ where: { id: versionId }, data: { validUntil: new Date(Date.now() - 1000) } });
      const result = await acceptProposal(token, noState, form(acceptForm));
      expect(result).toEqual({ ok: false, message: "This proposal has expired and can no longer be accepted. Ask your installer for a current one.", fieldErrors: {} });
      expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } })).acceptedAt).toBeNull();
    });

    test("a finalized version is valid for 30 days; opening the link marks it viewed once", async () => {
      const { versionId } = await sharedVersion();
      const version = await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(version.validUntil!.getTime() - version.finalizedAt.getTime()).toBeGreaterThanOrEqual(30 * 86_400_000 - 5_000);
      expect(version.validUntil!.getTime() - version.finalizedAt.getTime()).toBeLessThanOrEqual(30 * 86_400_000 + 5_000);
      await markVersionViewed(versionId, new Date("2026-12-03T10:00:00Z"));
      await markVersionViewed(versionId, new Date("2026-12-04T10:00:00Z"));
      expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } })).firstViewedAt).toEqual(new Date("2026-12-03T10:00:00Z"));
    });

    test.each<[Record<string, string>, string]>([
      [{ "x-real-ip": " 198.51.100.4 " }, "198.51.100.4"],
      [{}, "not reported"],
      [{ "x-forwarded-for": "", "x-real-ip": "198.51.100.4" }, "198.51.100.4"],
    ])("the address falls back to x-real-ip, then 'not reported' (%j)", async (headers, address) => {
      const { versionId, token } = await sharedVersion();
      requestHeaders.current = new Headers(headers);
      expect((await acceptProposal(token, noState, form(acceptForm))).ok).toBe(true);
      expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } })).acceptedAddress).toBe(address);
    });

    test("an accepted version is locked: a second acceptance, through the same or another link, is refused and changes nothing", async () => {
      const { project, versionId, token } = await sharedVersion();
      requestHeaders.current = new Headers({ "x-forwarded-for": "203.0.113.7" });
      expect((await acceptProposal(token, noState, form(acceptForm))).ok).toBe(true);
      session.current = sessionOf("designerA");
      const other = await share(project.id, versionId);
      session.current = null;
      const before = await snapshotAll(db);
      requestHeaders.current = new Headers({ "x-forwarded-for": "192.0.2.99" });
      vi.mocked(revalidatePath).mockClear();
      for (const link of [token, other.token]) {
        expect(await acceptProposal(link, noState, form({ name: "Mallory", confirm: "yes", typedOnly: "yes" }))).toEqual({ ok: false, message: "This proposal was already accepted.", fieldErrors: {} });
      }
      expect(await snapshotAll(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
      // Concurrent acceptances of a fresh version: exactly one wins.
      session.current = sessionOf("designerA");
      const fresh = await finalize(project.id, (await db.option.findFirstOrThrow()).id);
      const freshLink = await share(project.id, fresh);
      session.current = null;
      const results = await Promise.all(["Ann", "Bob", "Cy", "Di"].map((name) => acceptProposal(freshLink.token, noState, form({ name, confirm: "yes", typedOnly: "yes" }))));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok).map((result) => result.message)).toEqual(Array(3).fill("This proposal was already accepted."));
      expect(await db.auditEvent.count({ where: { action: "version.accepted", summary: { contains: "version 2" } } })).toBe(1);
    });

    test("an unknown, altered, revoked or expired token is refused and changes nothing", async () => {
      const { project, versionId, token, link } = await sharedVersion();
      session.current = sessionOf("designerA");
      const expired = await share(project.id, versionId, "1");
      await db.shareLink.update({ where: { id: expired.link.id }, data: { expiresAt: new Date(Date.now() - 1) } });
      const revoked = await share(project.id, versionId);
      expect((await revokeShareLink(project.id, revoked.link.id, noState, form({}))).ok).toBe(true);
      session.current = null;
      vi.mocked(revalidatePath).mockClear();
      const before = await snapshotAll(db);
      for (const candidate of [revoked.token, expired.token, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "x".repeat(43), "", token.slice(1), link.tokenHash, versionId]) {
        expect(await acceptProposal(candidate, noState, form(acceptForm))).toEqual({ ok: false, message: goneLink, fieldErrors: {} });
      }
      for (const candidate of [null, undefined, 42, {}, [token]]) {
        expect(await acceptProposal(candidate as unknown as string, noState, form(acceptForm))).toEqual({ ok: false, message: goneLink, fieldErrors: {} });
      }
      expect(await snapshotAll(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("the acceptance and its audit row are one transaction: when the audit row cannot be written, the version is not accepted", async () => {
      const { versionId, token } = await sharedVersion();
      // The audit table refuses the acceptance's row (as a full disk or a dropped connection would, mid-action).
      await db.$executeRawUnsafe(`CREATE FUNCTION refuse_acceptance_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END; $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`CREATE TRIGGER refuse_acceptance_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.action = 'version.accepted') EXECUTE FUNCTION refuse_acceptance_audit()`);
      const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        const before = await snapshotAll(db);
        const result = await acceptProposal(token, noState, form(acceptForm));
        expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing was saved: an unexpected error occurred/) });
        // Told nothing was saved, and indeed nothing was: the version is not locked, so the customer can try again.
        expect(await snapshotAll(db)).toEqual(before);
        expect((await db.proposalVersion.findUniqueOrThrow({ where: { id: versionId } })).acceptedAt).toBeNull();
      } finally {
        consoleError.mockRestore();
        await db.$executeRawUnsafe(`DROP TRIGGER refuse_acceptance_audit ON "AuditEvent"`);
        await db.$executeRawUnsafe(`DROP FUNCTION refuse_acceptance_audit()`);
      }
      expect((await acceptProposal(token, noState, form(acceptForm))).ok).toBe(true);
      expect(await db.auditEvent.count({ where: { action: "version.accepted" } })).toBe(1);
    });

    test.each<[Record<string, string>, Record<string, unknown>]>([
      [{ confirm: "yes", typedOnly: "yes" }, { name: "Enter your full name." }],
      [{ name: "   ", confirm: "yes", typedOnly: "yes" }, { name: "Enter your full name." }],
      [{ name: "Dana Whitfield" }, { confirm: "Tick the box to confirm you accept this proposal." }],
      [{ name: "Dana Whitfield", confirm: "on" }, { confirm: "Tick the box to confirm you accept this proposal." }],
      [{ name: "Dana Whitfield", confirm: "" }, { confirm: "Tick the box to confirm you accept this proposal." }],
      [{}, { name: "Enter your full name.", confirm: "Tick the box to confirm you accept this proposal." }],
      [{ name: "x".repeat(121), confirm: "yes", typedOnly: "yes" }, { name: "Your full name must be at most 120 characters." }],
      [{ name: "Dana\u0000Whitfield", confirm: "yes", typedOnly: "yes" }, { name: expect.stringMatching(/null character/) }],
    ])("form %j is refused with field errors and nothing is recorded", async (values, fieldErrors) => {
      const { token } = await sharedVersion();
      const before = await snapshotAll(db);
      const result = await acceptProposal(token, noState, form(values));
      expect(result).toEqual({ ok: false, message: "Not accepted yet: some fields need attention.", fieldErrors });
      expect(await snapshotAll(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });
  });

  test("finalizing redirects only on success: a refused finalize never throws the redirect signal", async () => {
    const { project, option } = await arrange();
    session.current = sessionOf("viewerA");
    await expect(finalizeProposal(project.id, option.id, noState, form({}))).resolves.toMatchObject({ ok: false });
    session.current = sessionOf("designerA");
    await expect(finalizeProposal(project.id, option.id, noState, form({}))).rejects.toBeInstanceOf(RedirectSignal);
  });
});
