import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkEligibility, isUtilityListed } from "../../core/programs/eligibility";
import { getProgram, parseProgramInputs } from "../../core/programs/registry";
import { verifyPassword } from "better-auth/crypto";
import { demoProjectId, demoProjects, seedDemoData } from "../../../prisma/seed";
import { DEMO_ORGANIZATION, DEMO_PASSWORD, demoUsers } from "../../../prisma/seed-accounts";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";

async function countRows(testDb: TestDb) {
  const { db } = testDb;
  const [projects, options, programs, incentives] = await Promise.all([
    db.project.count(),
    db.option.count(),
    db.enabledProgram.count(),
    db.customIncentive.count(),
  ]);
  return { projects, options, programs, incentives };
}

function loadDemoProjects(testDb: TestDb) {
  return testDb.db.project.findMany({
    where: { id: { startsWith: "demo-" } },
    include: { options: { include: { programs: true, customIncentives: true }, orderBy: { position: "asc" } } },
    orderBy: { id: "asc" },
  });
}

describe.each(testDatabaseKinds())("the demo seed on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb({ kind });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it("seeds a demo organization owning every demo project, with users whose password is the documented one", async () => {
    await testDb.truncate();
    await seedDemoData(testDb.db);
    const projects = await testDb.db.project.findMany({ select: { organizationId: true } });
    expect(new Set(projects.map((project) => project.organizationId))).toEqual(new Set([DEMO_ORGANIZATION.id]));
    for (const user of demoUsers) {
      const row = await testDb.db.user.findUniqueOrThrow({ where: { email: user.email }, include: { accounts: true, members: true } });
      expect(row.members).toEqual([expect.objectContaining({ organizationId: DEMO_ORGANIZATION.id, role: user.role })]);
      const credential = row.accounts.find((account) => account.providerId === "credential");
      expect(await verifyPassword({ hash: credential!.password!, password: DEMO_PASSWORD })).toBe(true);
      expect(await verifyPassword({ hash: credential!.password!, password: "wrong-password" })).toBe(false);
    }
  });

  it("is idempotent: a second run creates nothing and the counts stay the same", async () => {
    await testDb.truncate();
    const first = await seedDemoData(testDb.db);
    expect(first).toEqual({ created: demoProjects.length, kept: 0, reset: 0, usersCreated: demoUsers.length });
    const afterFirst = await countRows(testDb);

    const second = await seedDemoData(testDb.db);
    expect(second).toEqual({ created: 0, kept: demoProjects.length, reset: 0, usersCreated: 0 });
    expect(await countRows(testDb)).toEqual(afterFirst);
    expect(afterFirst.projects).toBe(demoProjects.length);
  });

  it("never touches projects people created, and keeps edits to demo projects unless asked to reset", async () => {
    await testDb.truncate();
    const mine = await testDb.db.project.create({
      data: {
        customerName: "Real Customer",
        street: "1 Main Street",
        city: "Hartford",
        state: "CT",
        zip: "06103",
        organization: { create: { id: "org-real", name: "Real Installer", slug: "real-installer" } },
        options: { create: [{ name: "Mine" }] },
      },
    });
    await seedDemoData(testDb.db);
    const demoId = demoProjectId("ct-eversource");
    await testDb.db.project.update({ where: { id: demoId }, data: { customerName: "Renamed during a demo" } });
    await testDb.db.option.delete({ where: { id: "demo-option-ct-eversource-c" } });

    await seedDemoData(testDb.db);
    expect((await testDb.db.project.findUniqueOrThrow({ where: { id: demoId } })).customerName).toBe("Renamed during a demo");
    expect(await testDb.db.option.count({ where: { projectId: demoId } })).toBe(2);

    const reset = await seedDemoData(testDb.db, { reset: true });
    expect(reset).toEqual({ created: 0, kept: 0, reset: demoProjects.length, usersCreated: 0 });
    const restored = await testDb.db.project.findUniqueOrThrow({ where: { id: demoId }, include: { options: true } });
    expect(restored.customerName).toBe("Mark and Jennifer Kowalski");
    expect(restored.options).toHaveLength(3);

    const untouched = await testDb.db.project.findUniqueOrThrow({ where: { id: mine.id }, include: { options: true } });
    expect(untouched.customerName).toBe("Real Customer");
    expect(untouched.options.map((option) => option.name)).toEqual(["Mine"]);
  });

  it("moves demo projects stored as 'other' before NETTING existed onto it, and only those", async () => {
    await testDb.truncate();
    await seedDemoData(testDb.db);
    const [ma, ri, tx] = [demoProjectId("ma-national-grid"), demoProjectId("ri-rhode-island-energy"), demoProjectId("tx-oncor")];
    // As an older seed stored them, plus a tariff changed during a demo.
    await testDb.db.project.update({ where: { id: ma }, data: { tariff: "other" } });
    await testDb.db.project.update({ where: { id: ri }, data: { tariff: "NEM1" } });

    await seedDemoData(testDb.db);
    await seedDemoData(testDb.db);
    const tariffOf = async (id: string) => (await testDb.db.project.findUniqueOrThrow({ where: { id } })).tariff;
    expect(await tariffOf(ma)).toBe("NETTING");
    expect(await tariffOf(ri)).toBe("NEM1");
    // Texas has no state net metering: its demo stays on "other".
    expect(await tariffOf(tx)).toBe("other");
  });

  it("produces the variety a sales demo needs", async () => {
    await testDb.truncate();
    await seedDemoData(testDb.db);
    const projects = await loadDemoProjects(testDb);
    expect(projects.length).toBeGreaterThanOrEqual(8);

    const has = (label: string, predicate: (project: (typeof projects)[number]) => boolean) =>
      expect(projects.some(predicate), label).toBe(true);
    has("California PG&E on NEM 2.0", (p) => p.state === "CA" && p.utility === "PG&E" && p.tariff === "NEM2");
    has("California SCE on the Net Billing Tariff", (p) => p.state === "CA" && p.utility === "SCE" && p.tariff === "NBT");
    has("California SDG&E on the Net Billing Tariff", (p) => p.state === "CA" && p.utility === "SDG&E" && p.tariff === "NBT");
    has("Massachusetts Eversource or National Grid", (p) => p.state === "MA" && ["Eversource", "National Grid"].includes(p.utility ?? ""));
    has("Rhode Island Energy", (p) => p.state === "RI" && p.utility === "Rhode Island Energy");
    has("Connecticut Eversource", (p) => p.state === "CT" && p.utility === "Eversource" && p.segment === "residential");
    has("Connecticut UI", (p) => p.state === "CT" && p.utility === "UI");
    has("a commercial project", (p) => p.segment === "commercial");
    has("a project without a battery", (p) => p.options.every((o) => o.batteryCount === 0));
    has("Texas (Oncor or CenterPoint) without programs", (p) =>
      p.state === "TX" && ["Oncor", "CenterPoint"].includes(p.utility ?? "") && p.options.every((o) => o.programs.length === 0),
    );
    has("a custom upfront fixed incentive", (p) => p.options.some((o) => o.customIncentives.some((i) => i.kind === "upfront" && i.basis === "fixed")));

    const enabled = new Set(projects.flatMap((p) => p.options.flatMap((o) => o.programs.map((program) => program.programId))));
    for (const programId of ["ct-ess", "connected-solutions-ma", "elrp", "dsgs"]) expect(enabled, programId).toContain(programId);

    for (const project of projects) {
      expect(project.options.length, project.id).toBeGreaterThanOrEqual(1);
      expect(project.options.length, project.id).toBeLessThanOrEqual(3);
      expect(project.email).toMatch(/@([a-z0-9-]+\.)*example\.(com|net|org)$/);
      expect(project.phone).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
      for (const option of project.options) {
        expect(option.name).toMatch(/^Option [A-C] — \d+\.\d kW (\+ \d× .+|solar only)$/);
        expect(option.annualProductionKwh / option.pvKw, option.id).toBeGreaterThan(1000);
        expect(option.annualProductionKwh / option.pvKw, option.id).toBeLessThan(1800);
        expect(option.solarCostCents).toBeGreaterThan(0);
        expect(option.billSavingsYear1Cents).toBeGreaterThan(0);
        expect(option.batteryCount === 0).toBe(option.batteryModel === null && option.batteryCostCents === 0);
      }
    }
  });

  it("enables only programs that exist, with inputs their schemas accept, on eligible projects of their utilities", async () => {
    await testDb.truncate();
    await seedDemoData(testDb.db);
    for (const project of await loadDemoProjects(testDb)) {
      for (const option of project.options) {
        for (const enabled of option.programs) {
          const program = getProgram(enabled.programId);
          expect(program, enabled.programId).toBeDefined();
          expect(parseProgramInputs(enabled.programId, enabled.inputs)?.success, `${option.id} ${enabled.programId}`).toBe(true);
          const eligibility = checkEligibility(program!, {
            state: project.state,
            segment: project.segment,
            utility: project.utility,
            hasBattery: option.batteryCount > 0,
          });
          expect(eligibility.reasons, `${option.id} ${enabled.programId}`).toEqual([]);
          // Status warnings (e.g. "funding uncertain") are the program's; the utility must be one that runs it.
          expect(isUtilityListed(program!, project.utility ?? ""), `${option.id} ${enabled.programId} ${project.utility}`).toBe(true);
        }
      }
    }
  });

  it("is quick", async () => {
    await testDb.truncate();
    const started = performance.now();
    await seedDemoData(testDb.db);
    // Generous for a shared CI machine; it takes well under a second on a laptop.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
