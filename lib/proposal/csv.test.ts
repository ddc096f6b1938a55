/**
 * The proposal CSV's monthly bills block: the bills table to the cent, in rows a spreadsheet can sum, and absent
 * when the option has no usage and rates.
 */
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../tests/support/csv";
import { proposalCsv } from "./csv";
import { proposalViewOf } from "./evaluate";
import type { ProposalOption } from "./view";
import { ctStoredOption } from "../../tests/support/stored-options";

const option: ProposalOption = {
  ...ctStoredOption,
  name: "Option A",
  annualProductionKwh: 9_600,
  batteryModel: "Tesla Powerwall 3",
  project: { ...ctStoredOption.project, customerName: "Dana Whitfield", street: "12 Elm Street", city: "Hartford", zip: "06103" },
  usageAndRates: {
    usage: { kind: "monthly", monthlyKwh: [900, 800, 750, 650, 600, 700, 950, 1000, 800, 650, 700, 850] },
    production: { kind: "design" },
    tariff: { kind: "flat", input: { name: "Town rate", dollarsPerKwh: 0.3, fixedDollarsPerMonth: 10 } },
  },
};

const cents = (text: string) => Math.round(Number(text) * 100);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The block's rows: from the "Month" header to the "Whole year" row. */
function billRows(csv: string): string[][] {
  const rows = parseCsv(csv);
  const header = rows.findIndex((row) => row[0] === "Month");
  return header < 0 ? [] : rows.slice(header, header + 14);
}

describe("the monthly bills block", () => {
  test.each([
    { label: "solar + battery: three bills and the savings", change: {}, header: ["Month", "Usage (kWh)", "Bill without solar", "Bill with solar only", "Bill with solar + battery", "Bill savings"] },
    { label: "solar only: two bills and the savings", change: { batteryCount: 0, programs: [] }, header: ["Month", "Usage (kWh)", "Bill without solar", "Bill with solar", "Bill savings"] },
  ])("$label: the table's figures to the cent, months summing to the year", ({ change, header }) => {
    const view = proposalViewOf({ ...option, ...change });
    const [head, ...rows] = billRows(proposalCsv(view));
    expect(head).toEqual(header);
    expect(rows.map((row) => row[0])).toEqual([...MONTHS, "Whole year"]);
    rows.forEach((row, index) => {
      const expected = index < 12 ? view.bills!.months[index]! : view.bills!.year;
      expect(Number(row[1])).toBe(expected.usageKwh);
      expect(row.slice(2, -1).map(cents)).toEqual(expected.cents);
      expect(cents(row.at(-1)!)).toBe(expected.savingsCents);
    });
    // Without solar, by hand: 900 kWh × $0.30 + $10.
    expect(rows[0]![2]).toBe("280.00");
    for (let column = 2; column < header.length; column++) {
      expect(rows.slice(0, 12).reduce((sum, row) => sum + cents(row[column]!), 0)).toBe(cents(rows[12]![column]!));
    }
  });

  test("an option without usage and rates has no bills block, and the blocks before it are unchanged", () => {
    const { usageAndRates: _usage, ...typed } = option;
    const withoutBills = proposalCsv(proposalViewOf(typed));
    expect(billRows(withoutBills)).toEqual([]);
    const withBills = proposalCsv(proposalViewOf({ ...option, usageAndRates: { ...(option.usageAndRates as object), savingsFrom: "typed" } }));
    // The typed figure counts in both, so everything before the bills block is the same file.
    expect(withBills.startsWith(withoutBills)).toBe(true);
  });
});
