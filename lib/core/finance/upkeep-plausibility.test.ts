import { describe, expect, test } from "vitest";
import type { ReplacementInput } from "../financing/replacements";
import type { OptionInput } from "./option-input";
import { checkPlausibility, checkUpkeep, refusals } from "./plausibility";

/** One 13.5 kWh / 5 kW battery with 8 kW of PV, $40,000. */
const option: OptionInput = {
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: null },
  system: { pvKw: 8, battery: { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 } },
  costs: { solarCents: 2_400_000, batteryCents: 1_500_000, otherCents: 100_000 },
  billSavingsYear1Cents: 240_000,
  assumptions: { years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005 },
  programs: [],
  customIncentives: [],
};
const replacing = (...replacements: ReplacementInput[]): OptionInput => ({ ...option, assumptions: { ...option.assumptions, replacements } });

describe("upkeep plausibility: what is refused, and at which field", () => {
  test.each([
    { label: "no replacements: nothing", input: option, expected: [] },
    { label: "a $9,000 battery on the 10-year default: nothing", input: replacing({ component: "battery", costCents: 900_000 }), expected: [] },
    { label: "a replacement at exactly the system price: allowed (the boundary)", input: replacing({ component: "inverter", costCents: 4_000_000 }), expected: [] },
    {
      label: "a replacement one cent above the system price: refused at its price",
      input: replacing({ component: "inverter", costCents: 4_000_001 }),
      expected: [["refused", "inverter.costCents", "A $40,000.01 inverter replacement costs more than the whole system ($40,000): enter today's price of one replacement, installed."]],
    },
    {
      label: "a battery replacement on an option without a battery: refused",
      input: { ...replacing({ component: "battery", costCents: 900_000 }), system: { pvKw: 8, battery: null } },
      expected: [["refused", "battery.costCents", "This option has no battery to replace: clear the battery replacement price, or add the battery."]],
    },
    { label: "…but without a price it counts nothing, so it is no mistake", input: { ...replacing({ component: "battery", costCents: 0 }), system: { pvKw: 8, battery: null } }, expected: [] },
    {
      label: "a warranty of 0 years: refused at the warranty",
      input: replacing({ component: "battery", costCents: 900_000, warrantyYears: 0 }),
      expected: [["refused", "battery.warrantyYears", "A battery warranty of 0 years would replace it every year: enter its warranty term (at least 1 year)."]],
    },
    {
      label: "a warranty of 60 years: refused",
      input: replacing({ component: "inverter", costCents: 250_000, warrantyYears: 60 }),
      expected: [["refused", "inverter.warrantyYears", "No inverter carries a 60-year warranty (the longest, microinverters', is 25): enter at most 30 years, or clear the price to leave the replacement out."]],
    },
    { label: "a 30-year warranty: allowed (the limit itself)", input: replacing({ component: "inverter", costCents: 250_000, warrantyYears: 30 }), expected: [] },
  ])("$label", ({ input, expected }) => {
    const findings = checkUpkeep(input).map(({ severity, target, message }) => [severity, `${target.component}.${target.field}`, message]);
    expect(findings).toEqual(expected);
  });

  test("refusals keeps the refused upkeep findings; the system checks stay as they were", () => {
    const input = replacing({ component: "inverter", costCents: 5_000_000 });
    expect(refusals(checkUpkeep(input))).toHaveLength(1);
    expect(checkPlausibility(input)).toEqual(checkPlausibility(option));
  });
});
