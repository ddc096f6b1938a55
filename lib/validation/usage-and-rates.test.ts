import { describe, expect, test } from "vitest";
import { DomainError } from "../core/errors/domain-error";
import { getTariffVersion, type UsageAndRates } from "../core/bills";
import {
  buildUsageAndRates,
  checkUpload,
  importGreenButton,
  importProduction,
  MAX_UPLOAD_BYTES,
  readPastedUrdb,
  tariffChoiceOf,
  type UsageAndRatesSources,
} from "./usage-and-rates";

/** The refusal of `run`, as its status message and field errors (fails when nothing is refused). */
function refusalOf(run: () => unknown): { message: string; fieldErrors: Record<string, string> } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

const MONTHLY = [620, 540, 510, 480, 520, 700, 910, 950, 800, 600, 560, 640];
const monthFields = (prefix: string, values: readonly (number | string)[]) => Object.fromEntries(values.map((value, index) => [`${prefix}.${index}`, String(value)]));

const sources: UsageAndRatesSources = { stored: null, greenButton: null, production: null, organizationTariff: null, utility: "PG&E", proposalDate: "2026-12-04" };
const baseForm = { usageSource: "monthly", ...monthFields("monthlyUsageKwh", MONTHLY), productionSource: "design", tariff: "catalog:pge-e-tou-c", savingsFrom: "model", calendar: "proposal-year" };

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * A PG&E-style hourly Green Button CSV for one year in clock time: standard-time hour h is stamped an hour later
 * while daylight saving is on (second Sunday of March to first Sunday of November), so spring-forward has no 02:00
 * row and fall-back lists 01:00 twice, as a real download does.
 */
function greenButtonCsv({ year = 2025, account = "0012345678", rows, kwh = () => 0.5 }: { year?: number; account?: string; rows?: number; kwh?: (hour: number) => number } = {}): string {
  const start = Date.UTC(year, 0, 1);
  const firstSunday = (month: number) => 1 + ((7 - new Date(Date.UTC(year, month, 1)).getUTCDay()) % 7);
  const secondSundayOfMarch = firstSunday(2) + 7;
  const firstSundayOfNovember = firstSunday(10);
  const dstStart = (Date.UTC(year, 2, secondSundayOfMarch, 2) - start) / 3_600_000;
  const dstEnd = (Date.UTC(year, 10, firstSundayOfNovember, 1) - start) / 3_600_000;
  const lines = [`Account Number,${account}`, "", "TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES"];
  const hours = (year % 4 === 0 ? 366 : 365) * 24;
  for (let hour = 0; hour < hours; hour++) {
    const clock = new Date(start + (hour + (hour >= dstStart && hour < dstEnd ? 1 : 0)) * 3_600_000);
    const time = `${pad(clock.getUTCHours())}:00`;
    lines.push(`Electric usage,${clock.toISOString().slice(0, 10)},${time},${time.slice(0, 3)}59,${kwh(hour).toFixed(3)},kWh,$0.10,`);
  }
  return lines.slice(0, rows === undefined ? undefined : rows + 3).join("\n");
}

