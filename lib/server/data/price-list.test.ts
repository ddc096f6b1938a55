import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import type { TCustomBatteryModelForm } from "../../validation/price-list";
import type { Actor } from "./actor";
import { addOwnBatteryModel, addPriceAdder, findOwnBatteryModels, findPriceDefaults, findPricesAndEquipment, removeOwnBatteryModel, removePriceAdder, savePriceList } from "./price-list";

const ORGANIZATION = "org-prices";
const OTHER_ORGANIZATION = "org-prices-other";
const owner: Actor = { userId: "prices-owner", userName: "Priya Owner", organizationId: ORGANIZATION };
const rival: Actor = { userId: "prices-rival", userName: "Rita Rival", organizationId: OTHER_ORGANIZATION };

const acme: TCustomBatteryModelForm = {
  manufacturer: "Acme Storage",
  model: "Home 12",
  usableKwh: 12,
  continuousKw: 6,
  roundTripEfficiencyPercent: 90,
  warrantyYears: 10,
  datasheetUrl: "https://acme.example/home-12.pdf",
  unitCents: 990_000,
};

describe.each(testDatabaseKinds())("prices and own equipment on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
    await testDb.db.organization.createMany({
      data: [
        { id: ORGANIZATION, name: "Harbor Light Solar", slug: "harbor-light-prices" },
        { id: OTHER_ORGANIZATION, name: "Rival Solar", slug: "rival-prices" },
      ],
    });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  const latestAudit = () => testDb.db.auditEvent.findFirst({ where: { organizationId: ORGANIZATION }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

  it("without a price list, a new option has no defaults", async () => {
    expect(await findPriceDefaults(ORGANIZATION)).toBeNull();
    expect(await findPricesAndEquipment(ORGANIZATION)).toEqual({ priceList: null, adders: [], models: [] });
  });

  it("a saved price list is the organization's, with its catalog prices, and the save is audited in words", async () => {
    const changes = await savePriceList(owner, { solarCentsPerWatt: 290, batteryUnitCents: 1_200_000, catalogUnitCents: { "tesla-powerwall-3": 1_550_000 } });
    expect(changes).toEqual(["solar $2.90/W", "default battery $12,000", "Tesla Powerwall 3 $15,500"]);
    expect(await findPriceDefaults(ORGANIZATION)).toEqual({ solarCentsPerWatt: 290, batteryUnitCents: 1_200_000, catalogUnitCents: { "tesla-powerwall-3": 1_550_000 }, defaultAdders: [] });
    expect(await findPriceDefaults(OTHER_ORGANIZATION)).toBeNull();
    expect(await latestAudit()).toMatchObject({ projectId: null, actorName: "Priya Owner", action: "organization.prices_updated", summary: "Updated the price list: solar $2.90/W, default battery $12,000, Tesla Powerwall 3 $15,500." });
  });

  it("a second save replaces the catalog prices it no longer states, and says only what changed", async () => {
    const changes = await savePriceList(owner, { solarCentsPerWatt: 300, batteryUnitCents: 1_200_000, catalogUnitCents: { "tesla-powerwall-2": 1_100_000 } });
    expect(changes).toEqual(["solar $3.00/W", "Tesla Powerwall 2 $11,000", "Tesla Powerwall 3: no price of its own"]);
    expect((await findPriceDefaults(ORGANIZATION))?.catalogUnitCents).toEqual({ "tesla-powerwall-2": 1_100_000 });
    expect(await savePriceList(owner, { solarCentsPerWatt: 300, batteryUnitCents: 1_200_000, catalogUnitCents: { "tesla-powerwall-2": 1_100_000 } })).toEqual([]);
  });

  it("default-on adders start a new option; the others are only listed; another organization cannot remove them", async () => {
    const critter = await addPriceAdder(owner, { name: "Critter guard", amountCents: 45_000, isDefaultOn: true });
    await addPriceAdder(owner, { name: "Main panel upgrade", amountCents: 250_000, isDefaultOn: false });
    expect((await findPriceDefaults(ORGANIZATION))?.defaultAdders).toEqual([{ name: "Critter guard", amountCents: 45_000 }]);
    expect((await findPricesAndEquipment(ORGANIZATION)).adders.map((adder) => adder.name)).toEqual(["Critter guard", "Main panel upgrade"]);
    expect(await latestAudit()).toMatchObject({ action: "organization.adder_added", summary: "Added the adder “Main panel upgrade” ($2,500)." });

    expect(await removePriceAdder(rival, critter)).toBe(false);
    expect(await removePriceAdder(owner, critter)).toBe(true);
    expect(await removePriceAdder(owner, critter)).toBe(false);
    expect((await findPriceDefaults(ORGANIZATION))?.defaultAdders).toEqual([]);
  });

  it("an own model is listed to its organization only, once per name, and removed with an audit row", async () => {
    const added = await addOwnBatteryModel(owner, acme);
    expect(added.outcome).toBe("added");
    expect(await addOwnBatteryModel(owner, acme)).toEqual({ outcome: "duplicate" });
    // The same name in another organization is that organization's own model.
    expect((await addOwnBatteryModel(rival, acme)).outcome).toBe("added");
    const models = await findOwnBatteryModels(ORGANIZATION);
    expect(models).toEqual([{ id: added.outcome === "added" ? added.id : "", ...acme }]);
    expect(await latestAudit()).toMatchObject({ action: "organization.battery_model_added", summary: "Added the battery model “Acme Storage Home 12” (12 kWh, 6 kW)." });

    const id = models[0]!.id;
    expect(await removeOwnBatteryModel(rival, id)).toBe(false);
    expect(await removeOwnBatteryModel(owner, id)).toBe(true);
    expect(await findOwnBatteryModels(ORGANIZATION)).toEqual([]);
    expect(await findOwnBatteryModels(OTHER_ORGANIZATION)).toHaveLength(1);
  });
});
