/**
 * The bills section is the bill model's year written for the homeowner: it must add up to the cent, say which bills
 * are which, say where the figures come from, and say so when the proposal's savings are the installer's own figure.
 */
import { describe, expect, test } from "vitest";
import { ctStoredOption } from "../../tests/support/stored-options";
import { buildBillsView, type BillsView } from "./bills-view";
import { billsOf } from "./option-bills";
import type { StoredOption } from "./option-input";

const PROPOSAL_DATE = "2026-12-03";
const USAGE = [900, 800, 750, 650, 600, 700, 950, 1000, 800, 650, 700, 850];
const FLAT = { kind: "flat", input: { name: "Town rate", dollarsPerKwh: 0.3, fixedDollarsPerMonth: 10 } } as const;

/** The Connecticut option (8 kW, one 13.5 kWh battery, CT-ESS) with 12 months of usage on a rate. */
function withUsage(tariff: unknown, change: Partial<StoredOption> = {}, savingsFrom: "model" | "typed" = "model"): StoredOption {
  return {
    ...ctStoredOption,
    annualProductionKwh: 9_600,
    usageAndRates: { usage: { kind: "monthly", monthlyKwh: USAGE }, production: { kind: "design" }, tariff, savingsFrom },
    ...change,
  };
}

function viewOf(option: StoredOption, { countsGridServices = true, countsModelled = true } = {}): BillsView {
  const enabled = new Set(option.programs.filter((program) => program.enabled).map((program) => program.programId));
  const bills = billsOf(option, enabled, PROPOSAL_DATE)!;
  return buildBillsView(bills, { countsModelled, typedYear1Cents: option.billSavingsYear1Cents, countsGridServices });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("the table adds up", () => {
  test.each([
    { label: "flat rate, solar + battery, Grid Services counted", option: withUsage(FLAT), countsGridServices: true },
    { label: "flat rate, solar + battery, Grid Services not counted", option: withUsage(FLAT), countsGridServices: false },
    { label: "flat rate, solar only", option: withUsage(FLAT, { batteryCount: 0 }), countsGridServices: false },
    { label: "Connecticut's shipped rate with net metering and a true-up", option: withUsage({ kind: "catalog", tariffId: "eversource-ct-rate-1" }), countsGridServices: true },
  ])("$label: every column's months sum to its year exactly, and the savings are without solar minus the last bill", ({ option, countsGridServices }) => {
    const view = viewOf(option, { countsGridServices });
    view.columns.forEach((_column, index) => {
      expect(sum(view.months.map((month) => month.cents[index]!))).toBe(view.year.cents[index]);
    });
    for (const row of [...view.months, view.year]) expect(row.savingsCents).toBe(row.cents[0]! - row.cents.at(-1)!);
    expect(sum(view.months.map((month) => month.savingsCents))).toBe(view.year.savingsCents);
    // The savings by source are the year's savings, split.
    expect(view.savings.totalCents).toBe(view.year.savingsCents);
    expect(sum(view.savings.lines.map((line) => line.cents))).toBe(view.savings.totalCents);
    expect(view.months.map((month) => month.usageKwh)).toEqual(USAGE);
    expect(view.year.usageKwh).toBe(sum(USAGE));
  });

  test("a flat rate's bill without solar is the hand-computed one: 900 kWh × $0.30 + $10 = $280.00", () => {
    const view = viewOf(withUsage(FLAT));
    expect(view.months[0]).toMatchObject({ month: "January", shortMonth: "Jan", usage: "900 kWh" });
    expect(view.months.map((month) => month.cents[0])).toEqual(USAGE.map((kwh) => kwh * 30 + 1_000));
    expect(view.months[0]!.written[0]).toBe("$280.00");
    expect(view.year.cents[0]).toBe(sum(USAGE) * 30 + 12 * 1_000);
    // 9,350 kWh × $0.30 + 12 × $10.
    expect(view.year.written[0]).toBe("$2,925.00");
  });

  test("the chart's bars are the first and last columns, in dollars", () => {
    const view = viewOf(withUsage(FLAT));
    expect(view.chart.keys.map((key) => key.label)).toEqual(["Without solar", "With solar + battery"]);
    expect(view.chart.points.map((point) => [point.month, point.before * 100, point.after * 100])).toEqual(view.months.map((month) => [month.shortMonth, month.cents[0], month.cents.at(-1)]));
    expect(view.chart.summary).toContain(`${view.year.written[0]} without solar`);
  });
});

describe("columns", () => {
  test.each([
    { label: "solar + battery: three bills", option: withUsage(FLAT), columns: ["Without solar", "With solar only", "With solar + battery"], sources: ["solar", "battery", "grid-services"] },
    { label: "solar only: no battery column and no battery savings", option: withUsage(FLAT, { batteryCount: 0 }), columns: ["Without solar", "With solar"], sources: ["solar"] },
  ])("$label", ({ option, columns, sources }) => {
    const view = viewOf(option);
    expect(view.hasBattery).toBe(columns.length === 3);
    expect(view.columns.map((column) => column.label)).toEqual(columns);
    for (const row of [...view.months, view.year]) {
      expect(row.cents).toHaveLength(columns.length);
      expect(row.written).toHaveLength(columns.length);
    }
    expect(view.savings.lines.map((line) => line.key)).toEqual(sources);
  });

  test("with Grid Services counted, the last column holds the battery for the events and says what that costs; without, it does not", () => {
    const option = withUsage({ kind: "catalog", tariffId: "eversource-ct-rate-1" });
    const enabled = new Set(["ct-ess"]);
    const bills = billsOf(option, enabled, PROPOSAL_DATE)!;
    expect(bills.withEvents).not.toBeNull();
    const counted = viewOf(option, { countsGridServices: true });
    const notCounted = viewOf(option, { countsGridServices: false });
    expect(counted.year.cents.at(-1)).toBe(bills.withEvents!.bills.solarBattery!.totalCents);
    expect(notCounted.year.cents.at(-1)).toBe(bills.withoutEvents.bills.solarBattery!.totalCents);
    const effect = bills.year1.gridServicesCents;
    expect(counted.savings.lines.at(-1)).toMatchObject({ key: "grid-services", cents: effect });
    expect(counted.savings.gridServices).toMatch(new RegExp(`include the \\d+ Grid Services events: holding the battery for them (costs|earns) \\$[\\d,]+ on the bill`));
    expect(notCounted.savings.gridServices).toBeNull();
    expect(notCounted.savings.lines.map((line) => line.key)).toEqual(["solar", "battery"]);
  });
});

describe("where the savings come from", () => {
  test.each([
    { label: "the model's savings count: nothing to say", savingsFrom: "model" as const, countsModelled: true, text: null },
    {
      label: "the installer's typed figure counts: said so, with the figure",
      savingsFrom: "typed" as const,
      countsModelled: false,
      text: "Year-1 savings as entered by your installer from their design tool: $2,100. This proposal's figures use that; the bills below are our estimate, for comparison.",
    },
  ])("$label", ({ savingsFrom, countsModelled, text }) => {
    expect(viewOf(withUsage(FLAT, {}, savingsFrom), { countsModelled }).savings.typedOverride).toBe(text);
  });

  test("the sources are in the homeowner's words, with the shipped rate's check date and address; the placeholders are the installer's to read", () => {
    const view = viewOf(withUsage({ kind: "catalog", tariffId: "eversource-ct-rate-1" }));
    expect(view.sources.usage).toBe("Usage: your 12 monthly bills (9,350 kWh a year), spread over each day the way a typical home uses electricity.");
    expect(view.sources.production).toBe("Solar: your design's expected production (9,600 kWh a year), spread over the day by the sun's path in central Connecticut.");
    expect(view.sources.tariff.text).toMatch(/^Rate: .+, Eversource, checked on [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/);
    expect(view.sources.tariff.sourceUrl).toMatch(/^https:\/\/www\.eversource\.com\//);
    expect(view.sources.exportRule).toMatch(/^Exports: Net metering/);
    expect(view.trueUp).toMatch(/^The December true-up pays \$[\d,]+\.\d\d for [\d,]+ kWh of surplus/);
    expect(view.installerNotes[0]).toMatch(/are derived or placeholders, not read from the utility's tariff sheet: check them against the customer's bill/);
    // Notes for the installer stay out of what the customer reads.
    const customerText = JSON.stringify({ ...view, installerNotes: [] });
    expect(customerText).not.toMatch(/placeholder|re-read/i);
  });

  test("a flat rate typed by the installer says so, and has no source link", () => {
    const view = viewOf(withUsage(FLAT));
    expect(view.sources.tariff).toEqual({ text: "Rate: Town rate, a flat price per kWh from your bill, as entered by your installer.", sourceTitle: null, sourceUrl: null });
    expect(view.installerNotes.join(" ")).not.toMatch(/placeholders/);
  });
});

describe("the explanation, month by month", () => {
  test("a flat rate: the kWh times the price, the fixed charge, the total (no period named where there is only one)", () => {
    const january = viewOf(withUsage(FLAT)).explanation.months[0]!;
    expect(january.month).toBe("January");
    expect(january.bills[0]).toEqual({ label: "January without solar", lines: ["900 kWh from the grid × $0.30 = $270.00", "Fixed charge: $10.00"], total: "January without solar: $280.00" });
    expect(january.bills[1]!.label).toBe("January with solar + battery");
  });

  test("a time-of-use rate: each line names its period, and its kWh times its price is its amount to the cent", () => {
    const option = withUsage({ kind: "catalog", tariffId: "pge-e-tou-c" }, { project: { state: "CA", segment: "residential", utility: "PG&E", tariff: "NEM2" }, programs: [] });
    const view = viewOf(option);
    const july = view.explanation.months[6]!.bills[0]!;
    expect(july.total).toBe(`July without solar: ${view.months[6]!.written[0]}`);
    const imports = july.lines.filter((line) => line.includes("from the grid"));
    expect(imports.length).toBeGreaterThanOrEqual(2);
    for (const line of imports) {
      const match = /^([\d,.]+) kWh from the grid at (Summer peak|Summer off-peak)(, tier \d)? × \$([\d.]+) = \$([\d,]+\.\d\d)$/.exec(line);
      expect(match, line).not.toBeNull();
      const [kwh, price, amount] = [match![1]!, match![4]!, match![5]!].map((text) => Number(text.replace(/,/g, "")));
      // The kWh are written to a tenth: their product with the price is the amount within a tenth of a kWh's price.
      expect(Math.abs(kwh! * price! - amount!)).toBeLessThanOrEqual(0.05 * price! + 0.005);
    }
  });
});
