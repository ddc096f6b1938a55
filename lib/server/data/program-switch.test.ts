import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../prisma/seed";
import { DEMO_ORGANIZATION } from "../../../prisma/seed-accounts";
import type { Access } from "../auth/access";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { getOption } from "./options";
import { writeCountedChoice, writeProgramSwitch } from "./program-switch";

const access: Access = { userId: "demo-user-owner", userName: "Dana Whitfield", email: "demo@gridfolio.test", organizationId: DEMO_ORGANIZATION.id, organizationName: "Demo", role: "owner" };

describe.each(testDatabaseKinds())("writeProgramSwitch on %s", (kind) => {
  let testDb: TestDb;
  let option: { id: string; projectId: string };
  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });
  beforeEach(async () => {
    await testDb.truncate();
    await seedDemoData(testDb.db);
    option = (await testDb.db.option.findFirst({ where: { programs: { none: {} } }, select: { id: true, projectId: true } }))!;
  });

  const change = (enabled: boolean, rateVersion: string | null = "ct-ess/2025-01") => ({
    optionId: option.id,
    programId: "ct-ess",
    enabled,
    rateVersion,
    audit: { projectId: option.projectId, optionId: option.id, action: enabled ? "program.enabled" : "program.disabled", summary: `${enabled ? "Enabled" : "Disabled"} CT-ESS.` },
  });
  const rows = () => testDb.db.enabledProgram.findMany({ where: { optionId: option.id } });
  const audits = () => testDb.db.auditEvent.findMany({ where: { optionId: option.id }, orderBy: { createdAt: "asc" } });

  it("enabling creates the row and its audit row together, at the given time", async () => {
    const now = new Date("2026-11-23T12:34:56.789Z");
    expect(await writeProgramSwitch(access, change(true), now)).toBe(true);
    expect(await rows()).toMatchObject([{ programId: "ct-ess", enabled: true, inputs: {}, rateVersion: "ct-ess/2025-01", createdAt: now, updatedAt: now }]);
    expect(await audits()).toMatchObject([{ organizationId: DEMO_ORGANIZATION.id, projectId: option.projectId, actorId: "demo-user-owner", actorName: "Dana Whitfield", action: "program.enabled", summary: "Enabled CT-ESS.", createdAt: now }]);
  });

  it("switching off and on again keeps the row and its inputs, records each switch, and an off program records nothing", async () => {
    await writeProgramSwitch(access, change(true));
    await testDb.db.enabledProgram.updateMany({ where: { optionId: option.id }, data: { inputs: { tier: "underserved" } } });
    expect(await writeProgramSwitch(access, change(false))).toBe(true);
    expect(await writeProgramSwitch(access, change(false))).toBe(false);
    expect(await writeProgramSwitch(access, change(true, "ct-ess/2026-01"))).toBe(true);
    expect(await rows()).toMatchObject([{ enabled: true, inputs: { tier: "underserved" }, rateVersion: "ct-ess/2026-01" }]);
    expect((await audits()).map((entry) => entry.action)).toEqual(["program.enabled", "program.disabled", "program.enabled"]);
  });

  it("enabling stamps enabledAt, a program that stays on keeps it, switching off clears it and the choice, on again re-stamps", async () => {
    const first = new Date("2026-11-23T10:00:00.000Z");
    const again = new Date("2026-11-23T10:05:00.000Z");
    const off = new Date("2026-11-23T10:10:00.000Z");
    const back = new Date("2026-11-23T10:15:00.000Z");
    await writeProgramSwitch(access, change(true), first);
    expect(await rows()).toMatchObject([{ enabled: true, enabledAt: first, chosenToCount: false }]);
    // Enabled again while on (a second tab): still enabled at the first time.
    await writeProgramSwitch(access, change(true), again);
    expect(await rows()).toMatchObject([{ enabled: true, enabledAt: first, updatedAt: again }]);
    await testDb.db.enabledProgram.updateMany({ where: { optionId: option.id }, data: { chosenToCount: true } });
    await writeProgramSwitch(access, change(false), off);
    expect(await rows()).toMatchObject([{ enabled: false, enabledAt: null, chosenToCount: false }]);
    await writeProgramSwitch(access, change(true), back);
    expect(await rows()).toMatchObject([{ enabled: true, enabledAt: back, chosenToCount: false }]);
  });

  it("writes neither row when the option is gone (one statement, one transaction)", async () => {
    await testDb.db.option.delete({ where: { id: option.id } });
    await expect(writeProgramSwitch(access, change(true))).rejects.toThrow();
    expect(await testDb.db.enabledProgram.count({ where: { optionId: option.id } })).toBe(0);
    expect(await testDb.db.auditEvent.count({ where: { optionId: option.id } })).toBe(0);
  });
});

