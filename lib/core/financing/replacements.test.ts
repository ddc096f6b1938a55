import { describe, expect, test } from "vitest";
import { lifecycleCosts, replacementYears, WARRANTY_DEFAULTS } from "./replacements";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("replacement years", () => {
  test.each([
    { label: "a 10-year battery over 25 years: years 11 and 21", warranty: 10, horizon: 25, repeats: true, expected: [11, 21] },
    { label: "a 12-year inverter over 25 years: years 13 and 25 (the last year still counts)", warranty: 12, horizon: 25, repeats: true, expected: [13, 25] },
    { label: "once only", warranty: 10, horizon: 25, repeats: false, expected: [11] },
    { label: "a 25-year microinverter warranty outlasts a 25-year horizon: none", warranty: 25, horizon: 25, repeats: true, expected: [] },
  ])("$label", ({ warranty, horizon, repeats, expected }) => {
    expect(replacementYears(warranty, horizon, repeats)).toEqual(expected);
  });

  test("the defaults are the sourced warranty terms", () => {
    expect(WARRANTY_DEFAULTS.battery.years).toBe(10);
    expect(WARRANTY_DEFAULTS.inverter.years).toBe(12);
    for (const entry of Object.values(WARRANTY_DEFAULTS)) {
      expect(entry.sourceUrl).toMatch(/^https:\/\//);
      expect(entry.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("lifecycle costs by year", () => {
  test("battery and inverter replacements at today's prices, O&M rising 2.5% a year", () => {
    const costs = lifecycleCosts({
      years: 25,
      replacements: [
        { component: "battery", costCents: 1_000_000 },
        { component: "inverter", costCents: 250_000 },
      ],
      om: { yearlyCents: 20_000, escalator: 0.025 },
    });
    expect(costs.replacementCents[10]).toBe(1_000_000); // year 11
    expect(costs.replacementCents[12]).toBe(250_000); // year 13
    expect(costs.replacementCents[20]).toBe(1_000_000); // year 21
    expect(costs.replacementCents[24]).toBe(250_000); // year 25
    expect(sum(costs.replacementCents)).toBe(2_500_000);
    // $200 × 1.025 = $205; × 1.025² = 210.125 → $210.13.
    expect(costs.omCents.slice(0, 3)).toEqual([20_000, 20_500, 21_013]);
    expect(costs.totalCents[10]).toBe(1_000_000 + (costs.omCents[10] ?? 0));
    expect(sum(costs.totalCents)).toBe(sum(costs.replacementCents) + sum(costs.omCents));
    expect(costs.explanation[0]).toBe(
      "Battery: replaced after its 10-year warranty (default: EnergySage: Tesla Powerwall warranty (review of the warranty document)), year 11: $10,000; year 21: $10,000 (today's price).",
    );
  });

  test("a replacement price that rises 2% a year: $10,000 × 1.02^10 = $12,189.94 in year 11", () => {
    const costs = lifecycleCosts({ years: 15, replacements: [{ component: "battery", costCents: 1_000_000, costEscalator: 0.02, repeats: false }] });
    expect(costs.replacementCents[10]).toBe(1_218_994);
  });

  test("a replacement without a price is stated and not counted", () => {
    const costs = lifecycleCosts({ years: 25, replacements: [{ component: "inverter", costCents: 0 }] });
    expect(sum(costs.totalCents)).toBe(0);
    expect(costs.explanation[0]).toContain("no price is entered, so nothing is counted");
  });

  test("no O&M and no replacements: zeros for every year", () => {
    expect(lifecycleCosts({ years: 3, replacements: [] }).totalCents).toEqual([0, 0, 0]);
  });
});
