/**
 * The savings table's upkeep column (O&M and battery and inverter replacements) and the CSV that follows it. The
 * general sums are tested in proposal.test.ts; these rows check the column appears exactly when a year has a cost, and
 * that the figures a homeowner reads in the table, the CSV and the cash flow are the same cents.
 */
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../tests/support/csv";
import { proposalCsv } from "./csv";
import { evaluateStoredOption, proposalViewOf } from "./evaluate";
import type { StoredOption } from "./option-input";
import { buildSavingsTable, savingsTableToCsv, UPKEEP_COLUMN } from "./savings-table";
import type { ProposalOption } from "./view";

/** A CT option of $40,250.50 with CT-ESS, no O&M and no replacement. */
const option: ProposalOption = {
  name: "Option A",
  pvKw: 8,
  annualProductionKwh: 9_600,
  batteryModel: "Tesla Powerwall 3",
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
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: "other", customerName: "Dana Whitfield", street: "12 Elm Street", city: "Hartford", zip: "06103" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: { customerTier: "standard", gridEdge: false, averageDeliveredKw: 5 } }],
  customIncentives: [],
};
const tableOf = (stored: StoredOption) => buildSavingsTable(evaluateStoredOption(stored, { proposalDate: "2026-03-02" }).financials.withGridServices);
const upkeepCells = (stored: StoredOption) => {
  const table = tableOf(stored);
  const index = table.columns.findIndex((column) => column.key === UPKEEP_COLUMN.key);
  return index === -1 ? null : { table, index, cells: table.rows.map((row) => row.cells[index]!) };
};
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("the upkeep column", () => {
  test.each([
    { label: "no O&M and no replacement: no column", change: {}, expected: null },
    { label: "a replacement priced at $0 is stated but costs nothing: no column", change: { batteryReplacementCents: 0 }, expected: null },
    {
      label: "a $9,000 battery alone: −$9,000 in years 11 and 21, zero in the other years",
      change: { batteryReplacementCents: 900_000 },
      expected: Array.from({ length: 25 }, (_, index) => (index === 10 || index === 20 ? -900_000 : 0)),
    },
    {
      label: "a $2,500 inverter on a 20-year warranty and $100 of O&M: −$100 a year, −$2,600 in year 21",
      change: { inverterReplacementCents: 250_000, inverterWarrantyYears: 20, omCostYearlyCents: 10_000 },
      expected: Array.from({ length: 25 }, (_, index) => (index === 20 ? -260_000 : -10_000)),
    },
  ])("$label", ({ change, expected }) => {
    const found = upkeepCells({ ...option, ...change });
    if (expected === null) expect(found).toBeNull();
    else expect(found?.cells).toEqual(expected);
  });

  test("it is labelled in the homeowner's words and comes after the programs, before the total", () => {
    const table = tableOf({ ...option, batteryReplacementCents: 900_000 });
    expect(table.columns.map((column) => column.label)).toEqual(["Bill savings", "Energy Storage Solutions (Connecticut)", "Upkeep and replacements"]);
  });

  test("every row's total is the sum of its cells, and the totals are the sums of their rows, replacements included", () => {
    const found = upkeepCells({ ...option, batteryReplacementCents: 900_000, omCostYearlyCents: 15_000, omEscalationPercent: 2.5 })!;
    for (const row of found.table.rows) expect(sum(row.cells)).toBe(row.totalCents);
    expect(found.table.lifetime.cells[found.index]).toBe(sum(found.cells));
    expect(found.table.tenYear.cells[found.index]).toBe(sum(found.cells.slice(0, 10)));
    expect(found.table.lifetime.totalCents).toBe(sum(found.table.rows.map((row) => row.totalCents)));
  });
});

describe("the CSV follows the table", () => {
  const replaced: ProposalOption = { ...option, batteryReplacementCents: 900_000 };

  test("the upkeep column is in the header and year 11 carries the replacement as a negative number", () => {
    const rows = parseCsv(savingsTableToCsv(tableOf(replaced)));
    expect(rows[0]).toEqual(["Year", "Bill savings", "Energy Storage Solutions (Connecticut)", "Upkeep and replacements", "Total", "Cumulative cash flow"]);
    expect(rows[11]![0]).toBe("11");
    expect(rows[11]![3]).toBe("-9000.00");
    expect(rows[12]![3]).toBe("0.00");
  });

  test("the proposal CSV reconciles: each year's cells sum to its total, and the cumulative column is −net price + the totals so far", () => {
    const view = proposalViewOf(replaced);
    const rows = parseCsv(proposalCsv(view));
    const cents = (text: string) => Math.round(Number(text) * 100);
    const header = rows.findIndex((row) => row[0] === "Year");
    expect(rows[header]).toContain("Upkeep and replacements");
    const years = rows.slice(header + 1).filter((row) => /^\d+$/.test(row[0]!));
    expect(years).toHaveLength(26);
    let cumulative = -view.pricing.netCents;
    expect(cents(years[0]!.at(-1)!)).toBe(cumulative);
    for (const row of years.slice(1)) {
      const cells = row.slice(1, -2).map(cents);
      const total = cents(row.at(-2)!);
      expect(sum(cells)).toBe(total);
      cumulative += total;
      expect(cents(row.at(-1)!)).toBe(cumulative);
    }
    expect(cumulative - -view.pricing.netCents).toBe(view.financials.withGridServices.lifetimeSavingsCents);
  });
});
