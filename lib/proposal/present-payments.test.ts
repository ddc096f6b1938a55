import { describe, expect, test } from "vitest";
import { evaluateStoredOption } from "./evaluate";
import type { StoredOption } from "./option-input";
import { describeProgramPayments, describeYearly, paymentRuns } from "./present-payments";

/** The CT-ESS worked example of docs/programs.md: one 13.5 kWh battery costing $15,000, 5 kW average, 2025 rates. */
const ctOption: StoredOption = {
  pvKw: 8,
  batteryCapacityKwh: 13.5,
  batteryPowerKw: 11.5,
  batteryCount: 1,
  reservePercent: 20,
  solarCostCents: 2_400_000,
  batteryCostCents: 1_500_000,
  otherCostCents: 125_050,
  billSavingsYear1Cents: 210_000,
  horizonYears: 25,
  utilityEscalationPercent: 3,
  discountRatePercent: 5,
  degradationPercent: 0.5,
  omCostYearlyCents: 0,
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: "other" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: { customerTier: "standard", gridEdge: false, averageDeliveredKw: 5 } }],
  customIncentives: [],
};
const BEFORE_APRIL_2026 = { proposalDate: "2026-03-02" };

const years = (...amounts: [cents: number, count: number][]) => amounts.flatMap(([cents, count]) => new Array<number>(count).fill(cents));

describe("the schedule in one sentence", () => {
  test.each([
    { label: "two rate steps, every year even: exact amounts", annual: years([112_500, 5], [65_000, 5], [0, 15]), says: "CT-ESS pays you $1,125 a year for 5 years, then $650 a year to year 10." },
    {
      // $4,708.86 ÷ 5 = $941.77 and $2,825.31 ÷ 5 = $565.06, rounded to whole dollars as headline money is.
      label: "fade moves each year a little: the average, said as 'about', and no new step",
      annual: [100_000, 97_000, 94_090, 91_267, 88_529, 60_000, 58_200, 56_454, 54_760, 53_117],
      says: "CT-ESS pays you about $942 a year for 5 years, then about $565 a year to year 10.",
    },
    { label: "a late start: from year 2 (the battery misses the first season)", annual: years([0, 1], [112_500, 5], [65_000, 5]), says: "CT-ESS pays you $1,125 a year from year 2 to year 6, then $650 a year to year 11." },
    { label: "one paid year", annual: years([50_000, 1], [0, 24]), says: "CT-ESS pays you $500 in the first year." },
    { label: "a gap between payments is said with both years", annual: years([10_000, 2], [0, 2], [10_000, 1]), says: "CT-ESS pays you $100 a year for 2 years, then $100 in year 5." },
  ])("$label", ({ annual, says }) => {
    expect(describeYearly("CT-ESS", annual, "customer")).toBe(says);
  });

  test.each([
    { label: "paid to the installer", paidTo: "contractor" as const, starts: "ELRP pays your installer" },
    { label: "paid to the homeowner", paidTo: "customer" as const, starts: "ELRP pays you" },
    { label: "no payee recorded: the homeowner", paidTo: undefined, starts: "ELRP pays you" },
  ])("$label", ({ paidTo, starts }) => {
    expect(describeYearly("ELRP", [10_000], paidTo)).toMatch(new RegExp(`^${starts} \\$100`));
  });

  test("a program that pays nothing by the year has no sentence", () => {
    expect(describeYearly("CT-ESS", years([0, 25]), "customer")).toBeNull();
  });

  // The boundary: 15% from the run's first year is still battery fade; more is a program's rate step.
  test.each([
    { label: "15% below the first year stays in the run", second: 85_000, runs: 1 },
    { label: "just over 15% starts a new run", second: 84_999, runs: 2 },
  ])("$label", ({ second, runs }) => {
    expect(paymentRuns([100_000, second])).toHaveLength(runs);
  });
});

describe("the counted programs' payments, from the evaluation", () => {
  test("CT-ESS worked example: the sentence, the upfront to the installer, the ten-year total", () => {
    const [payments, ...others] = describeProgramPayments(evaluateStoredOption(ctOption, BEFORE_APRIL_2026).programs);
    expect(others).toEqual([]);
    expect(payments).toEqual({
      id: "ct-ess",
      name: "Energy Storage Solutions (Connecticut)",
      yearly: "CT-ESS pays you $1,125 a year for 5 years, then $650 a year to year 10.",
      upfront: "Plus $3,375 off your price upfront, paid to your installer.",
      total: { cents: 887_500, lastYear: 10 },
    });
  });

  test("with battery fade the amounts are averages, said as 'about'", () => {
    const [payments] = describeProgramPayments(evaluateStoredOption({ ...ctOption, batteryFadePercent: 3 }, BEFORE_APRIL_2026).programs);
    expect(payments?.yearly).toMatch(/^CT-ESS pays you about \$[\d,]+ a year for 5 years, then about \$[\d,]+ a year to year 10\.$/);
  });

  test("a program switched off says nothing", () => {
    expect(describeProgramPayments(evaluateStoredOption(ctOption, { ...BEFORE_APRIL_2026, enabledPrograms: { "ct-ess": false } }).programs)).toEqual([]);
  });
});
