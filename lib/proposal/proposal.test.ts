import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluateStoredOption, previewStatePrograms } from "./evaluate";
import { toOptionInput, type StoredOption } from "./option-input";
import { buildPricingTable } from "./pricing";
import { summarizeBenefit } from "./program-benefit";
import { buildSavingsTable, savingsTableToCsv } from "./savings-table";
import { describeBattery } from "./battery-summary";

/** The CT-ESS worked example of programs.md as a stored option: 13.5 kWh battery costing $15,000, 5 kW average. */
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

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("stored option → engine input", () => {
  test("percent columns become fractions and only enabled programs are sent", () => {
    const input = toOptionInput({ ...ctOption, programs: [...ctOption.programs, { programId: "elrp", enabled: false, inputs: {} }] });
    expect(input.assumptions).toMatchObject({ years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005 });
    expect(input.programs.map((program) => program.id)).toEqual(["ct-ess"]);
    expect(input.system.battery).toEqual({ capacityKwh: 13.5, powerKw: 11.5, count: 1, reservePercent: 20 });
  });

  test("an option without a battery count has no battery", () => {
    expect(toOptionInput({ ...ctOption, batteryCount: 0 }).system.battery).toBeNull();
  });

  test("overrides switch programs without touching stored inputs", () => {
    expect(toOptionInput(ctOption, { enabledPrograms: { "ct-ess": false } }).programs).toEqual([]);
    expect(toOptionInput({ ...ctOption, programs: [] }, { enabledPrograms: { "ct-ess": true } }).programs).toEqual([{ id: "ct-ess", inputs: {} }]);
  });
});

describe("pricing table", () => {
  test("CT-ESS upfront is its own negative line and the net price is gross minus it", () => {
    const evaluation = evaluateStoredOption(ctOption);
    const table = buildPricingTable({ solarCents: ctOption.solarCostCents, batteryCents: ctOption.batteryCostCents, otherCents: ctOption.otherCostCents }, evaluation);
    expect(table.grossCents).toBe(4_025_050);
    expect(table.upfrontLines).toEqual([expect.objectContaining({ key: "ct-ess", cents: -337_500, payee: "contractor" })]);
    expect(table.netCents).toBe(4_025_050 - 337_500);
    expect(sum(table.items.map((item) => item.cents))).toBe(table.grossCents);
  });

  test("a binding cap is noted on the line", () => {
    const evaluation = evaluateStoredOption({ ...ctOption, batteryCapacityKwh: 40, batteryCostCents: 1_000_000 });
    const table = buildPricingTable({ solarCents: 0, batteryCents: 1_000_000, otherCents: 0 }, evaluation);
    expect(table.upfrontLines[0]?.cents).toBe(-500_000);
    expect(table.upfrontLines[0]?.note).toBeTruthy();
  });

  test("a disabled program leaves no line", () => {
    const evaluation = evaluateStoredOption({ ...ctOption, programs: [{ ...ctOption.programs[0]!, enabled: false }] });
    expect(buildPricingTable({ solarCents: 0, batteryCents: 0, otherCents: 0 }, evaluation).upfrontLines).toEqual([]);
  });
});

