/**
 * The stored option's upkeep columns and usage and rates → the engine's input. The rest of the mapping is tested in proposal.test.ts.
 */
import { describe, expect, it, test } from "vitest";
import { findBatteryModel } from "../core/equipment";
import { ctStoredOption } from "../../tests/support/stored-options";
import { DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT, billsOf, roundTripEfficiencyPercent } from "./option-bills";
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

describe("toOptionInput: bill savings from usage and rates", () => {
  const usageAndRates = {
    usage: { kind: "monthly", monthlyKwh: new Array(12).fill(900) },
    production: { kind: "design" },
    tariff: { kind: "catalog", tariffId: "eversource-ct-rate-1" },
  };
  const option = { ...ctStoredOption, annualProductionKwh: 9_600, batteryModel: "Tesla Powerwall 3", usageAndRates };

  it("counts the modelled year-1 savings (solar + battery) and passes them by source, with the enabled programs' events", () => {
    const input = toOptionInput(option, { proposalDate: "2026-12-03" });
    const bills = billsOf(option, new Set(["ct-ess"]), "2026-12-03")!;
    expect(input.billsYear1).toEqual(bills.year1);
    expect(input.billSavingsYear1Cents).toBe(bills.year1.solarCents + bills.year1.batteryCents);
    expect(input.billSavingsYear1Cents).not.toBe(ctStoredOption.billSavingsYear1Cents);
    expect(bills.events.map((line) => line.programId)).toEqual(["ct-ess"]);
  });

  it("switching a program off in a preview removes its events from the bill", () => {
    const input = toOptionInput(option, { proposalDate: "2026-12-03", enabledPrograms: { "ct-ess": false } });
    expect(input.billsYear1?.gridServicesCents).toBe(0);
  });

  it("keeps the typed figure when the installer chose it ('from my design tool') or stored no usage", () => {
    for (const stored of [{ ...option, usageAndRates: { ...usageAndRates, savingsFrom: "typed" } }, { ...option, usageAndRates: null }, ctStoredOption]) {
      const input = toOptionInput(stored, { proposalDate: "2026-12-03" });
      expect(input.billSavingsYear1Cents).toBe(ctStoredOption.billSavingsYear1Cents);
      expect(input.billsYear1).toBeUndefined();
    }
  });

  it("takes the battery's round-trip efficiency from the catalog, else the default", () => {
    const powerwall = findBatteryModel("tesla-powerwall-3");
    expect(powerwall?.kind).toBe("battery");
    expect(roundTripEfficiencyPercent("Tesla Powerwall 3")).toBe(Math.round((powerwall as { roundTripEfficiency: number }).roundTripEfficiency * 1000) / 10);
    expect(roundTripEfficiencyPercent("Acme Home Battery")).toBe(DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT);
    expect(roundTripEfficiencyPercent(null)).toBe(DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT);
  });
});
