import { describe, expect, test } from "vitest";
import { ctEss } from "./ct-ess/program";
import { dsgs } from "./dsgs/program";
import { elrp } from "./elrp/program";
import { checkEligibility, isUtilityListed } from "./eligibility";
import { getProgram, programCatalog, programsForState } from "./registry";
import type { ProgramDefinition } from "./types";

const eligibleFacts = { state: "CT", segment: "residential" as const, utility: "Eversource", hasBattery: true };

describe("eligibility (docs/programs.md: residential only, battery required, offered by state)", () => {
  test.each([
    { label: "a residential CT project with a battery is eligible", facts: {}, eligible: true, codes: [] },
    { label: "a commercial project is not, with a reason", facts: { segment: "commercial" as const }, eligible: false, codes: ["commercial"] },
    { label: "a project without a battery is not, with a reason", facts: { hasBattery: false }, eligible: false, codes: ["no-battery"] },
    { label: "a project in another state is not, with a reason", facts: { state: "MA" }, eligible: false, codes: ["other-state"] },
    { label: "the state code is matched in any case", facts: { state: " ct " }, eligible: true, codes: [] },
    {
      label: "every reason is given at once",
      facts: { state: "CA", segment: "commercial" as const, hasBattery: false },
      eligible: false,
      codes: ["other-state", "commercial", "no-battery"],
    },
  ])("$label", ({ facts, eligible, codes }) => {
    const result = checkEligibility(ctEss, { ...eligibleFacts, ...facts });
    expect(result.eligible).toBe(eligible);
    expect(result.reasonCodes).toEqual(codes);
    expect(result.reasons).toHaveLength(codes.length);
  });

  test.each([
    { label: "a utility that does not run the program warns but never blocks", program: ctEss, utility: "Unitil", warns: true },
    { label: "a listed utility does not warn", program: ctEss, utility: "Eversource", warns: false },
    { label: "a longer official name matches by prefix", program: ctEss, utility: "Eversource Energy", warns: false },
    { label: "an alias matches (United Illuminating for UI)", program: ctEss, utility: "United Illuminating", warns: false },
    { label: "punctuation and case are ignored (pg & e)", program: elrp, utility: "pg & e", warns: false },
    { label: "SCE for ELRP warns (PG&E runs the program)", program: elrp, utility: "SCE", warns: true },
    { label: "no utility given: no warning", program: elrp, utility: null, warns: false },
  ])("$label", ({ program, utility, warns }) => {
    const result = checkEligibility(program, { ...eligibleFacts, state: program.states[0]!, utility });
    expect(result.eligible).toBe(true);
    expect(result.warnings.some((warning) => warning.includes("is not one of them"))).toBe(warns);
  });

  test("a program closed to new enrollments is ineligible, with its note as the reason", () => {
    const closed: ProgramDefinition = { ...ctEss, status: { kind: "closed-to-new-enrollments", note: "Tranche full." } };
    const result = checkEligibility(closed, eligibleFacts);
    expect(result.eligible).toBe(false);
    expect(result.reasonCodes).toEqual(["closed"]);
    expect(result.reasons[0]).toMatch(/Tranche full/);
  });

  test("a program with uncertain funding stays eligible, with a warning", () => {
    const result = checkEligibility(dsgs, { ...eligibleFacts, state: "CA", utility: "SCE" });
    expect(result.eligible).toBe(true);
    expect(result.warnings[0]).toMatch(/^Funding uncertain/);
  });

  test("isUtilityListed: an empty utility is treated as unknown (listed)", () => {
    expect(isUtilityListed(ctEss, "   ")).toBe(true);
  });
});

describe("availability by state", () => {
  test.each([
    { state: "CA", ids: ["elrp", "dsgs"] },
    { state: "MA", ids: ["connected-solutions-ma"] },
    { state: "RI", ids: ["connected-solutions-ri"] },
    { state: "CT", ids: ["ct-ess"] },
    { state: "ct", ids: ["ct-ess"] },
    { state: "TX", ids: [] },
  ])("$state offers $ids", ({ state, ids }) => {
    expect(programsForState(state).map((program) => program.id)).toEqual(ids);
  });

  test("getProgram finds each catalog program by id and nothing else", () => {
    for (const program of programCatalog) expect(getProgram(program.id)).toBe(program);
    expect(getProgram("nope")).toBeUndefined();
  });
});
