import { describe, expect, test } from "vitest";
import { billSavingsByYear, computeFinancials, paybackYears } from "./cash-flow";
import type { CashFlowInput } from "./cash-flow";

describe("bill savings by year", () => {
  test.each([
    { label: "flat: no escalation, no degradation", escalation: 0, degradation: 0, expected: [100_000, 100_000, 100_000] },
    { label: "3% escalation compounds", escalation: 0.03, degradation: 0, expected: [100_000, 103_000, 106_090] },
    { label: "0.5% degradation compounds", escalation: 0, degradation: 0.005, expected: [100_000, 99_500, 99_003] },
    { label: "both: (1.03 × 0.995)^(y−1)", escalation: 0.03, degradation: 0.005, expected: [100_000, 102_485, 105_032] },
  ])("$label", ({ escalation, degradation, expected }) => {
    expect(billSavingsByYear(100_000, 3, escalation, degradation)).toEqual(expected);
  });

  test("each year is rounded from the exact product, so rounding never compounds", () => {
    // 1 cent × 1.5^(y−1): 1, 1.5 → 2, 2.25 → 2, 3.375 → 3, 5.0625 → 5 (rounding 1.5 → 2 first would give 3, 5, 8).
    expect(billSavingsByYear(1, 5, 0.5, 0)).toEqual([1, 2, 2, 3, 5]);
  });
});

describe("payback", () => {
  test.each([
    { label: "covered from the start: 0", cumulative: [0, 10, 20], expected: 0 },
    { label: "crosses exactly at the end of year 2", cumulative: [-200, -100, 0], expected: 2 },
    { label: "linear within the crossing year: 1 + 50 ÷ 100", cumulative: [-150, -50, 50], expected: 1.5 },
    { label: "never within the horizon: null", cumulative: [-300, -200, -100], expected: null },
    { label: "the first crossing counts, even if O&M pulls it negative later", cumulative: [-100, 20, -10], expected: 100 / 120 },
  ])("$label", ({ cumulative, expected }) => {
    const result = paybackYears(cumulative);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});

describe("financials", () => {
  const input: CashFlowInput = {
    systemCostCents: 1_000_000,
    upfrontIncentivesCents: 200_000,
    years: 4,
    billSavingsCents: [200_000, 200_000, 200_000, 200_000],
    discountRate: 0,
    omCostCents: [10_000, 10_000, 10_000, 10_000],
    streams: [{ id: "p", name: "Program", cents: [50_000, 50_000, 0, 0] }],
  };
  const financials = computeFinancials(input);

  test("net cost = system cost − upfront incentives", () => {
    expect(financials.netCostCents).toBe(800_000);
  });

  test("annual savings = bill + streams − O&M, year by year", () => {
    expect(financials.annualSavingsCents).toEqual([240_000, 240_000, 190_000, 190_000]);
  });

  test("cumulative flow starts at −net cost and adds each year", () => {
    expect(financials.cumulativeCashFlowCents).toEqual([-800_000, -560_000, -320_000, -130_000, 60_000]);
  });

  test("payback, ROI, NPV at 0% and totals", () => {
    expect(financials.paybackYears).toBeCloseTo(3 + 130_000 / 190_000, 12);
    expect(financials.lifetimeSavingsCents).toBe(860_000);
    expect(financials.tenYearSavingsCents).toBe(860_000);
    expect(financials.roi).toBeCloseTo((860_000 - 800_000) / 800_000, 12);
    expect(financials.npvCents).toBe(60_000);
    expect(financials.irr).not.toBeNull();
  });

  test.each([
    { label: "ROI is null when incentives cover the whole price", upfront: 1_000_000 },
    { label: "ROI is null when incentives exceed the price", upfront: 1_200_000 },
  ])("$label (no division by zero or a negative cost)", ({ upfront }) => {
    const result = computeFinancials({ ...input, upfrontIncentivesCents: upfront });
    expect(result.roi).toBeNull();
    expect(result.paybackYears).toBe(0);
  });

  test("ten-year savings stop at year 10; lifetime runs the horizon", () => {
    const years = 12;
    const result = computeFinancials({
      ...input,
      years,
      billSavingsCents: new Array(years).fill(100),
      omCostCents: new Array(years).fill(0),
      streams: [],
    });
    expect(result.tenYearSavingsCents).toBe(1000);
    expect(result.lifetimeSavingsCents).toBe(1200);
  });
});
