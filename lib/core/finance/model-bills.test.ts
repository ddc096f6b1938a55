/**
 * The JSON command line's `bills` block, through `runModel` (files passed as text, as the script reads them).
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createCalendar } from "../bills";
import { runModel } from "./model-request";

const example = JSON.parse(readFileSync(new URL("../../../docs/examples/bills-request.json", import.meta.url), "utf8"));

function ok(document: unknown, files: Record<string, string> = {}) {
  const run = runModel(JSON.stringify(document), new Map(Object.entries(files)));
  if (run.exitCode !== 0) throw new Error(`expected success, got ${JSON.stringify(run.issues)}`);
  return run.response;
}

function issuesOf(document: unknown, files: Record<string, string> = {}) {
  const run = runModel(JSON.stringify(document), new Map(Object.entries(files)));
  if (run.exitCode === 0) throw new Error("expected invalid input");
  return run.issues;
}

/** The example with its bills block changed (a shallow merge per key) and anything else. */
function withBills(bills: Record<string, unknown>, project: Record<string, unknown> = {}) {
  return { ...example, project: { ...example.project, ...project }, bills: { ...example.bills, ...bills } };
}

const sum = (values: readonly number[]) => Math.round(values.reduce((total, value) => total + value * 100, 0)) / 100;

/** A battery-less, solar-less home on a flat rate: every month is kWh × price + fixed, by hand. */
const flatHome = {
  project: { state: "TX", segment: "residential", costs: { solar: 0, battery: 0, other: 1000 } },
  bills: { usage: { monthlyKwh: Array(12).fill(500) }, tariff: { flat: { dollarsPerKwh: 0.2, fixedDollarsPerMonth: 10 } } },
  proposalDate: "2026-12-03",
};

