import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../prisma/seed";
import { DEMO_ORGANIZATION } from "../../../prisma/seed-accounts";
import type { Access } from "../auth/access";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import { writeProgramSwitch } from "./program-switch";

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

  it("writes neither row when the option is gone (one statement, one transaction)", async () => {
    await testDb.db.option.delete({ where: { id: option.id } });
    await expect(writeProgramSwitch(access, change(true))).rejects.toThrow();
    expect(await testDb.db.enabledProgram.count({ where: { optionId: option.id } })).toBe(0);
    expect(await testDb.db.auditEvent.count({ where: { optionId: option.id } })).toBe(0);
  });
});
