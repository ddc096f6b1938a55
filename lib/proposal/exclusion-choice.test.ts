/**
 * Which of two programs that exclude each other counts, from stored rows: `enabledAt` (when each was switched on) and
 * `chosenToCount` (the installer's "Count DSGS instead") reach the engine, and a finalized version keeps both.
 */
import { describe, expect, test } from "vitest";
import { evaluateStoredOption } from "./evaluate";
import { toOptionInput, type StoredOption } from "./option-input";
import { buildSnapshot, readSnapshot, type VersionOption } from "./snapshot";

/** A PG&E customer's option: 8 kW of solar, one 13.5 kWh / 5 kW battery with a 20% reserve, NEM 2.0. */
const pgeOption: VersionOption = {
  name: "Option A",
  pvKw: 8,
  annualProductionKwh: 9600,
  batteryModel: "Tesla Powerwall 3",
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
  project: { customerName: "Priya Raman", street: "1487 Hamilton Avenue", city: "San Jose", zip: "95125", state: "CA", segment: "residential", utility: "PG&E", tariff: "NEM2" },
  programs: [],
  customIncentives: [],
};
const PROPOSAL_DATE = { proposalDate: "2026-03-02" };
type Row = StoredOption["programs"][number];
const row = (programId: string, extra: Partial<Row> = {}): Row => ({ programId, enabled: true, inputs: {}, ...extra });
const ELRP_FIRST = { enabledAt: new Date("2026-03-01T10:00:00Z") };
const DSGS_LATER = { enabledAt: new Date("2026-03-01T10:05:00Z") };

describe("the installer's choice, from stored rows", () => {
  test.each([
    { label: "no choice: the one enabled first counts", programs: [row("elrp", ELRP_FIRST), row("dsgs", DSGS_LATER)], counted: "elrp", decidedBy: "enabled-first" },
    { label: "DSGS chosen: it counts although ELRP was enabled first", programs: [row("elrp", ELRP_FIRST), row("dsgs", { ...DSGS_LATER, chosenToCount: true })], counted: "dsgs", decidedBy: "installer-choice" },
    // Boundary: switching off clears the choice in the database; a stale flag on an off row must not count.
    {
      label: "a stale choice on a row that is off is no choice, even when a preview switches it on",
      programs: [row("elrp", ELRP_FIRST), row("dsgs", { enabled: false, chosenToCount: true })],
      overrides: { enabledPrograms: { dsgs: true } },
      counted: "elrp",
      decidedBy: "enabled-first",
    },
    { label: "chosenToCount null is no choice", programs: [row("elrp", ELRP_FIRST), row("dsgs", { ...DSGS_LATER, chosenToCount: null })], counted: "elrp", decidedBy: "enabled-first" },
  ])("$label", ({ programs, overrides, counted, decidedBy }) => {
    const evaluation = evaluateStoredOption({ ...pgeOption, programs }, { ...PROPOSAL_DATE, ...overrides });
    expect(evaluation.programs.filter((program) => program.isCounted).map((program) => program.id)).toEqual([counted]);
    expect(evaluation.conflicts.map((conflict) => conflict.decidedBy)).toEqual([decidedBy]);
  });

  test("the engine input says preferred only where a choice was made, so other inputs read as before", () => {
    const input = toOptionInput({ ...pgeOption, programs: [row("elrp", ELRP_FIRST), row("dsgs", { ...DSGS_LATER, chosenToCount: true })] });
    expect(input.programs).toEqual([
      { id: "elrp", inputs: {}, enabledOrder: 0 },
      { id: "dsgs", inputs: {}, enabledOrder: 1, preferred: true },
    ]);
  });

  test("an override that switches the chosen program off leaves the other counted, with no conflict", () => {
    const evaluation = evaluateStoredOption({ ...pgeOption, programs: [row("elrp", ELRP_FIRST), row("dsgs", { ...DSGS_LATER, chosenToCount: true })] }, { ...PROPOSAL_DATE, enabledPrograms: { dsgs: false } });
    expect(evaluation.programs.map((program) => [program.id, program.isCounted])).toEqual([["elrp", true]]);
    expect(evaluation.conflicts).toEqual([]);
  });
});

describe("a finalized version keeps when each program was enabled and the installer's choice", () => {
  test("the snapshot records enabledAt and chosenToCount, and its option evaluates to the same program that counts", () => {
    const option: VersionOption = { ...pgeOption, programs: [row("dsgs", { ...DSGS_LATER, chosenToCount: true }), row("elrp", ELRP_FIRST)] };
    const evaluation = evaluateStoredOption(option, PROPOSAL_DATE);
    const snapshot = readSnapshot(JSON.parse(JSON.stringify(buildSnapshot(option, evaluation))));
    expect(snapshot.option.programs).toEqual([
      { programId: "dsgs", enabled: true, inputs: {}, enabledAt: "2026-03-01T10:05:00.000Z", chosenToCount: true },
      { programId: "elrp", enabled: true, inputs: {}, enabledAt: "2026-03-01T10:00:00.000Z" },
    ]);
    expect(snapshot.evaluation.conflicts).toEqual(evaluation.conflicts);
    // Re-evaluated from the frozen rows (a check, never how a version is shown): the same program counts, for the same reason.
    expect(evaluateStoredOption(snapshot.option, PROPOSAL_DATE).conflicts).toEqual(evaluation.conflicts);
  });

  test("rows without a date or a choice are stored as before", () => {
    const option: VersionOption = { ...pgeOption, programs: [row("elrp", { enabledAt: null, chosenToCount: false })] };
    expect(buildSnapshot(option, evaluateStoredOption(option, PROPOSAL_DATE)).option.programs).toEqual([{ programId: "elrp", enabled: true, inputs: {} }]);
  });
});
