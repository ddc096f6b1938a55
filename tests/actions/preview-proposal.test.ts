/**
 * Presentation mode's action: the figures with programs switched on or off, and nothing written.
 */
import { describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import type { TestDb } from "@/tests/support/test-db";
import { previewProposal } from "@/lib/actions/incentives/preview-proposal";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { insertOption, insertProject, snapshotTables, testBackends } from "../support/actions";
import { useTestDatabase } from "../support/test-database";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

describe.each(testBackends)("previewProposal on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened: TestDb) => {
    db = opened.db;
  }, session);

  test("switching CT-ESS on in the preview shows its upfront and a lower net price, and writes nothing", async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    const before = await snapshotTables(db);
    const off = await previewProposal(project.id, option.id, { enabledPrograms: {}, participation: "expected" });
    const on = await previewProposal(project.id, option.id, { enabledPrograms: { "ct-ess": true }, participation: "expected" });
    expect(await snapshotTables(db)).toEqual(before);
    if (!off.ok || !on.ok) throw new Error("preview refused");
    // 13.5 kWh × $30: the April 2026 design, in force on the day the test runs.
    expect(on.preview.pricing.upfrontLines.map((line) => [line.key, line.cents])).toEqual([["ct-ess", -40_500]]);
    expect(on.preview.pricing.netCents).toBe(off.preview.pricing.netCents - 40_500);
    expect(on.preview.withGridServices.paybackYears!).toBeLessThan(off.preview.withGridServices.paybackYears!);
  });

  test("switching a stored program off in the preview leaves it on in the database", async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    await setProgramEnabled(project.id, option.id, "ct-ess", true);
    const before = await snapshotTables(db);
    const answer = await previewProposal(project.id, option.id, { enabledPrograms: { "ct-ess": false }, participation: "expected" });
    expect(answer.ok && answer.preview.pricing.upfrontLines).toEqual([]);
    expect(await snapshotTables(db)).toEqual(before);
    expect(await db.enabledProgram.findFirstOrThrow()).toMatchObject({ programId: "ct-ess", enabled: true });
  });

  test("the homeowner's answers (Grid Edge) and a participation level move the figures, and nothing is written", async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    await setProgramEnabled(project.id, option.id, "ct-ess", true);
    const storedInputs = (await db.enabledProgram.findFirstOrThrow()).inputs;
    const before = await snapshotTables(db);
    const saved = await previewProposal(project.id, option.id, { enabledPrograms: {}, participation: "expected" });
    const answered = await previewProposal(project.id, option.id, { enabledPrograms: {}, participation: "high", answers: { "ct-ess": { gridEdge: true, customerTier: "low-income" } } });
    expect(await snapshotTables(db)).toEqual(before);
    expect((await db.enabledProgram.findFirstOrThrow()).inputs).toEqual(storedInputs);
    if (!saved.ok || !answered.ok) throw new Error("preview refused");
    // 13.5 kWh × $30, and × $130 on Grid Edge: the April 2026 design, one rate for every income tier.
    expect(saved.preview.pricing.upfrontLines.map((line) => line.cents)).toEqual([-40_500]);
    expect(answered.preview.pricing.upfrontLines.map((line) => line.cents)).toEqual([-175_500]);
    expect(answered.presentation.participation).toBe("high");
    expect(answered.presentation.questions.map((question) => [question.name, question.value])).toEqual([
      ["customerTier", "low-income"],
      ["gridEdge", true],
    ]);
    expect(answered.presentation.payments[0]?.sentence).toMatch(/pays you (about )?\$[\d,]+ .*year 5, then \$[\d,]+ .*year 10\.$/);
  });

  test.each([
    { label: "a program of another state is ignored", request: { enabledPrograms: { elrp: true }, participation: "expected" }, ok: true },
    { label: "a non-boolean switch is refused", request: { enabledPrograms: { "ct-ess": "yes" }, participation: "expected" }, ok: false },
    { label: "an unknown participation is refused", request: { enabledPrograms: {}, participation: "maximum" }, ok: false },
    { label: "no request at all is refused", request: null, ok: false },
    { label: "an answer to a question present mode does not ask is refused", request: { enabledPrograms: {}, participation: "expected", answers: { "ct-ess": { averageDeliveredKw: 40 } } }, ok: false },
    { label: "a tier the program does not have is refused", request: { enabledPrograms: {}, participation: "expected", answers: { "ct-ess": { customerTier: "vip" } } }, ok: false },
  ])("$label", async ({ request, ok }) => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    const answer = await previewProposal(project.id, option.id, request);
    expect(answer.ok).toBe(ok);
    if (answer.ok) expect(answer.preview.pricing.upfrontLines).toEqual([]);
    else expect(answer.message).toBe("That preview request is not valid. Reload the page and try again.");
  });

  test("an option under another project is not found", async () => {
    const project = await insertProject(db);
    const other = await insertProject(db);
    const option = await insertOption(db, project.id);
    expect(await previewProposal(other.id, option.id, { enabledPrograms: {}, participation: "expected" })).toEqual({
      ok: false,
      message: "This option no longer exists; it may have been deleted.",
    });
  });
});
