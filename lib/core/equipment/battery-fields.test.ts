import { describe, expect, test } from "vitest";
import { DomainError } from "../errors/domain-error";
import { batteryFieldsFrom, withExpansions } from "./battery-fields";
import { findBatteryModel } from "./catalog";
import type { BatteryExpansion, BatteryUnit } from "./types";

function unit(id: string): BatteryUnit {
  const model = findBatteryModel(id);
  if (model?.kind !== "battery") throw new Error(`${id} is not a battery unit in the catalog`);
  return model;
}

function expansion(id: string): BatteryExpansion {
  const model = findBatteryModel(id);
  if (model?.kind !== "expansion") throw new Error(`${id} is not an expansion in the catalog`);
  return model;
}

describe("batteryFieldsFrom", () => {
  test.each([
    {
      label: "one Powerwall 3: the datasheet's kWh and kW, the round trip in percent",
      model: unit("tesla-powerwall-3"),
      count: 1,
      fields: { batteryModel: "Tesla Powerwall 3", batteryCapacityKwh: 13.5, batteryPowerKw: 11.5, batteryCount: 1, roundTripEfficiencyPercent: 89, efficiencyBasis: "solar to battery to grid", catalogId: "tesla-powerwall-3" },
    },
    {
      label: "two Powerwall 2: per-unit figures stay per unit, the count carries the multiple",
      model: unit("tesla-powerwall-2"),
      count: 2,
      fields: { batteryModel: "Tesla Powerwall 2", batteryCapacityKwh: 13.5, batteryPowerKw: 5, batteryCount: 2, roundTripEfficiencyPercent: 90, efficiencyBasis: "AC to AC" },
    },
    {
      label: "a DC-to-DC round trip keeps its decimal (96.5 %) and says what it measures",
      model: unit("generac-pwrcell-m6"),
      count: 1,
      fields: { batteryModel: "Generac PWRcell M6 (18 kWh)", batteryCapacityKwh: 18, batteryPowerKw: 6.7, roundTripEfficiencyPercent: 96.5, efficiencyBasis: "DC to DC" },
    },
    {
      label: "the option form's largest count (100) is accepted",
      model: unit("franklinwh-apower"),
      count: 100,
      fields: { batteryCount: 100, batteryCapacityKwh: 13.6, batteryPowerKw: 5 },
    },
  ])("$label", ({ model, count, fields }) => {
    expect(batteryFieldsFrom(model, count)).toMatchObject(fields);
  });

  test("the model text fits the option's 120-character battery model field for every catalog unit", () => {
    for (const id of ["tesla-powerwall-3", "tesla-powerwall-2", "generac-pwrcell-m3", "franklinwh-apower"]) {
      expect(batteryFieldsFrom(unit(id), 1).batteryModel.length).toBeLessThanOrEqual(120);
    }
  });

  test.each([
    { label: "no batteries is not a catalog pick (the form clears the fields instead)", count: 0 },
    { label: "a fraction of a battery", count: 1.5 },
    { label: "more than the form allows", count: 101 },
    { label: "not a number", count: Number.NaN },
  ])("refuses $label", ({ count }) => {
    expect(() => batteryFieldsFrom(unit("tesla-powerwall-3"), count)).toThrow(DomainError);
  });
});

describe("withExpansions", () => {
  const powerwall3 = unit("tesla-powerwall-3");
  const expansionUnit = expansion("tesla-powerwall-3-expansion");

  test.each([
    { label: "none: the unit itself", perUnit: 0, usableKwh: 13.5, name: "Powerwall 3", id: "tesla-powerwall-3" },
    { label: "one: the energy adds up, the power does not (no inverter)", perUnit: 1, usableKwh: 27, name: "Powerwall 3 + 1 Expansion", id: "tesla-powerwall-3+1xtesla-powerwall-3-expansion" },
    { label: "three, the most Tesla allows: 54 kWh without float noise", perUnit: 3, usableKwh: 54, name: "Powerwall 3 + 3 Expansions", id: "tesla-powerwall-3+3xtesla-powerwall-3-expansion" },
  ])("$label", ({ perUnit, usableKwh, name, id }) => {
    const combined = withExpansions(powerwall3, expansionUnit, perUnit);
    expect(combined).toMatchObject({ usableKwh, model: name, id, continuousKw: 11.5, roundTripEfficiency: 0.89 });
    expect(batteryFieldsFrom(combined, 2)).toMatchObject({ batteryModel: `Tesla ${name}`, batteryCapacityKwh: usableKwh, batteryPowerKw: 11.5, batteryCount: 2 });
  });

  test("the combined unit cites the expansion's sources too", () => {
    const combined = withExpansions(powerwall3, expansionUnit, 1);
    expect(combined.otherSources.map((source) => source.url)).toContain(expansionUnit.source.url);
  });

  test.each([
    { label: "more than Tesla allows on one Powerwall 3", base: powerwall3, perUnit: 4 },
    { label: "a negative count", base: powerwall3, perUnit: -1 },
    { label: "an expansion on a battery it does not fit", base: unit("tesla-powerwall-2"), perUnit: 1 },
  ])("refuses $label", ({ base, perUnit }) => {
    expect(() => withExpansions(base, expansionUnit, perUnit)).toThrow(DomainError);
  });
});
