/**
 * Invariants every catalog entry must keep: a new model gets these checks for free. Bounds are physical sanity, not
 * a datasheet check: a figure outside them is a typo (kW for kWh, 89 for 0.89), not a new product.
 */
import { describe, expect, test } from "vitest";
import { isProgramId } from "../programs/registry";
import { BATTERY_BOUNDS } from "./bounds";
import { batteryCatalog, batteryModelsFor, findBatteryModel } from "./catalog";
import type { BatteryModel, FigureSource } from "./types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const entries = batteryCatalog.map((model) => ({ id: model.id, model }));

function sourcesOf(model: BatteryModel): FigureSource[] {
  return [model.source, ...model.otherSources];
}

describe.each(entries)("catalog entry $id", ({ model }) => {
  test("usable energy per unit is above 0 and at most 30 kWh", () => {
    expect(model.usableKwh).toBeGreaterThan(BATTERY_BOUNDS.usableKwh.min);
    expect(model.usableKwh).toBeLessThanOrEqual(BATTERY_BOUNDS.usableKwh.max);
  });

  test("a battery unit's power is above 0 and at most 15 kW, and its peak (if published) is not below it", () => {
    if (model.kind !== "battery") return expect(model.kind).toBe("expansion");
    expect(model.continuousKw).toBeGreaterThan(BATTERY_BOUNDS.continuousKw.min);
    expect(model.continuousKw).toBeLessThanOrEqual(BATTERY_BOUNDS.continuousKw.max);
    if (model.peakKw !== null) expect(model.peakKw).toBeGreaterThanOrEqual(model.continuousKw);
  });

  test("a battery unit's round trip is a fraction from 0.8 to 0.98", () => {
    if (model.kind !== "battery") return expect(model.kind).toBe("expansion");
    expect(model.roundTripEfficiency).toBeGreaterThanOrEqual(BATTERY_BOUNDS.roundTripEfficiency.min);
    expect(model.roundTripEfficiency).toBeLessThanOrEqual(BATTERY_BOUNDS.roundTripEfficiency.max);
  });

  test("the warranty runs 5 to 20 years, or the notes say why it is missing; end capacity is a fraction", () => {
    const { years, throughputMwh, endCapacity } = model.warranty;
    if (years === null) {
      expect(sourcesOf(model).map((source) => source.notes).join(" ")).toMatch(/warranty/i);
    } else {
      expect(years).toBeGreaterThanOrEqual(BATTERY_BOUNDS.warrantyYears.min);
      expect(years).toBeLessThanOrEqual(BATTERY_BOUNDS.warrantyYears.max);
    }
    if (throughputMwh !== null) expect(throughputMwh).toBeGreaterThan(0);
    if (endCapacity !== null) {
      expect(endCapacity).toBeGreaterThan(0.5);
      expect(endCapacity).toBeLessThan(1);
    }
  });

  test("every source has a title, an https address, an ISO date and notes", () => {
    for (const source of sourcesOf(model)) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(source.checkedOn).toMatch(ISO_DATE);
      expect(Number.isNaN(Date.parse(source.checkedOn))).toBe(false);
      expect(source.notes.length).toBeGreaterThan(0);
    }
  });

  test("a secondary main source says so in its notes (the datasheet could not be reached)", () => {
    if (model.source.isPrimary) return expect(model.source.isPrimary).toBe(true);
    expect(model.source.notes).toMatch(/secondary|mirror/i);
  });

  test("every program listing names a catalog program, an https list, an ISO date and the list's words", () => {
    for (const listing of model.eligibleFor) {
      expect(isProgramId(listing.programId)).toBe(true);
      expect(listing.url).toMatch(/^https:\/\//);
      expect(listing.checkedOn).toMatch(ISO_DATE);
      expect(listing.listedAs.length).toBeGreaterThan(0);
    }
  });

  test("an expansion attaches to a battery unit in the catalog", () => {
    if (model.kind !== "expansion") return expect(model.kind).toBe("battery");
    expect(findBatteryModel(model.expands)?.kind).toBe("battery");
    expect(model.maxPerUnit).toBeGreaterThanOrEqual(1);
  });
});

describe("the catalog as a whole", () => {
  test("ids are unique, lowercase and hyphenated", () => {
    const ids = batteryCatalog.map((model) => model.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test("manufacturer and model together are unique (the option stores the name)", () => {
    const names = batteryCatalog.map((model) => `${model.manufacturer} ${model.model}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("lookups", () => {
  test.each([
    { label: "a catalog id finds its model", id: "tesla-powerwall-3", found: "Powerwall 3" },
    { label: "the expansion is its own entry", id: "tesla-powerwall-3-expansion", found: "Powerwall 3 Expansion" },
    { label: "an unknown id finds nothing", id: "tesla-powerwall-9", found: undefined },
    { label: "ids are exact (no case folding)", id: "Tesla-Powerwall-3", found: undefined },
  ])("$label", ({ id, found }) => {
    expect(findBatteryModel(id)?.model).toBe(found);
  });

  test.each([
    { label: "ConnectedSolutions MA: Eversource's list and an installer's manufacturer list", programId: "connected-solutions-ma" as const, includes: ["tesla-powerwall-2", "generac-pwrcell-m6", "franklinwh-apower", "tesla-powerwall-3"] },
    { label: "CT-ESS: only the model a secondary page shows enrolled", programId: "ct-ess" as const, includes: ["tesla-powerwall-3"] },
    { label: "a program whose list could not be read names nothing", programId: "connected-solutions-ri" as const, includes: [] },
    { label: "California programs pay by performance, not by a list", programId: "dsgs" as const, includes: [] },
  ])("$label", ({ programId, includes }) => {
    const ids = batteryModelsFor(programId).map((model) => model.id);
    expect(ids).toEqual(expect.arrayContaining(includes));
    if (includes.length === 0) expect(ids).toEqual([]);
    for (const id of ids) expect(findBatteryModel(id)?.eligibleFor.some((listing) => listing.programId === programId)).toBe(true);
  });
});