describe.each(testDatabaseKinds())("ELRP and DSGS on a PG&E option, on %s", (kind) => {
  let testDb: TestDb;
  // The demo PG&E project's option A: ELRP is on (seeded).
  const ids = { projectId: "demo-project-ca-pge-nem2", optionId: "demo-option-ca-pge-nem2-a" };
  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });
  beforeEach(async () => {
    await testDb.truncate();
    await seedDemoData(testDb.db);
  });

  const audit = (summary: string, action = "program.enabled") => ({ projectId: ids.projectId, optionId: ids.optionId, action, summary });
  const switchOn = (programId: string, enabled = true, now?: Date) =>
    writeProgramSwitch(access, { optionId: ids.optionId, programId, enabled, rateVersion: null, audit: audit(`${programId} ${enabled}`) }, now);
  const choose = (programId: string, excludedIds: string[]) => writeCountedChoice(access, { optionId: ids.optionId, programId, excludedIds, audit: audit(`Chose ${programId}.`, "program.chosen") });
  const choices = async () =>
    Object.fromEntries((await testDb.db.enabledProgram.findMany({ where: { optionId: ids.optionId } })).map((row) => [row.programId, row.chosenToCount]));
  const counted = async () => {
    const option = (await getOption(DEMO_ORGANIZATION.id, ids.projectId, ids.optionId))!;
    const evaluation = evaluateStoredOption(option, { proposalDate: "2026-03-02" });
    return { counted: evaluation.programs.filter((program) => program.isCounted).map((program) => program.id), decidedBy: evaluation.conflicts.map((conflict) => conflict.decidedBy) };
  };

  it("the seeded ELRP row is enabled from its creation, so DSGS enabled later does not count after a reload", async () => {
    const elrp = await testDb.db.enabledProgram.findFirstOrThrow({ where: { optionId: ids.optionId, programId: "elrp" } });
    expect(elrp.enabledAt).toBeInstanceOf(Date);
    await switchOn("dsgs", true, new Date(Date.now() + 60_000));
    expect(await counted()).toEqual({ counted: ["elrp"], decidedBy: ["enabled-first"] });
  });

  it("the choice is written on the chosen program and cleared on the other, with its audit row; it survives a reload", async () => {
    await switchOn("dsgs", true, new Date(Date.now() + 60_000));
    expect(await choose("dsgs", ["elrp"])).toBe(true);
    expect(await choices()).toEqual({ elrp: false, dsgs: true });
    expect(await counted()).toEqual({ counted: ["dsgs"], decidedBy: ["installer-choice"] });
    expect(await choose("elrp", ["dsgs"])).toBe(true);
    expect(await choices()).toEqual({ elrp: true, dsgs: false });
    expect(await counted()).toEqual({ counted: ["elrp"], decidedBy: ["installer-choice"] });
    const chosen = await testDb.db.auditEvent.findMany({ where: { optionId: ids.optionId, action: "program.chosen" }, orderBy: { createdAt: "asc" } });
    expect(chosen.map((entry) => entry.summary)).toEqual(["Chose dsgs.", "Chose elrp."]);
  });

  it("a program that is off cannot be chosen: nothing is written, not even the other's flag or an audit row", async () => {
    await testDb.db.enabledProgram.updateMany({ where: { optionId: ids.optionId, programId: "elrp" }, data: { chosenToCount: true } });
    expect(await choose("dsgs", ["elrp"])).toBe(false);
    expect(await choices()).toEqual({ elrp: true });
    expect(await testDb.db.auditEvent.count({ where: { optionId: ids.optionId, action: "program.chosen" } })).toBe(0);
  });

  it("switching the chosen program off clears its choice: switched on again, the order of enabling decides", async () => {
    await switchOn("dsgs", true, new Date(Date.now() + 60_000));
    await choose("dsgs", ["elrp"]);
    await switchOn("dsgs", false);
    await switchOn("dsgs", true, new Date(Date.now() + 120_000));
    expect(await choices()).toEqual({ elrp: false, dsgs: false });
    expect(await counted()).toEqual({ counted: ["elrp"], decidedBy: ["enabled-first"] });
  });
});
