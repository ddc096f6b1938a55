/**
 * The stored option's upkeep columns → the engine's assumptions. The rest of the mapping is tested in proposal.test.ts.
 */
import { describe, expect, test } from "vitest";
import { ctStoredOption } from "../../tests/support/stored-options";
import { replacementsOf, toOptionInput, type StoredOption } from "./option-input";

const option: StoredOption = { ...ctStoredOption, omCostYearlyCents: 20_000, programs: [] };
const none = { inverterReplacementCents: null, inverterWarrantyYears: null, batteryReplacementCents: null, batteryWarrantyYears: null };

describe("replacements from the stored columns", () => {
  test.each([
    { label: "no prices: nothing is counted", columns: none, expected: [] },
    { label: "a warranty without a price counts nothing", columns: { ...none, batteryWarrantyYears: 12 }, expected: [] },
    { label: "a price without a warranty takes the default (no warrantyYears sent)", columns: { ...none, batteryReplacementCents: 900_000 }, expected: [{ component: "battery", costCents: 900_000 }] },
    { label: "a price of $0 is sent: the engine states the replacement and counts nothing", columns: { ...none, inverterReplacementCents: 0 }, expected: [{ component: "inverter", costCents: 0 }] },
    {
      label: "both, each with its own warranty, inverter first",
      columns: { inverterReplacementCents: 250_000, inverterWarrantyYears: 10, batteryReplacementCents: 900_000, batteryWarrantyYears: 15 },
      expected: [
        { component: "inverter", costCents: 250_000, warrantyYears: 10 },
        { component: "battery", costCents: 900_000, warrantyYears: 15 },
      ],
    },
    { label: "a version frozen before the columns existed: nothing", columns: {}, expected: [] },
  ])("$label", ({ columns, expected }) => {
    expect(replacementsOf(columns)).toEqual(expected);
  });
});

describe("upkeep in the engine's assumptions", () => {
  test("an option without upkeep sends exactly the assumptions it sent before upkeep existed", () => {
    const assumptions = { years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005, omCostYearlyCents: 20_000, batteryFade: 0 };
    expect(toOptionInput(option).assumptions).toEqual(assumptions);
    expect(toOptionInput({ ...option, ...none, omEscalationPercent: 0, billTodayMonthlyCents: 21_000 }).assumptions).toEqual(assumptions);
  });

  test("the O&M escalation percent becomes a fraction, and the replacements come along", () => {
    const assumptions = toOptionInput({ ...option, ...none, omEscalationPercent: 2.5, batteryReplacementCents: 900_000 }).assumptions;
    expect(assumptions.omEscalation).toBe(0.025);
    expect(assumptions.replacements).toEqual([{ component: "battery", costCents: 900_000 }]);
  });
});
