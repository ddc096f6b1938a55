import { describe, expect, test } from "vitest";
import { batteryCostCents, batteryUnitCents, otherCostCents, solarCostCents, type PriceDefaults, type PricedBattery } from "./default-costs";

const prices: PriceDefaults = {
  solarCentsPerWatt: 290,
  batteryUnitCents: 1_200_000,
  catalogUnitCents: { "tesla-powerwall-3": 1_550_000, "tesla-powerwall-3-expansion": 850_000 },
  defaultAdders: [
    { name: "Critter guard", amountCents: 45_000 },
    { name: "Permit", amountCents: 30_050 },
  ],
};

const powerwall3 = (expansions: number): PricedBattery => ({ kind: "catalog", unitId: "tesla-powerwall-3", expansionId: "tesla-powerwall-3-expansion", expansions });

describe("solarCostCents: kW × 1000 W × cents per watt", () => {
  test.each([
    { label: "8 kW at $2.90/W is $23,200", pvKw: 8, centsPerWatt: 290, cents: 2_320_000 },
    // 8.4 × 1000 is 8400.000000000001 in binary; the one rounding brings it back to whole cents.
    { label: "a decimal size lands on whole cents", pvKw: 8.4, centsPerWatt: 290, cents: 2_436_000 },
    { label: "a watt-precise size: 7.125 kW at $3.01/W", pvKw: 7.125, centsPerWatt: 301, cents: 2_144_625 },
    { label: "0 kW (battery only) costs nothing", pvKw: 0, centsPerWatt: 290, cents: 0 },
    { label: "a size typed halfway (not a number) fills nothing", pvKw: Number.NaN, centsPerWatt: 290, cents: null },
    { label: "a negative size fills nothing", pvKw: -1, centsPerWatt: 290, cents: null },
  ])("$label", ({ pvKw, centsPerWatt, cents }) => {
    expect(solarCostCents(pvKw, centsPerWatt)).toBe(cents);
  });
});

describe("batteryUnitCents: the model's own price, else the default", () => {
  test.each<{ label: string; battery: PricedBattery; prices?: PriceDefaults; cents: number | null }>([
    { label: "a catalog model with its own price", battery: powerwall3(0), cents: 1_550_000 },
    { label: "a catalog model without one takes the default", battery: { kind: "catalog", unitId: "tesla-powerwall-2", expansionId: null, expansions: 0 }, cents: 1_200_000 },
    { label: "each expansion adds its own price", battery: powerwall3(2), cents: 1_550_000 + 2 * 850_000 },
    { label: "an expansion without a price leaves the unit unpriced", battery: powerwall3(1), prices: { ...prices, catalogUnitCents: { "tesla-powerwall-3": 1_550_000 } }, cents: null },
    { label: "an own model's price wins over the default", battery: { kind: "own", unitCents: 990_000 }, cents: 990_000 },
    { label: "an own model without a price takes the default", battery: { kind: "own", unitCents: null }, cents: 1_200_000 },
    { label: "a model not listed takes the default", battery: { kind: "not-listed" }, cents: 1_200_000 },
    { label: "no default and no own price: unpriced", battery: { kind: "not-listed" }, prices: { ...prices, batteryUnitCents: null }, cents: null },
  ])("$label", ({ battery, prices: given = prices, cents }) => {
    expect(batteryUnitCents(given, battery)).toBe(cents);
  });
});

describe("batteryCostCents: unit price × count", () => {
  test.each([
    { label: "two Powerwall 3s", count: 2, cents: 3_100_000 },
    { label: "no battery costs nothing, priced or not", count: 0, cents: 0 },
    { label: "a count typed halfway fills nothing", count: 1.5, cents: null },
    { label: "a negative count fills nothing", count: -1, cents: null },
  ])("$label", ({ count, cents }) => {
    expect(batteryCostCents(prices, powerwall3(0), count)).toBe(cents);
  });

  test("an unpriced battery fills nothing", () => {
    expect(batteryCostCents({ ...prices, batteryUnitCents: null }, { kind: "not-listed" }, 1)).toBeNull();
  });
});

describe("otherCostCents: the default-on adders", () => {
  test.each([
    { label: "two adders add up to the cent", adders: prices.defaultAdders, cents: 75_050 },
    { label: "none is 0", adders: [], cents: 0 },
  ])("$label", ({ adders, cents }) => {
    expect(otherCostCents({ ...prices, defaultAdders: adders })).toBe(cents);
  });
});
