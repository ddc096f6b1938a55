import { describe, expect, test } from "vitest";
import { DomainError } from "../errors/domain-error";
import { batteryPickGroups, fieldsForOwnModel, fieldsForPick, findOwnModel, listingNotesFor, matchBatteryPick, matchPickValue, ownPickValue, type OwnBatteryModel } from "./battery-picks";
import { batteryCatalog } from "./catalog";

describe("batteryPickGroups", () => {
  test("offers every battery unit once, grouped by manufacturer, and no expansion on its own", () => {
    const picks = batteryPickGroups().flatMap((group) => group.picks.map((pick) => pick.unit.id));
    const units = batteryCatalog.filter((model) => model.kind === "battery").map((model) => model.id);
    expect(picks.sort()).toEqual(units.sort());
    expect(picks).not.toContain("tesla-powerwall-3-expansion");
  });

  test("each group holds one manufacturer's models, and each manufacturer has one group", () => {
    const groups = batteryPickGroups();
    for (const group of groups) expect(group.picks.every((pick) => pick.unit.manufacturer === group.manufacturer)).toBe(true);
    expect(new Set(groups.map((group) => group.manufacturer)).size).toBe(groups.length);
  });

  test("the Powerwall 3 carries its Expansion, the Powerwall 2 none", () => {
    const tesla = batteryPickGroups().find((group) => group.manufacturer === "Tesla")?.picks ?? [];
    expect(tesla.find((pick) => pick.unit.id === "tesla-powerwall-3")?.expansion?.id).toBe("tesla-powerwall-3-expansion");
    expect(tesla.find((pick) => pick.unit.id === "tesla-powerwall-2")?.expansion).toBeNull();
  });
});

describe("fieldsForPick", () => {
  test.each([
    { label: "a Powerwall 3 alone: the datasheet's 13.5 kWh and 11.5 kW", unitId: "tesla-powerwall-3", expansions: 0, count: 1, fields: { batteryModel: "Tesla Powerwall 3", batteryCapacityKwh: 13.5, batteryPowerKw: 11.5, batteryCount: 1 } },
    { label: "with two Expansions: 40.5 kWh per unit, the power unchanged", unitId: "tesla-powerwall-3", expansions: 2, count: 2, fields: { batteryModel: "Tesla Powerwall 3 + 2 Expansions", batteryCapacityKwh: 40.5, batteryPowerKw: 11.5, batteryCount: 2 } },
    { label: "a model without an expansion", unitId: "generac-pwrcell-m4", expansions: 0, count: 1, fields: { batteryCapacityKwh: 12, batteryPowerKw: 4.5 } },
  ])("$label", ({ unitId, expansions, count, fields }) => {
    expect(fieldsForPick(unitId, expansions, count)).toMatchObject(fields);
  });

  test.each([
    { label: "an id the catalog does not have", unitId: "acme-battery", expansions: 0 },
    { label: "an expansion id, which is not a battery on its own", unitId: "tesla-powerwall-3-expansion", expansions: 0 },
    { label: "expansions on a model that takes none", unitId: "tesla-powerwall-2", expansions: 1 },
    { label: "more expansions than Tesla allows", unitId: "tesla-powerwall-3", expansions: 4 },
  ])("refuses $label", ({ unitId, expansions }) => {
    expect(() => fieldsForPick(unitId, expansions, 1)).toThrow(DomainError);
  });
});

describe("matchBatteryPick", () => {
  test.each([
    { label: "the catalog's own name", text: "Tesla Powerwall 3", match: { unitId: "tesla-powerwall-3", expansions: 0 } },
    { label: "surrounding spaces do not matter", text: "  Tesla Powerwall 2 ", match: { unitId: "tesla-powerwall-2", expansions: 0 } },
    { label: "a combined unit gives back its expansion count", text: "Tesla Powerwall 3 + 3 Expansions", match: { unitId: "tesla-powerwall-3", expansions: 3 } },
    { label: "a size in the name picks that size", text: "Generac PWRcell M5 (15 kWh)", match: { unitId: "generac-pwrcell-m5", expansions: 0 } },
    { label: "a name edited away from the catalog's is not listed", text: "Tesla Powerwall 3 (white)", match: null },
    { label: "more expansions than exist is not a catalog name", text: "Tesla Powerwall 3 + 4 Expansions", match: null },
    { label: "a blank model (solar only)", text: "", match: null },
  ])("$label", ({ text, match }) => {
    expect(matchBatteryPick(text)).toEqual(match);
  });

  test("every pick's own name matches back to it", () => {
    for (const { picks } of batteryPickGroups()) {
      for (const { unit } of picks) expect(matchBatteryPick(fieldsForPick(unit.id, 0, 1).batteryModel)).toEqual({ unitId: unit.id, expansions: 0 });
    }
  });
});

describe("listingNotesFor", () => {
  test("names the program, the list's words, its title and the day it was read", () => {
    expect(listingNotesFor("tesla-powerwall-2")).toContainEqual(
      expect.objectContaining({ programName: "ConnectedSolutions (Massachusetts)", listedAs: "Tesla Powerwall 2", checkedOn: "Dec 3, 2026", isPrimary: true }),
    );
  });

  test("a secondary page stays marked as not the program's own list", () => {
    const ctEss = listingNotesFor("tesla-powerwall-3").find((note) => note.programName.includes("Connecticut"));
    expect(ctEss?.isPrimary).toBe(false);
  });

  test("an id the catalog does not have has no notes", () => {
    expect(listingNotesFor("acme-battery")).toEqual([]);
  });
});

const acme: OwnBatteryModel = {
  id: "cm-acme-12",
  manufacturer: "Acme Storage",
  model: "Home 12",
  usableKwh: 12,
  continuousKw: 6,
  roundTripEfficiencyPercent: 90,
  warrantyYears: 10,
  datasheetUrl: null,
  unitCents: 990_000,
};

describe("an organization's own models", () => {
  test("fill the same four figures a catalog pick fills", () => {
    expect(fieldsForOwnModel(acme, 2)).toEqual({ batteryModel: "Acme Storage Home 12", batteryCapacityKwh: 12, batteryPowerKw: 6, batteryCount: 2 });
  });

  test.each([
    { label: "no battery", count: 0 },
    { label: "a fraction of one", count: 1.5 },
    { label: "more than the form allows", count: 101 },
  ])("refuse a count of $label", ({ count }) => {
    expect(() => fieldsForOwnModel(acme, count)).toThrow(DomainError);
  });

  test.each([
    { label: "an own model's picker value finds it", value: ownPickValue("cm-acme-12"), found: "cm-acme-12" },
    // A catalog id is never read as an own model's, even when the organization's id happens to match it.
    { label: "a catalog id is not an own model", value: "cm-acme-12", found: undefined },
    { label: "a model since removed is not found", value: ownPickValue("cm-gone"), found: undefined },
  ])("$label", ({ value, found }) => {
    expect(findOwnModel(value, [acme])?.id).toBe(found);
  });

  test.each([
    { label: "a catalog name picks the catalog model", text: "Tesla Powerwall 3 + 1 Expansion", match: { value: "tesla-powerwall-3", expansions: 1 } },
    { label: "an own model's name picks it", text: " Acme Storage Home 12 ", match: { value: ownPickValue("cm-acme-12"), expansions: 0 } },
    { label: "a name on neither list is not listed", text: "Acme Storage Home 13", match: { value: "", expansions: 0 } },
    { label: "a blank model (solar only)", text: "", match: { value: "", expansions: 0 } },
  ])("matchPickValue: $label", ({ text, match }) => {
    expect(matchPickValue(text, [acme])).toEqual(match);
  });
});
