import { describe, expect, test } from "vitest";
import { makeContext, runProgram } from "../test-helpers";
import { connectedSolutionsRi } from "./program";

const RI = { project: { state: "RI", segment: "residential" as const, utility: "Rhode Island Energy", tariff: null } };

describe("ConnectedSolutions RI", () => {
  test.each([
    { label: "5 kW × $225 = $1,125 each summer", inputs: { averageDeliveredKw: 5 }, year1: 112_500 },
    { label: "modeled: 3.24 kW × $225 = $729", inputs: {}, year1: 72_900 },
    { label: "Storm Guard days reduce the events served: 90% × (1 − 12 ÷ 122) = 81.1%; 3.6 kW × 81.1% = 2.92 kW → $657", inputs: { stormGuardDays: 12 }, year1: 65_700 },
  ])("$label", ({ inputs, year1 }) => {
    const result = runProgram(connectedSolutionsRi, makeContext(RI), inputs);
    expect(result.annualCents[0]).toBe(year1);
  });

  test("summer only: no winter rate in the data", () => {
    expect(Object.keys(connectedSolutionsRi.rateVersions[0]!.rates)).not.toContain("winterDollarsPerKw");
  });

  test("payments to the contractor: the customer gets $0 a year, with a warning and the payee recorded", () => {
    const result = runProgram(connectedSolutionsRi, makeContext(RI), { averageDeliveredKw: 5, payee: "contractor" });
    expect(result.annualCents.every((cents) => cents === 0)).toBe(true);
    expect(result.payee).toEqual({ annual: "contractor" });
    expect(result.warnings.some((warning) => warning.includes("custom upfront incentive"))).toBe(true);
    // The amount the contractor receives is still shown.
    expect(result.explanation.some((line) => line.includes("$1,125"))).toBe(true);
  });

  test("a battery without solar is capped by the home load", () => {
    const result = runProgram(connectedSolutionsRi, makeContext({ ...RI, hasSolar: false }), { homeLoadKw: 1.5 });
    // 1.5 kW × 90% = 1.35 kW × $225 = $303.75.
    expect(result.annualCents[0]).toBe(30_375);
  });

  test.each([
    { label: "blank: 10 summers (a typical battery warranty), then nothing", inputs: { averageDeliveredKw: 5 }, paid: 10 },
    { label: "the installer may count the whole horizon", inputs: { averageDeliveredKw: 5, paidSeasons: 25 }, paid: 25 },
    { label: "or fewer", inputs: { averageDeliveredKw: 5, paidSeasons: 3 }, paid: 3 },
  ])("paid seasons: $label (5 kW × $225 = $1,125 each)", ({ inputs, paid }) => {
    const result = runProgram(connectedSolutionsRi, makeContext(RI), inputs);
    expect(result.annualCents.filter((cents) => cents === 112_500)).toHaveLength(paid);
    expect(result.annualCents.slice(paid).every((cents) => cents === 0)).toBe(true);
  });

  test("rates by date: a proposal made today gets the rate in force, with its dates", () => {
    const result = runProgram(connectedSolutionsRi, makeContext({ ...RI, proposalDate: "2026-12-03" }), { averageDeliveredKw: 5 });
    expect(result.rateVersion.id).toBe("connected-solutions-ri/2024");
    expect(result.explanation).toContain("Rates in force on the proposal date 2026-12-03: connected-solutions-ri/2024 (from 2024-06-01)");
  });
});
