import { describe, expect, test } from "vitest";
import { makeContext, runProgram } from "../test-helpers";
import { connectedSolutionsMa } from "./program";

const MA = { project: { state: "MA", segment: "residential" as const, utility: "National Grid", tariff: null } };

describe("ConnectedSolutions MA rates", () => {
  test.each([
    {
      label: "Mass Save's example: 5 kW in summer earns $1,125 (winter blank: summer only, the default)",
      inputs: { averageDeliveredKw: 5 },
      year1: 112_500,
    },
    {
      label: "the same battery in winter too, when the installer enters it: $1,125 + 5 kW × $50 = $1,375",
      inputs: { averageDeliveredKw: 5, winterAverageDeliveredKw: 5 },
      year1: 137_500,
    },
    {
      label: "a weaker winter contribution: $1,125 + 2 kW × $50 = $1,225",
      inputs: { averageDeliveredKw: 5, winterAverageDeliveredKw: 2 },
      year1: 122_500,
    },
  ])("$label", ({ inputs, year1 }) => {
    const result = runProgram(connectedSolutionsMa, makeContext(MA), inputs);
    expect(result.annualCents[0]).toBe(year1);
  });

  test("the default says why winter is not counted", () => {
    const result = runProgram(connectedSolutionsMa, makeContext(MA), { averageDeliveredKw: 5 });
    expect(result.explanation).toContain("Winter not counted: no winter figure entered (Mass Save's own example counts the summer only)");
  });

  test("today's rates, the same every paid year (locked for 5 summers, then assumed to continue)", () => {
    const result = runProgram(connectedSolutionsMa, makeContext(MA), { averageDeliveredKw: 5 });
    expect(result.annualCents.slice(0, 10)).toEqual(new Array(10).fill(112_500));
    expect(result.rateVersion.id).toBe("connected-solutions-ma/2025");
  });

  test.each([
    { label: "a proposal dated in the 2023 season gets the 2023 rates ($275)", date: "2023-07-01", rateVersion: undefined, version: "connected-solutions-ma/2023", cents: 5 * 275_00 },
    { label: "a proposal made today gets the 2025 rates ($225)", date: "2026-12-03", rateVersion: undefined, version: "connected-solutions-ma/2025", cents: 5 * 225_00 },
    {
      label: "2023's $275 pinned on a proposal made today is not offered to a new enrollment: $225, with a warning",
      date: "2026-12-03",
      rateVersion: "connected-solutions-ma/2023",
      version: "connected-solutions-ma/2025",
      cents: 5 * 225_00,
    },
  ])("$label", ({ date, rateVersion, version, cents }) => {
    const result = runProgram(connectedSolutionsMa, makeContext({ ...MA, proposalDate: date }), { averageDeliveredKw: 5, ...(rateVersion ? { rateVersion } : {}) });
    expect(result.rateVersion.id).toBe(version);
    expect(result.annualCents[0]).toBe(cents);
    expect(result.warnings.length).toBe(rateVersion === undefined ? 0 : 1);
  });

  test("a battery without solar cannot export: its power is capped by the home load", () => {
    const withSolar = runProgram(connectedSolutionsMa, makeContext(MA));
    const withoutSolar = runProgram(connectedSolutionsMa, makeContext({ ...MA, hasSolar: false }));
    // With solar: min(5 kW, 10.8 kWh ÷ 3 h = 3.6 kW) × 90% = 3.24 kW. Without: 2 kW home × 90% = 1.8 kW.
    expect(withSolar.averageKw?.kw).toBe(3.24);
    expect(withoutSolar.averageKw?.kw).toBe(1.8);
    expect(withoutSolar.annualCents[0]).toBe(Math.round(1.8 * 225 * 100));
  });

  test("paid seasons: 10 by default (a typical battery warranty), then nothing", () => {
    const result = runProgram(connectedSolutionsMa, makeContext({ ...MA, years: 25 }), { averageDeliveredKw: 1 });
    expect(result.annualCents.slice(0, 10)).toEqual(new Array(10).fill(22_500));
    expect(result.annualCents.slice(10)).toEqual(new Array(15).fill(0));
    expect(result.explanation.some((line) => line.startsWith("Paid seasons: 10 (project years 1–10). Default 10: a typical battery warranty term."))).toBe(true);
  });

  test("paid seasons: the installer may count longer", () => {
    const result = runProgram(connectedSolutionsMa, makeContext({ ...MA, years: 30 }), { averageDeliveredKw: 1, paidSeasons: 30 });
    expect(result.annualCents.every((cents) => cents === 22_500)).toBe(true);
  });

  test("the first participating season moves the paid years: starting in year 2, years 2–11 are paid", () => {
    const result = runProgram(connectedSolutionsMa, makeContext(MA), { averageDeliveredKw: 5, startYear: 2 });
    expect(result.annualCents.slice(0, 12)).toEqual([0, ...new Array(10).fill(112_500), 0]);
  });
});