describe("Green Button import", () => {
  test("a year of hourly readings becomes the customer's hourly year, on the year the readings cover, with notes", () => {
    const imported = importGreenButton(greenButtonCsv({ year: 2025 }), { fileName: "pge-usage.csv", accountNumber: "12345678", utcOffsetHours: -8, fallbackYear: 2027 });
    expect(imported.year).toBe(2025);
    expect(imported.hourlyKwh).toHaveLength(8760);
    expect(imported.monthlyKwh[0]).toBeCloseTo(0.5 * 31 * 24, 6);
    expect(imported.notes[0]).toMatch(/^Green Button CSV: 8,760 readings of 60 minutes, 2025-01-01 to 2025-12-31, account 0012345678\.$/);
    expect(imported.notes.some((note) => /sprang forward/.test(note))).toBe(true);
  });

  test.each([
    {
      label: "a negative reading (energy sent to the grid) is refused with its time",
      text: greenButtonCsv({ kwh: (hour) => (hour === 4000 ? -0.5 : 0.5) }),
      account: null,
      message: /is negative \(−?-?0\.5 kWh\)/,
    },
    { label: "another customer's file is refused when the account number is entered", text: greenButtonCsv({ account: "9999999999" }), account: "0012345678", message: /This file is for account 9999999999, not the customer's account 0012345678/ },
    { label: "a file covering less than a year is refused with its dates", text: greenButtonCsv({ rows: 200 * 24 }), account: null, message: /The file covers 200 days/ },
    { label: "an empty file", text: "   ", account: null, message: /The file is empty/ },
  ])("$label", ({ text, account, message }) => {
    const refusal = refusalOf(() => importGreenButton(text, { fileName: "usage.csv", accountNumber: account, utcOffsetHours: -8, fallbackYear: 2026 }));
    expect(refusal.message).toMatch(message);
    expect(Object.keys(refusal.fieldErrors)).toEqual(["greenButtonFile"]);
  });
});

describe("hourly production import", () => {
  const pvwatts = (rows: number) => ["Month,Day,Hour,AC System Output (W)", ...Array.from({ length: rows }, (_, hour) => `1,1,${hour % 24},${hour % 24 >= 8 && hour % 24 < 16 ? 1000 : 0}`)].join("\n");

  test("a PVWatts export of 8,760 rows becomes hourly kWh on the proposal's year", () => {
    const imported = importProduction(pvwatts(8760), "pvwatts-hourly", { fileName: "pvwatts_hourly.csv", year: 2026 });
    expect(imported).toMatchObject({ year: 2026, source: "pvwatts-hourly", fileName: "pvwatts_hourly.csv" });
    expect(imported.monthlyKwh.reduce((a, b) => a + b, 0)).toBeCloseTo(365 * 8, 6);
  });

  test.each([
    { label: "a PVWatts file one row short (8,759)", text: pvwatts(8759), format: "pvwatts-hourly" as const, message: "The PVWatts file has 8,759 hourly rows; a year needs 8,760, one per hour. The file is cut short: export the hourly data again." },
    { label: "a plain hourly CSV one row short (8,759)", text: Array.from({ length: 8759 }, () => "0.4").join("\n"), format: "hourly-csv" as const, message: /has 8,759 hourly rows/ },
  ])("$label is refused, naming the count", ({ text, format, message }) => {
    const refusal = refusalOf(() => importProduction(text, format, { fileName: "p.csv", year: 2026 }));
    expect(refusal.message).toMatch(message);
    expect(Object.keys(refusal.fieldErrors)).toEqual(["productionFile"]);
  });
});

describe("uploads", () => {
  test.each([
    { label: "an empty file", size: 0, message: /^The file is empty: download the file again\.$/ },
    { label: "a file over 5 MB", size: MAX_UPLOAD_BYTES + 1, message: /^The file is 5\.0 MB; files up to 5 MB are read/ },
  ])("$label is refused before it is read", ({ size, message }) => {
    expect(refusalOf(() => checkUpload("greenButtonFile", { name: "usage.csv", size })).message).toMatch(message);
    // The file's name is never quoted (found by fuzzing: a file named "[object Object]" made the message look broken).
    expect(refusalOf(() => checkUpload("greenButtonFile", { name: "[object Object]", size })).message).not.toContain("[object");
  });

  test("a file of 5 MB exactly is read", () => {
    expect(() => checkUpload("greenButtonFile", { name: "usage.csv", size: MAX_UPLOAD_BYTES })).not.toThrow();
  });
});

describe("the Usage and rates form", () => {
  test("12 months, design production and a shipped tariff", () => {
    expect(buildUsageAndRates(baseForm, sources)).toEqual({
      usage: { kind: "monthly", monthlyKwh: MONTHLY },
      production: { kind: "design" },
      tariff: { kind: "catalog", tariffId: "pge-e-tou-c" },
      exportRule: null,
      savingsFrom: "model",
      calendar: "proposal-year",
    });
  });

  test.each([
    { label: "July usage of 0 kWh is refused, July named", month: 6, value: "0", message: "July usage is 0 kWh: enter the kWh from the customer's July bill (a bill always shows some use)." },
    {
      label: "March usage of 10⁹ kWh is refused as a units error, March named",
      month: 2,
      value: "1000000000",
      message: "March usage is 1,000,000,000 kWh, more than the 50,000 kWh a home can use in a month: check the units (kWh, not Wh).",
    },
    { label: "a blank month asks for it", month: 0, value: "", message: "Enter January's usage in kWh." },
    { label: "a misspelled month says how to type it", month: 11, value: "12O0", message: "December usage must be a plain number of kWh, like 1,250." },
  ])("$label", ({ month, value, message }) => {
    const refusal = refusalOf(() => buildUsageAndRates({ ...baseForm, [`monthlyUsageKwh.${month}`]: value }, sources));
    expect(refusal.fieldErrors).toEqual({ [`monthlyUsageKwh.${month}`]: message });
    expect(refusal.message).toBe(`Nothing was saved: ${message}`);
  });

  test("every bad month is named at once", () => {
    const refusal = refusalOf(() => buildUsageAndRates({ ...baseForm, "monthlyUsageKwh.1": "0", "monthlyUsageKwh.8": "" }, sources));
    expect(Object.keys(refusal.fieldErrors).sort()).toEqual(["monthlyUsageKwh.1", "monthlyUsageKwh.8"]);
    expect(refusal.message).toBe("Nothing was saved: 2 fields need attention.");
  });

  test.each([
    { label: "Green Button chosen without a file, nothing stored", form: { usageSource: "green-button" }, field: "greenButtonFile" },
    { label: "hourly production chosen without a file", form: { productionSource: "hourly" }, field: "productionFile" },
    { label: "an unknown shipped tariff", form: { tariff: "catalog:no-such-rate" }, field: "tariff" },
    { label: "a tariff value that is no choice", form: { tariff: "something" }, field: "tariff" },
    { label: "the flat form without a price", form: { tariff: "flat" }, field: "flatDollarsPerKwh" },
    { label: "the flat form with a price of $9/kWh", form: { tariff: "flat", flatDollarsPerKwh: "9" }, field: "flatDollarsPerKwh" },
    { label: "monthly production of −5 kWh", form: { productionSource: "monthly", ...monthFields("monthlyProductionKwh", [...MONTHLY.slice(0, 11), -5]) }, field: "monthlyProductionKwh.11" },
    { label: "a pasted rate of the organization that was deleted", form: { tariff: "organization:tariff-1" }, field: "tariff" },
  ])("$label is refused with the field named", ({ form, field }) => {
    expect(Object.keys(refusalOf(() => buildUsageAndRates({ ...baseForm, ...form }, sources)).fieldErrors)).toContain(field);
  });

  test("an import saved before is kept when the form is saved again without a new file; the export rule stays", () => {
    const stored: UsageAndRates = {
      usage: { kind: "interval", year: 2025, hourlyKwh: Array.from({ length: 8760 }, () => 0.5), fileName: "usage.csv", notes: [] },
      production: { kind: "hourly", year: 2026, hourlyKwh: Array.from({ length: 8760 }, () => 0.1), source: "hourly-csv", fileName: "prod.csv" },
      tariff: { kind: "urdb", name: "Muni rate", urdb: getTariffVersion("pge-e-tou-c/2026-03")!.urdb },
      exportRule: { kind: "buy-all-sell-all" } as UsageAndRates["exportRule"],
      savingsFrom: "typed",
      calendar: "sam",
    };
    const result = buildUsageAndRates({ ...baseForm, usageSource: "green-button", productionSource: "hourly", tariff: "pasted", savingsFrom: "typed", calendar: "sam" }, { ...sources, stored });
    expect(result.usage).toEqual(stored.usage);
    expect(result.production).toEqual(stored.production);
    expect(result.tariff).toEqual(stored.tariff);
    expect(result.exportRule).toMatchObject({ kind: "buy-all-sell-all" });
    expect(result).toMatchObject({ savingsFrom: "typed", calendar: "sam" });
  });

  test("the flat form names the project's utility", () => {
    const result = buildUsageAndRates({ ...baseForm, tariff: "flat", flatName: "Town rate", flatDollarsPerKwh: "$0.21", flatFixedDollarsPerMonth: "12" }, { ...sources, utility: "Concord Municipal Light Plant" });
    expect(result.tariff).toEqual({ kind: "flat", input: { name: "Town rate", utility: "Concord Municipal Light Plant", dollarsPerKwh: 0.21, fixedDollarsPerMonth: 12 } });
  });

  test.each([
    { label: "catalog", value: "catalog:sce-tou-d-4-9pm", choice: { kind: "catalog", tariffId: "sce-tou-d-4-9pm" } },
    { label: "organization", value: "organization:abc", choice: { kind: "organization", id: "abc" } },
    { label: "flat", value: "flat", choice: { kind: "flat" } },
    { label: "the option's pasted copy", value: "pasted", choice: { kind: "pasted" } },
  ])("the tariff select's $label value", ({ value, choice }) => {
    expect(tariffChoiceOf(value)).toEqual(choice);
  });
});

describe("a pasted URDB rate", () => {
  const rate = () => structuredClone(getTariffVersion("pge-e-tou-c/2026-03")!.urdb) as Record<string, unknown>;

  test("a shipped tariff's URDB JSON is accepted; the API's { items: [rate] } is unwrapped", () => {
    expect(readPastedUrdb(JSON.stringify(rate()))).toEqual(rate());
    expect(readPastedUrdb(JSON.stringify({ items: [rate()] }))).toEqual(rate());
  });

  test.each([
    {
      label: "a schedule index out of range names the month and hour",
      text: () => {
        const bad = rate();
        (bad.energyweekdayschedule as number[][])[6]![17] = 7;
        return JSON.stringify(bad);
      },
      field: "urdbRate.energyweekdayschedule[6][17]",
      message: /^URDB rate: energyweekdayschedule\[6\]\[17\] is period 7, but energyratestructure has \d periods? \(0 to \d\)\.$/,
    },
    { label: "text that is not JSON", text: () => "{ name: 'E-1' ", field: "urdb", message: /^The pasted text is not JSON/ },
    {
      label: "a rate without its energy structure",
      text: () => {
        const bad = rate();
        delete bad.energyratestructure;
        return JSON.stringify(bad);
      },
      field: "urdbRate.energyratestructure",
      message: /energyratestructure is required/,
    },
  ])("$label is refused with the field named", ({ text, field, message }) => {
    const refusal = refusalOf(() => readPastedUrdb(text()));
    expect(refusal.message).toMatch(message);
    expect(refusal.fieldErrors).toHaveProperty(field);
    expect(refusal.fieldErrors).toHaveProperty("urdb");
  });
});
