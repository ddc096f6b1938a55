import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../prisma/seed";
import { DEMO_ORGANIZATION } from "../../../prisma/seed-accounts";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import { getOption, OPTION_DETAIL_INCLUDE, optionDetailOf } from "./options";

// getOption reads with one SQL statement and types the JSON it gets back by hand; Prisma's own include is the
// reference it must equal, value for value and type for type (Date, number, null, JSON).
describe.each(testDatabaseKinds())("getOption on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
    await seedDemoData(testDb.db);
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  const prismaInclude = async (projectId: string, optionId: string) => {
    const record = await testDb.db.option.findFirst({ where: { id: optionId, projectId }, include: OPTION_DETAIL_INCLUDE });
    return record ? optionDetailOf(record) : null;
  };

  it("equals Prisma's include for every demo option", async () => {
    const options = await testDb.db.option.findMany({ select: { id: true, projectId: true } });
    expect(options.length).toBeGreaterThan(10);
    for (const { id, projectId } of options) {
      expect(await getOption(DEMO_ORGANIZATION.id, projectId, id)).toStrictEqual(await prismaInclude(projectId, id));
    }
  });

  it("keeps awkward values exact: fractions, nulls, JSON inputs, text, several incentives", async () => {
    const project = await testDb.db.project.create({
      data: { customerName: "Zoë O’Brien \"quoted\" \\ back", street: "1 Main", city: "Hartford", state: "CT", zip: "06101", utility: null, organizationId: DEMO_ORGANIZATION.id },
    });
    const option = await testDb.db.option.create({
      data: {
        projectId: project.id,
        name: "Odd figures",
        pvKw: 0.1 + 0.2,
        annualProductionKwh: 12345.678901234567,
        batteryCapacityKwh: 13.5,
        batteryPowerKw: 1e-7,
        batteryCount: 2,
        reservePercent: 33.333333333333336,
        solarCostCents: 2_147_483_647,
        utilityEscalationPercent: -0.5,
        programs: { create: [{ programId: "ct-ess", enabled: true, inputs: { tier: "standard", nested: { list: [1, 2.5, null, "x"] } }, rateVersion: "ct-ess/2025-01" }, { programId: "other", enabled: false }] },
        customIncentives: {
          create: [
            { name: "Town rebate", kind: "upfront", basis: "per_kwh", amountCents: 5000, capCents: 100_000, createdAt: new Date("2026-01-01T00:00:00.001Z") },
            { name: "Annual credit", kind: "annual", amountCents: 1, years: 3, createdAt: new Date("2026-01-02T23:59:59.999Z") },
          ],
        },
      },
    });
    const read = await getOption(DEMO_ORGANIZATION.id, project.id, option.id);
    expect(read).toStrictEqual(await prismaInclude(project.id, option.id));
    expect(read?.pvKw).toBe(0.1 + 0.2);
    expect(read?.customIncentives.map((entry) => entry.name)).toEqual(["Town rebate", "Annual credit"]);
    expect(read?.customIncentives[1]?.createdAt).toEqual(new Date("2026-01-02T23:59:59.999Z"));
  });

  it("finds nothing under another organization, another project or an unknown id", async () => {
    const { id, projectId } = (await testDb.db.option.findFirst({ select: { id: true, projectId: true } }))!;
    const other = await testDb.db.project.findFirst({ where: { id: { not: projectId } }, select: { id: true } });
    expect(await getOption("another-organization", projectId, id)).toBeNull();
    expect(await getOption(DEMO_ORGANIZATION.id, other!.id, id)).toBeNull();
    expect(await getOption(DEMO_ORGANIZATION.id, projectId, "no-such-option")).toBeNull();
  });
});
