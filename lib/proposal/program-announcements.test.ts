import { describe, expect, test } from "vitest";
import type { OptionEvaluation } from "../core/finance";
import type { StoredOption } from "./option-input";
import { announcePrograms, announcementsFrom, REFERENCE_BATTERY_TEXT } from "./program-announcements";

/** A Connecticut homeowner's option: 8 kW of solar, one 13.5 kWh / 5 kW battery, nothing switched on. */
const ctOption: StoredOption = {
  pvKw: 8,
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
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: "NEM2" },
  programs: [],
  customIncentives: [],
};
const caOption: StoredOption = { ...ctOption, project: { state: "CA", segment: "residential", utility: "PG&E", tariff: "NEM2" } };
const PROPOSAL_DATE = { proposalDate: "2026-03-02" };
const on = (programId: string) => ({ programId, enabled: true, inputs: {} });
const off = (programId: string) => ({ programId, enabled: false, inputs: {} });

// CT-ESS on one 13.5 kWh battery: $250/kWh upfront; the yearly steps are the engine's for this option (a 5 kW
// battery at a 20% reserve), so a change in the rule shows up here.
const CT_ESS_LINE = "CT-ESS: −$3,375 upfront, +$729 a year for 5 years, then $421 a year to year 10";
const CT_ESS_UP_TO_LINE = "CT-ESS: up to −$3,375 upfront, +$729 a year for 5 years, then $421 a year to year 10";

describe("which programs announce themselves", () => {
  test.each([
    { label: "CT-ESS eligible and never switched on: its upfront and yearly payments", option: ctOption, kind: "enable", lines: [CT_ESS_LINE] },
    { label: "CT-ESS switched off again announces the same", option: { ...ctOption, programs: [off("ct-ess")] }, kind: "enable", lines: [CT_ESS_LINE] },
    { label: "CT-ESS already on: nothing left to announce", option: { ...ctOption, programs: [on("ct-ess")] }, kind: "enable", lines: [] },
    // In the all-on run DSGS is set aside for ELRP; its line still says what it would pay were it counted, never $0.
    { label: "two programs that exclude each other, both off: each with what it would pay", option: caOption, kind: "enable", lines: ["ELRP: +$216 in year 1", "DSGS: +$180 in year 1"] },
    { label: "ELRP on: only DSGS announces", option: { ...caOption, programs: [on("elrp")] }, kind: "enable", lines: ["DSGS: +$180 in year 1"] },
    { label: "a commercial project: no program is eligible, so none announces", option: { ...ctOption, project: { ...ctOption.project, segment: "commercial" as const } }, kind: "enable", lines: [] },
    { label: "a state without programs announces nothing", option: { ...ctOption, project: { ...ctOption.project, state: "TX" } }, kind: "enable", lines: [] },
    // The reference battery has 11.5 kW, but CT-ESS pays on kWh and performance, so the figures match the 13.5 kWh option's.
    { label: "solar only: what the reference battery would earn, said once", option: { ...ctOption, batteryCount: 0, batteryCapacityKwh: 0 }, kind: "with-battery", lines: [CT_ESS_UP_TO_LINE] },
    // Boundary: CT-ESS caps the upfront at half the battery's cost; a solar-only option's $0 battery must not read as $0 upfront.
    {
      label: "solar only with no battery price: the upfront is still the most the program pays",
      option: { ...ctOption, batteryCount: 0, batteryCapacityKwh: 0, batteryPowerKw: 0, batteryCostCents: 0 },
      kind: "with-battery",
      lines: [CT_ESS_UP_TO_LINE],
    },
  ])("$label", ({ option, kind, lines }) => {
    const announcements = announcePrograms(option, PROPOSAL_DATE);
    expect(announcements.kind).toBe(kind);
    expect(announcements.programs.map((program) => program.text)).toEqual(lines);
  });

  test("the solar-only line names the battery it assumed", () => {
    const announcements = announcePrograms({ ...ctOption, batteryCount: 0 }, PROPOSAL_DATE);
    expect(announcements).toMatchObject({ kind: "with-battery", battery: REFERENCE_BATTERY_TEXT });
    expect(REFERENCE_BATTERY_TEXT).toBe("one Tesla Powerwall 3 (13.5 kWh, 11.5 kW)");
  });

  test("each part stands alone for the card: upfront and yearly apart from the name", () => {
    const [ctEss] = announcePrograms(ctOption, PROPOSAL_DATE).programs;
    expect(ctEss).toEqual({ id: "ct-ess", shortName: "CT-ESS", upfront: "−$3,375 upfront", yearly: "+$729 a year for 5 years, then $421 a year to year 10", text: CT_ESS_LINE });
  });
});

describe("one program's line, from an engine result", () => {
  type Result = OptionEvaluation["programs"][number];
  const result = (overrides: Partial<Result>): Result =>
    ({ id: "p", shortName: "P", isKnown: true, eligible: true, inputIssues: [], upfrontCents: 0, annualCents: [], benefitIfCounted: null, payee: null, ...overrides }) as Result;
  const linesOf = (results: Result[]) => announcementsFrom({ programs: results } as unknown as OptionEvaluation, () => false).map((line) => line.text);

  test.each([
    { label: "upfront only: no yearly part", input: result({ upfrontCents: 100_000 }), lines: ["P: −$1,000 upfront"] },
    { label: "a program that would pay nothing is not announced ($0 is noise)", input: result({}), lines: [] },
    { label: "set aside by an exclusion: what it would pay were it counted", input: result({ benefitIfCounted: { upfrontCents: 0, annualCents: [50_000, 50_000] } }), lines: ["P: +$500 a year for 2 years"] },
    { label: "yearly payments that go to the installer say so", input: result({ annualCents: [50_000], payee: { annual: "contractor" } as Result["payee"] }), lines: ["P: +$500 in year 1 to the installer"] },
    { label: "not eligible: not announced", input: result({ eligible: false, upfrontCents: 100_000 }), lines: [] },
    { label: "inputs that do not parse: not announced, its figures would be the defaults' guess", input: result({ upfrontCents: 100_000, inputIssues: [{ path: "x", message: "bad" }] as Result["inputIssues"] }), lines: [] },
    { label: "an id the catalog does not know: not announced", input: result({ isKnown: false, upfrontCents: 100_000 }), lines: [] },
  ])("$label", ({ input, lines }) => {
    expect(linesOf([input])).toEqual(lines);
  });

  test("a program already on is not announced", () => {
    expect(announcementsFrom({ programs: [result({ upfrontCents: 100_000 })] } as unknown as OptionEvaluation, (id) => id === "p")).toEqual([]);
  });
});
