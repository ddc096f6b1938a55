import { describe, expect, test } from "vitest";
import { makeContext, runProgram } from "../test-helpers";
import { connectedSolutionsMa } from "./program";

const MA = { project: { state: "MA", segment: "residential" as const, utility: "National Grid", tariff: null } };

describe("ConnectedSolutions MA rates", () => {
  test.each([
    {
      label: "Mass Save's example: 5 kW in summer earns $1,125 (summer only: winter set to 0)",
      inputs: { averageDeliveredKw: 5, winterAverageDeliveredKw: 0 },
      year1: 112_500,
    },
    {
      label: "the same battery in winter too: $1,125 + 5 kW × $50 = $1,375",
      inputs: { averageDeliveredKw: 5 },
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

  test("current rates: the same amount every year (locked for 5 summers, then assumed to continue)", () => {
    const result = runProgram(connectedSolutionsMa, makeContext(MA), { averageDeliveredKw: 5 });
    expect(new Set(result.annualCents)).toEqual(new Set([137_500]));
    expect(result.rateVersion.id).toBe("connected-solutions-ma/2025");
  });

  test.each([
    { label: "summer 1 at the locked $275", year: 1, cents: 5 * 275_00 + 5 * 50_00 },
    { label: "summer 5 still at the locked $275", year: 5, cents: 5 * 275_00 + 5 * 50_00 },
    { label: "summer 6 at today's $225", year: 6, cents: 5 * 225_00 + 5 * 50_00 },
  ])("enrolled in the 2023 season: $label", ({ year, cents }) => {
    const result = runProgram(connectedSolutionsMa, makeContext(MA), { averageDeliveredKw: 5, rateVersion: "connected-solutions-ma/2023" });
    expect(result.annualCents[year - 1]).toBe(cents);
    expect(result.rateVersion.id).toBe("connected-solutions-ma/2023");
  });

  test("the lock follows the first participating season: starting in year 2, summers 2–6 are locked", () => {
    const result = runProgram(connectedSolutionsMa, makeContext(MA), {
      averageDeliveredKw: 5,
      rateVersion: "connected-solutions-ma/2023",
      startYear: 2,
    });
    expect(result.annualCents.slice(0, 8)).toEqual([0, 162_500, 162_500, 162_500, 162_500, 162_500, 137_500, 137_500]);
    expect(result.explanation.some((line) => line.startsWith("Program years 1–5 (project years 2–6), rates of the enrollment season"))).toBe(true);
  });

  test("a battery without solar cannot export: its power is capped by the home load", () => {
    const withSolar = runProgram(connectedSolutionsMa, makeContext(MA));
    const withoutSolar = runProgram(connectedSolutionsMa, makeContext({ ...MA, hasSolar: false }));
    // With solar: min(5 kW, 10.8 kWh ÷ 3 h = 3.6 kW) × 90% = 3.24 kW. Without: 2 kW home × 90% = 1.8 kW.
    expect(withSolar.averageKw?.kw).toBe(3.24);
    expect(withoutSolar.averageKw?.kw).toBe(1.8);
    expect(withoutSolar.annualCents[0]).toBe(Math.round(1.8 * 225 * 100) + Math.round(1.8 * 50 * 100));
  });

  test("paid seasons: blank pays every season of the horizon", () => {
    const result = runProgram(connectedSolutionsMa, makeContext({ ...MA, years: 30 }), { averageDeliveredKw: 1 });
    expect(result.annualCents).toHaveLength(30);
    expect(result.annualCents.every((cents) => cents === 27_500)).toBe(true);
  });
});