describe("savings breakdown", () => {
  const financials = evaluateStoredOption(ctOption).financials.withGridServices;
  const table = buildSavingsTable(financials);

  test("CT-ESS pays $1,125 in years 1–5, $650 in years 6–10, and zero from year 11", () => {
    const column = table.columns.findIndex((entry) => entry.key === "ct-ess");
    expect(column).toBeGreaterThan(0);
    const ctess = table.rows.map((row) => row.cells[column]);
    expect(ctess.slice(0, 5)).toEqual([112_500, 112_500, 112_500, 112_500, 112_500]);
    expect(ctess.slice(5, 10)).toEqual([65_000, 65_000, 65_000, 65_000, 65_000]);
    expect(ctess.slice(10).every((cents) => cents === 0)).toBe(true);
    expect(table.tenYear.cells[column]).toBe(887_500);
  });

  test("each row's total is the sum of its cells; totals are the sums of their rows", () => {
    for (const row of table.rows) expect(sum(row.cells)).toBe(row.totalCents);
    expect(table.lifetime.totalCents).toBe(sum(table.rows.map((row) => row.totalCents)));
    expect(table.lifetime.totalCents).toBe(financials.lifetimeSavingsCents);
    expect(table.tenYear.totalCents).toBe(financials.tenYearSavingsCents);
    table.columns.forEach((_, index) => expect(table.lifetime.cells[index]).toBe(sum(table.rows.map((row) => row.cells[index]!))));
  });

  test("the CSV carries the page's figures to the cent", () => {
    const csv = savingsTableToCsv(table).trim().split("\r\n");
    expect(csv[0]).toBe(`Year,Bill savings,${table.columns[1]!.label},Total,Cumulative cash flow`);
    expect(csv).toHaveLength(1 + 25 + 2);
    const year1 = csv[1]!.split(",");
    expect(year1[0]).toBe("1");
    expect(year1[2]).toBe("1125.00");
    expect(Math.round(Number(year1[3]) * 100)).toBe(table.rows[0]!.totalCents);
    expect(Math.round(Number(year1[4]) * 100)).toBe(table.rows[0]!.cumulativeCents);
  });

  test("O&M appears as a negative column only when there is one", () => {
    expect(table.columns.some((column) => column.key === "om")).toBe(false);
    const withOm = buildSavingsTable(evaluateStoredOption({ ...ctOption, omCostYearlyCents: 15_000 }).financials.withGridServices);
    const om = withOm.columns.findIndex((column) => column.key === "om");
    expect(withOm.rows[0]!.cells[om]).toBe(-15_000);
    for (const row of withOm.rows) expect(sum(row.cells)).toBe(row.totalCents);
  });

  test("property: for any costs and savings, every total is the sum of its parts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 50_000 }), (batteryCents, billCents, years, omCents) => {
        const built = buildSavingsTable(evaluateStoredOption({ ...ctOption, batteryCostCents: batteryCents, billSavingsYear1Cents: billCents, horizonYears: years, omCostYearlyCents: omCents }).financials.withGridServices);
        expect(built.rows).toHaveLength(years);
        for (const row of built.rows) expect(sum(row.cells)).toBe(row.totalCents);
        expect(built.lifetime.totalCents).toBe(sum(built.rows.map((row) => row.totalCents)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("program previews", () => {
  test("a program that is off still previews what it would pay", () => {
    const off = { ...ctOption, programs: [] };
    const preview = previewStatePrograms(off).programs.find((program) => program.id === "ct-ess");
    expect(preview?.upfrontCents).toBe(337_500);
    expect(evaluateStoredOption(off).programs).toEqual([]);
  });

  test("summarizeBenefit names the first paid year and the last", () => {
    expect(summarizeBenefit({ upfrontCents: 5, annualCents: [0, 100, 100, 0] })).toEqual({ upfrontCents: 5, firstAnnualCents: 100, firstPaidYear: 2, lastPaidYear: 3, annualTotalCents: 200 });
    expect(summarizeBenefit({ upfrontCents: 0, annualCents: [0, 0] })).toMatchObject({ firstPaidYear: null, lastPaidYear: null, firstAnnualCents: 0 });
  });
});

describe("battery description", () => {
  test.each([
    { label: "totals are per unit × count", option: { batteryModel: "Tesla Powerwall 3", batteryCapacityKwh: 13.5, batteryPowerKw: 11.5, batteryCount: 2 }, text: "2 × Tesla Powerwall 3 · 27 kWh, 23 kW" },
    { label: "binary noise is rounded away", option: { batteryModel: "Enphase IQ Battery 5P", batteryCapacityKwh: 5, batteryPowerKw: 3.84, batteryCount: 3 }, text: "3 × Enphase IQ Battery 5P · 15 kWh, 11.52 kW" },
    { label: "no count means no battery", option: { batteryModel: null, batteryCapacityKwh: 0, batteryPowerKw: 0, batteryCount: 0 }, text: "No battery" },
  ])("$label", ({ option, text }) => {
    expect(describeBattery(option)).toBe(text);
  });
});