describe("docs/examples/bills-request.json (the README's example)", () => {
  const response = ok(example);
  const bills = response.bills!;

  test("the tariff and where it comes from", () => {
    expect(bills.tariff).toMatchObject({ name: "Rate 1: Residential Electric Service", kind: "catalog", utility: "Eversource" });
    expect(bills.tariff.source?.url).toMatch(/^https:\/\//);
    expect(bills.calendar).toBe("2026");
  });

  test.each([
    { label: "without a system", bill: () => bills.noSystem },
    { label: "with solar", bill: () => bills.solar },
    { label: "with solar and the battery", bill: () => bills.solarBattery! },
  ])("$label: twelve monthly bills that add up to the year's, each the sum of its lines", ({ bill }) => {
    const year = bill();
    expect(year.monthlyTotal).toHaveLength(12);
    expect(sum(year.monthlyTotal)).toBe(year.total);
    year.monthlyTotal.forEach((total, month) => {
      const lines = year.energyCharge[month]! - year.exportCredit[month]! + year.fixedCharge[month]! + year.minimumCharge[month]! + year.nonBypassable[month]! - year.trueUpCredit[month]!;
      expect(Math.round(lines * 100) / 100).toBe(total);
    });
  });

  test("year-1 savings by source are the differences of the bills", () => {
    expect(bills.year1Savings.solar).toBe(Math.round((bills.noSystem.total - bills.solar.total) * 100) / 100);
    expect(bills.year1Savings.battery).toBe(Math.round((bills.solar.total - bills.solarBattery!.total) * 100) / 100);
    expect(bills.usage.annualKwh).toBe(11_400);
    expect(bills.production.annualKwh).toBe(9_600);
  });

  test("the financials count the modelled savings: without Grid Services as modelled, with them plus the events' effect on the bill", () => {
    expect(bills.savingsUsed.from).toBe("model");
    expect(response.financials.withoutGridServices.billSavings[0]).toBe(bills.year1Savings.total);
    expect(response.financials.billSavings[0]).toBe(Math.round((bills.year1Savings.total + bills.year1Savings.gridServices) * 100) / 100);
    expect(bills.events?.lines[0]).toMatchObject({ programId: "ct-ess", durationHours: 3 });
  });

  test("the true-up of net metering is reported with its month", () => {
    expect(bills.solar.trueUp.month).toBe(12);
    expect(bills.exportRule.isProjectDefault).toBe(true);
  });
});

describe("the typed figure and the modelled one", () => {
  test("billSavingsYear1 given too: the typed figure counts, and the output says so", () => {
    const response = ok({ ...example, project: { ...example.project, billSavingsYear1: 2400 } });
    expect(response.bills!.savingsUsed).toMatchObject({ from: "typed", year1: 2400 });
    expect(response.bills!.savingsUsed.note).toMatch(/typed billSavingsYear1 \(\$2400.*not the modelled/);
    expect(response.financials.billSavings[0]).toBe(2400);
    expect(response.financials.withoutGridServices.billSavings[0]).toBe(2400);
  });

  test("neither: refused at project.billSavingsYear1", () => {
    const { bills: _bills, ...withoutBills } = example;
    expect(issuesOf(withoutBills)).toContainEqual({ path: "project.billSavingsYear1", message: expect.stringMatching(/^required: .*or a bills block/) });
  });
});

describe("hand-computed: a flat rate", () => {
  test("500 kWh × $0.20 + $10 = $110 every month, $1,320 a year; no solar, no savings", () => {
    const bills = ok(flatHome).bills!;
    expect(bills.noSystem.monthlyTotal).toEqual(Array(12).fill(110));
    expect(bills.noSystem.total).toBe(1320);
    expect(bills.solarBattery).toBeNull();
    expect(bills.year1Savings.total).toBe(0);
    expect(bills.tariff).toMatchObject({ name: "Flat rate", kind: "flat", source: null });
  });

  test.each([
    { label: "SAM's convention", calendar: "sam", expected: /SAM/ },
    { label: "a year of its own", calendar: 2027, expected: /^2027$/ },
    { label: "the proposal's year (default)", calendar: "proposal-year", expected: /^2026$/ },
  ])("calendar: $label", ({ calendar, expected }) => {
    const bills = ok({ ...flatHome, bills: { ...flatHome.bills, calendar } }).bills!;
    expect(bills.calendar).toMatch(expected);
    expect(bills.noSystem.total).toBe(1320);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Files, as the script passes them

const calendar2026 = createCalendar({ kind: "year", year: 2026 });
const pad = (value: number) => String(value).padStart(2, "0");

/** A generic hourly Green Button CSV for 2026 in clock time (an hour ahead during daylight saving), 1 kWh an hour. */
function greenButtonCsv(override: (hour: number) => number = () => 1): string {
  const lines = ["Account Number,0012345678", "", "TYPE,DATE,START TIME,END TIME,USAGE,UNITS"];
  const jan1 = Date.UTC(2026, 0, 1);
  for (let hour = 0; hour < calendar2026.hours; hour++) {
    const clock = new Date(jan1 + (hour + calendar2026.isDaylightSavingHour[hour]!) * 3_600_000);
    const time = `${pad(clock.getUTCHours())}:00`;
    lines.push(`Electric usage,${clock.toISOString().slice(0, 10)},${time},${pad(clock.getUTCHours())}:59,${override(hour).toFixed(3)},kWh`);
  }
  return lines.join("\n");
}

/** A two-period URDB rate: $0.40 from 4 to 9 p.m., $0.20 otherwise. */
function urdbRate(peakPeriod = 0) {
  const row = Array.from({ length: 24 }, (_, hour) => (hour >= 16 && hour < 21 ? peakPeriod : 1));
  const schedule = Array.from({ length: 12 }, () => [...row]);
  return { name: "Two-period TOU", energyratestructure: [[{ rate: 0.4 }], [{ rate: 0.2 }]], energyweekdayschedule: schedule, energyweekendschedule: schedule };
}

describe("files named in the request", () => {
  test("a Green Button CSV: read onto the year, with what the reader saw; usage 8,760 kWh", () => {
    const bills = ok(withBills({ usage: { file: "usage.csv", account: "12345678" } }), { "usage.csv": greenButtonCsv() }).bills!;
    expect(bills.usage).toMatchObject({ source: "green-button", file: "usage.csv", annualKwh: 8760 });
    expect(bills.usage.notes[0]).toMatch(/^Green Button CSV: 8,760 readings of 60 minutes, 2026-01-01 to 2026-12-31/);
  });

  test("a plain hourly CSV of usage and a PVWatts export of production", () => {
    const hourly = ["kWh", ...Array(8760).fill("1.5")].join("\n");
    const pvwatts = ["Month,Day,Hour,AC System Output (W)", ...Array.from({ length: 8760 }, (_, hour) => `1,1,${hour % 24},${hour % 24 === 12 ? 4000 : 0}`)].join("\n");
    const bills = ok(withBills({ usage: { file: "hourly.csv", format: "hourly-csv" }, production: { file: "pvwatts.csv" } }), { "hourly.csv": hourly, "pvwatts.csv": pvwatts }).bills!;
    expect(bills.usage.annualKwh).toBe(13_140);
    expect(bills.production).toMatchObject({ source: "pvwatts-hourly", annualKwh: 1460 });
  });

  test("a URDB rate from a file, named by its own name", () => {
    const bills = ok(withBills({ tariff: { urdb: "rate.json" } }), { "rate.json": JSON.stringify({ items: [urdbRate()] }) }).bills!;
    expect(bills.tariff).toMatchObject({ name: "Two-period TOU", kind: "urdb", source: null });
  });

  test("a file the script did not read (the core called directly) is refused at its field", () => {
    expect(issuesOf(withBills({ usage: { file: "usage.csv" } }))).toEqual([{ path: "bills.usage.file", message: expect.stringMatching(/^usage.csv was not read/) }]);
  });
});

describe("bad input: refused, each message at the field's path", () => {
  const hourly = (count: number) => Array(count).fill(1);
  test.each([
    { label: "a month of 0 kWh", bills: { usage: { monthlyKwh: [500, 500, 500, 0, 500, 500, 500, 500, 500, 500, 500, 500] } }, path: "bills.usage.monthlyKwh[3]", message: /above 0 kWh/ },
    { label: "a month of 10⁹ kWh", bills: { usage: { monthlyKwh: [1e9, ...Array(11).fill(500)] } }, path: "bills.usage.monthlyKwh[0]", message: /at most 50,000 kWh/ },
    { label: "11 months", bills: { usage: { monthlyKwh: Array(11).fill(500) } }, path: "bills.usage.monthlyKwh", message: /12 monthly figures/ },
    { label: "an hourly year of 8,759 values", bills: { usage: { hourlyKwh: hourly(8759) } }, path: "bills.usage.hourlyKwh", message: /8,759 values; an hourly year has 8,760/ },
    { label: "a negative hour", bills: { usage: { hourlyKwh: [-1, ...hourly(8759)] } }, path: "bills.usage.hourlyKwh[0]", message: /negative/ },
    { label: "no usage given", bills: { usage: {} }, path: "bills.usage", message: /give one of monthlyKwh, hourlyKwh, file/ },
    { label: "two usages given", bills: { usage: { monthlyKwh: Array(12).fill(500), file: "usage.csv" } }, path: "bills.usage", message: /give only one of monthlyKwh, file/ },
    { label: "a misspelt key", bills: { usage: { monthlykwh: Array(12).fill(500) } }, path: "bills.usage.monthlykwh", message: /unknown field/ },
    { label: "an unknown tariff", bills: { tariff: { tariffId: "eversource-ct-rate-9" } }, path: "bills.tariff.tariffId", message: /unknown tariff "eversource-ct-rate-9"; shipped: .*eversource-ct-rate-1/ },
    { label: "a URDB schedule naming a period that does not exist", bills: { tariff: { urdb: urdbRate(2) } }, path: "bills.tariff.urdb.energyweekdayschedule[0][16]", message: /is period 2, but energyratestructure has 2 periods/ },
    { label: "a flat rate of $0", bills: { tariff: { flat: { dollarsPerKwh: 0 } } }, path: "bills.tariff.flat.dollarsPerKwh", message: /at least \$0.01/ },
    { label: "an export rule of an unknown kind", bills: { exportRule: { kind: "sell-some" } }, path: "bills.exportRule.kind", message: /./ },
    { label: "a calendar that is not a year", bills: { calendar: 1999 }, path: "bills.calendar", message: /./ },
    { label: "a round-trip efficiency of 120 %", bills: { roundTripEfficiencyPercent: 120 }, path: "bills.roundTripEfficiencyPercent", message: /./ },
    { label: "solar without its production", bills: { production: undefined }, path: "bills.production", message: /the project has solar: give its production/ },
  ])("$label", ({ bills, path, message }) => {
    const issues = issuesOf(withBills(bills));
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  test.each([
    { label: "a Green Button file with a negative reading", files: { "usage.csv": greenButtonCsv((hour) => (hour === 4000 ? -2 : 1)) }, usage: { file: "usage.csv" }, message: /negative/i },
    { label: "a Green Button file of another account", files: { "usage.csv": greenButtonCsv() }, usage: { file: "usage.csv", account: "99999999" }, message: /account/i },
    { label: "an hourly usage CSV of 8,759 rows", files: { "usage.csv": Array(8759).fill("1").join("\n") }, usage: { file: "usage.csv", format: "hourly-csv" }, message: /8,759 hourly rows; a year needs 8,760/ },
  ])("$label: refused at bills.usage.file", ({ files, usage, message }) => {
    expect(issuesOf(withBills({ usage }), files)).toEqual([{ path: "bills.usage.file", message: expect.stringMatching(message) }]);
  });

  test("a URDB file that is not JSON", () => {
    expect(issuesOf(withBills({ tariff: { urdb: "rate.json" } }), { "rate.json": "{" })).toEqual([{ path: "bills.tariff.urdb", message: expect.stringMatching(/^rate.json is not valid JSON/) }]);
  });

  test("a bad URDB file names the file and the path inside it", () => {
    const issues = issuesOf(withBills({ tariff: { urdb: "rate.json" } }), { "rate.json": JSON.stringify(urdbRate(2)) });
    expect(issues[0]).toEqual({ path: "bills.tariff.urdb (rate.json).energyweekdayschedule[0][16]", message: expect.stringMatching(/is period 2/) });
  });
});
