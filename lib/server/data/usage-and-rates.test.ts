import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTariffVersion, type UsageAndRatesInput } from "../../core/bills";
import { DomainError } from "../../core/errors/domain-error";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import type { Actor } from "./actor";
import { getOption } from "./options";
import {
  addOrganizationTariff,
  clearUsageAndRates,
  findOrganizationTariff,
  findOrganizationTariffs,
  removeOrganizationTariff,
  saveUsageAndRates,
} from "./usage-and-rates";

const ORG = "org-usage-own";
const RIVAL_ORG = "org-usage-rival";
const owner: Actor = { userId: "user-usage-owner", userName: "Dana Whitfield", organizationId: ORG };
const rival: Actor = { userId: "user-usage-rival", userName: "Rita Rival", organizationId: RIVAL_ORG };

const monthly: UsageAndRatesInput = {
  usage: { kind: "monthly", monthlyKwh: [620, 540, 510, 480, 520, 700, 910, 950, 800, 600, 560, 640] },
  production: { kind: "design" },
  tariff: { kind: "catalog", tariffId: "pge-e-tou-c" },
};

const urdb = () => structuredClone(getTariffVersion("pge-e-elec/2026-03")!.urdb) as Record<string, unknown>;

async function refusal(run: Promise<unknown>): Promise<DomainError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe.each(testDatabaseKinds())("usage and rates, and pasted rates, on %s", (kind) => {
  let testDb: TestDb;
  let key: { projectId: string; optionId: string };
  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
    const db = testDb.db;
    await db.organization.create({ data: { id: ORG, name: "Usage Solar", slug: "usage-solar" } });
    await db.organization.create({ data: { id: RIVAL_ORG, name: "Rival Solar", slug: "rival-solar-usage" } });
    const project = await db.project.create({ data: { organizationId: ORG, customerName: "Pat Usage", street: "1 Main St", city: "Oakland", state: "CA", zip: "94601", utility: "PG&E", tariff: "NEM2" } });
    const option = await db.option.create({ data: { projectId: project.id, name: "Solar + battery", pvKw: 7, annualProductionKwh: 10_500, billSavingsYear1Cents: 180_000 } });
    key = { projectId: project.id, optionId: option.id };
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  const stored = async () => testDb.db.option.findUniqueOrThrow({ where: { id: key.optionId }, select: { usageAndRates: true, version: true } });

  it("a save at the loaded version stores the checked value with its defaults, bumps the version and writes an audit row", async () => {
    const { version } = await stored();
    expect(await saveUsageAndRates(owner, { ...key, version }, monthly)).toBe("saved");
    const after = await stored();
    expect(after.version).toBe(version + 1);
    expect(after.usageAndRates).toEqual({ ...monthly, exportRule: null, savingsFrom: "model", calendar: "proposal-year" });
    // The option as every page reads it (one SQL statement, JSON revived) carries the same value.
    expect((await getOption(ORG, key.projectId, key.optionId))?.usageAndRates).toEqual(after.usageAndRates);
    const audit = await testDb.db.auditEvent.findFirst({ where: { optionId: key.optionId, action: "option.usage_saved" }, orderBy: { createdAt: "desc" } });
    expect(audit?.summary).toBe("Saved the usage and rates of “Solar + battery”: 12 months of usage, the design's annual production, PG&E E-TOU-C.");
  });

  it("a save from an older version is a conflict and changes nothing", async () => {
    const before = await stored();
    const changed = { ...monthly, savingsFrom: "typed" as const };
    expect(await saveUsageAndRates(owner, { ...key, version: before.version - 1 }, changed)).toBe("conflict");
    expect(await stored()).toEqual(before);
  });

  it("of two saves from the same version at once, one is saved and the other told", async () => {
    const { version } = await stored();
    const outcomes = await Promise.all([
      saveUsageAndRates(owner, { ...key, version }, { ...monthly, calendar: "sam" }),
      saveUsageAndRates(owner, { ...key, version }, { ...monthly, savingsFrom: "typed" }),
    ]);
    expect(outcomes.sort()).toEqual(["conflict", "saved"]);
    expect((await stored()).version).toBe(version + 1);
  });

  it.each([
    { label: "monthly usage of 0 kWh", value: { ...monthly, usage: { kind: "monthly", monthlyKwh: [0, 540, 510, 480, 520, 700, 910, 950, 800, 600, 560, 640] } }, field: "usage.monthlyKwh.0" },
    { label: "a tariff of an unknown kind", value: { ...monthly, tariff: { kind: "secret" } }, field: "tariff.kind" },
  ])("$label is refused with the field named before anything is written", async ({ value, field }) => {
    const before = await stored();
    const error = await refusal(saveUsageAndRates(owner, { ...key, version: before.version }, value));
    expect(Object.keys(error.fieldErrors)).toEqual([field]);
    expect(await stored()).toEqual(before);
  });

  it("another organization finds the option gone and changes nothing", async () => {
    const before = await stored();
    expect(await saveUsageAndRates(rival, { ...key, version: before.version }, monthly)).toBe("gone");
    expect(await clearUsageAndRates(rival, { ...key, version: before.version })).toBe("gone");
    expect(await stored()).toEqual(before);
  });

  it("clearing goes back to the typed figure (SQL NULL), at the loaded version only", async () => {
    const { version } = await stored();
    expect(await clearUsageAndRates(owner, { ...key, version: version - 1 })).toBe("conflict");
    expect(await clearUsageAndRates(owner, { ...key, version })).toBe("saved");
    expect(await stored()).toEqual({ usageAndRates: null, version: version + 1 });
    const audit = await testDb.db.auditEvent.findFirst({ where: { optionId: key.optionId, action: "option.usage_cleared" } });
    expect(audit?.summary).toBe("Cleared the usage and rates of “Solar + battery”: its typed year-1 bill savings count again.");
  });

  it("pasted rates are listed by name to their organization only, and deleted once", async () => {
    const second = await addOrganizationTariff(owner, { name: "Z town rate", utility: "Concord Municipal Light Plant", state: "MA", urdb: urdb() });
    const first = await addOrganizationTariff(owner, { name: "A muni TOU", utility: null, state: null, urdb: urdb() });
    expect((await findOrganizationTariffs(ORG)).map((tariff) => [tariff.name, tariff.utility, tariff.state])).toEqual([
      ["A muni TOU", null, null],
      ["Z town rate", "Concord Municipal Light Plant", "MA"],
    ]);
    expect((await findOrganizationTariff(ORG, second))?.urdb).toEqual(urdb());
    expect(await findOrganizationTariffs(RIVAL_ORG)).toEqual([]);
    expect(await findOrganizationTariff(RIVAL_ORG, second)).toBeNull();
    expect(await removeOrganizationTariff(rival, first)).toBe(false);
    expect(await removeOrganizationTariff(owner, first)).toBe(true);
    expect(await removeOrganizationTariff(owner, first)).toBe(false);
    expect((await findOrganizationTariffs(ORG)).map((tariff) => tariff.name)).toEqual(["Z town rate"]);
    const audits = await testDb.db.auditEvent.findMany({ where: { organizationId: ORG, action: { startsWith: "tariff." } }, orderBy: { createdAt: "asc" }, select: { action: true, summary: true, projectId: true } });
    expect(audits).toEqual([
      { action: "tariff.added", summary: "Added the pasted rate “Z town rate”.", projectId: null },
      { action: "tariff.added", summary: "Added the pasted rate “A muni TOU”.", projectId: null },
      { action: "tariff.removed", summary: "Deleted the pasted rate “A muni TOU”. Options that use it keep their copy.", projectId: null },
    ]);
  });

  it("a pasted rate with a schedule index out of range is refused with the URDB field named, and nothing is stored", async () => {
    const bad = urdb();
    (bad.energyweekendschedule as number[][])[0]![3] = 9;
    const count = await testDb.db.organizationTariff.count();
    const error = await refusal(addOrganizationTariff(owner, { name: "Broken", utility: null, state: null, urdb: bad }));
    expect(error.fieldErrors).toHaveProperty(["urdbRate.energyweekendschedule[0][3]"]);
    expect(error.message).toMatch(/^URDB rate: energyweekendschedule\[0\]\[3\] is period 9/);
    expect(await testDb.db.organizationTariff.count()).toBe(count);
  });
});
