import { describe, expect, test } from "vitest";
import { buildSnapshot, type VersionOption } from "./snapshot";
import { evaluateStoredOption } from "./evaluate";
import { compareActualToModeled } from "./actual-vs-modeled";

const option: VersionOption = {
  name: "Option A",
  pvKw: 8,
  annualProductionKwh: 9600,
  batteryModel: "Powerwall 3",
  batteryCapacityKwh: 13.5,
  batteryPowerKw: 5,
  batteryCount: 1,
  reservePercent: 20,
  solarCostCents: 2_400_000,
  batteryCostCents: 1_500_000,
  otherCostCents: 0,
  billSavingsYear1Cents: 210_000,
  horizonYears: 25,
  utilityEscalationPercent: 3,
  discountRatePercent: 5,
  degradationPercent: 0.5,
  omCostYearlyCents: 0,
  project: { customerName: "Dana", street: "12 Elm", city: "Hartford", zip: "06103", state: "CT", segment: "residential", utility: "Eversource", tariff: "NEM2" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: {} }],
  customIncentives: [],
};
const snapshot = buildSnapshot(option, evaluateStoredOption(option));
const at = (iso: string) => new Date(iso);

describe("actual against modeled", () => {
  test("one row per program and season, the season's events averaged, actual from CT-ESS's rule at the measured kW", () => {
    const rows = compareActualToModeled(snapshot, [
      { programId: "ct-ess", startAt: at("2026-07-01T21:00:00Z"), averageKw: 4 },
      { programId: "ct-ess", startAt: at("2026-08-01T21:00:00Z"), averageKw: 2 },
      { programId: "ct-ess", startAt: at("2027-07-01T21:00:00Z"), averageKw: 5 },
      // Another program's event, and one of a program the proposal did not count: ignored.
      { programId: "elrp", startAt: at("2026-07-01T21:00:00Z"), averageKw: 5 },
    ]);
    expect(rows.map((row) => [row.programId, row.season, row.events, row.measuredKw])).toEqual([
      ["ct-ess", 2026, 2, 3],
      ["ct-ess", 2027, 1, 5],
    ]);
    const modeled = snapshot.evaluation.programs.find((program) => program.id === "ct-ess")!;
    const firstPaid = modeled.annualCents.findIndex((cents) => cents > 0);
    for (const row of rows) expect(row.modeledAnnualCents).toBe(modeled.annualCents[firstPaid]);
    // CT-ESS pays per average kW: 3 kW earns 3/5 of what 5 kW earns (to the cent, or one cent of rounding).
    expect(Math.abs(rows[0]!.actualAnnualCents - Math.round((rows[1]!.actualAnnualCents * 3) / 5))).toBeLessThanOrEqual(1);
    expect(rows[0]!.differenceCents).toBe(rows[0]!.actualAnnualCents - rows[0]!.modeledAnnualCents);
  });

  test("a battery that charged during an event counts as delivering nothing, not as a negative payment", () => {
    const [row] = compareActualToModeled(snapshot, [{ programId: "ct-ess", startAt: at("2026-07-01T21:00:00Z"), averageKw: -1.5 }]);
    expect(row!.measuredKw).toBe(0);
    expect(row!.actualAnnualCents).toBe(0);
  });

  test("no events, no rows", () => {
    expect(compareActualToModeled(snapshot, [])).toEqual([]);
  });
});
