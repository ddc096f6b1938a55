import { describe, expect, test } from "vitest";
import { createCalendar } from "./calendar";
import { flatExportTable, parseExportRule } from "./export-rules";
import { flatTariff } from "./tariff";
import { PGE_E_ELEC } from "./tariffs/pge-e-elec";
import { PGE_E_TOU_C } from "./tariffs/pge-e-tou-c";
import { buildEventSchedule, pickEventDays } from "./dispatch";
import { simulateYear, type YearInput } from "./simulate";
import { hourlyUsageFromMonthly } from "./usage";
import { CA_NBT_EXPORT_RATES } from "./tariffs/ca-nbt-export-rates";

const sam = createCalendar({ kind: "sam" });
const calendar = createCalendar({ kind: "year", year: 2027 });
const OAKLAND = { latitude: 37.8, longitude: -122.3 };
const USAGE = [600, 520, 500, 480, 520, 700, 900, 950, 800, 600, 550, 620];
const PRODUCTION = [350, 420, 600, 700, 800, 850, 870, 820, 700, 560, 400, 330];
const BATTERY = { usableKwh: 13.5, powerKw: 5, roundTripEfficiencyPercent: 90, reservePercent: 20 };

describe("a year by hand: flat $0.30, net metering, solar below use every month", () => {
  // 800 kWh used and 500 kWh produced each month: netting offsets every produced kWh at $0.30.
  const result = simulateYear({
    calendar: sam,
    usage: { kind: "monthly", monthlyKwh: new Array(12).fill(800) },
    production: { kind: "monthly", monthlyKwh: new Array(12).fill(500), site: OAKLAND },
    tariff: flatTariff({ dollarsPerKwh: 0.3 }),
    exportRule: parseExportRule({ kind: "net-metering" }),
  });
  test("without a system: 12 × 800 × $0.30 = $2,880", () => expect(result.bills.noSystem.totalCents).toBe(288_000));
  test("with solar: 12 × 300 × $0.30 = $1,080; solar saves $1,800", () => {
    expect(result.bills.solarOnly.totalCents).toBe(108_000);
    expect(result.savings).toEqual({ solarCents: 180_000, batteryCents: 0, totalCents: 180_000 });
  });
  test("no battery: no battery bill", () => {
    expect(result.bills.solarBattery).toBeNull();
    expect(result.battery).toBeNull();
  });
});

describe("savings by source are differences of bills", () => {
  const input: YearInput = {
    calendar,
    usage: { kind: "monthly", monthlyKwh: USAGE },
    production: { kind: "monthly", monthlyKwh: PRODUCTION, site: OAKLAND },
    tariff: PGE_E_ELEC.rate,
    exportRule: parseExportRule({ kind: "net-billing", exportRates: flatExportTable(0.06), carryover: "monthly" }),
    battery: BATTERY,
    includeHourly: true,
  };
  const result = simulateYear(input);
  test("solar = no system − solar only; battery = solar only − solar and battery", () => {
    expect(result.savings.solarCents).toBe(result.bills.noSystem.totalCents - result.bills.solarOnly.totalCents);
    expect(result.savings.batteryCents).toBe(result.bills.solarOnly.totalCents - result.bills.solarBattery!.totalCents);
    expect(result.savings.totalCents).toBe(result.savings.solarCents + result.savings.batteryCents);
  });
  test("under net billing the battery saves money and cycles most days", () => {
    expect(result.savings.batteryCents).toBeGreaterThan(0);
    expect(result.battery!.equivalentCycles).toBeGreaterThan(150);
  });
  test("what was used is reported: the usage shape, the production spread, the export rule", () => {
    expect(result.usage.source).toBe("monthly-typical-shape");
    expect(result.usage.annualKwh).toBeCloseTo(USAGE.reduce((a, b) => a + b, 0), 6);
    expect(result.production.source).toBe("monthly-spread");
    expect(result.exportRule).toMatch(/^Net billing: every hour's exports are credited at \$0.06\/kWh/);
    expect(result.calendar).toBe("2027");
  });
  test("the hourly series are returned on request", () => {
    expect(result.hourly!.usageKwh).toHaveLength(8760);
    expect(result.hourly!.socKwh).toHaveLength(8760);
  });
  test("a reused workspace gives the same result", () => {
    const { includeHourly: _, ...rest } = input;
    expect(simulateYear(rest).savings).toEqual(result.savings);
  });
});

describe("other inputs", () => {
  test("no solar: solar saves nothing and the solar-only bill is the no-system bill", () => {
    const result = simulateYear({ calendar, usage: { kind: "monthly", monthlyKwh: USAGE }, production: { kind: "none" }, tariff: PGE_E_TOU_C.rate, exportRule: parseExportRule(PGE_E_TOU_C.defaultExportRule) });
    expect(result.savings.solarCents).toBe(0);
    expect(result.bills.solarOnly).toBe(result.bills.noSystem);
  });

  test("hourly usage (a Green Button import) is used as given", () => {
    const hourly = hourlyUsageFromMonthly(calendar, USAGE);
    const result = simulateYear({ calendar, usage: { kind: "hourly", hourlyKwh: hourly, source: "green-button" }, production: { kind: "none" }, tariff: flatTariff({ dollarsPerKwh: 0.25 }), exportRule: parseExportRule({ kind: "net-metering" }) });
    expect(result.usage.source).toBe("green-button");
    expect(result.bills.noSystem.totalCents).toBe(USAGE.reduce((total, kwh) => total + Math.round(kwh * 25), 0));
  });

  test("panel degradation: year 11 at 0.5 %/year makes less solar savings than year 1", () => {
    const base: YearInput = { calendar, usage: { kind: "monthly", monthlyKwh: USAGE }, production: { kind: "monthly", monthlyKwh: PRODUCTION, site: OAKLAND }, tariff: flatTariff({ dollarsPerKwh: 0.3 }), exportRule: parseExportRule({ kind: "net-metering" }) };
    const later = simulateYear({ ...base, productionFactor: 0.995 ** 10 });
    expect(later.savings.solarCents).toBeLessThan(simulateYear(base).savings.solarCents);
    expect(later.production.annualKwh).toBeCloseTo(PRODUCTION.reduce((a, b) => a + b, 0) * 0.995 ** 10, 6);
  });

  test("buy all, sell all: the battery cannot store the production, and without events it changes nothing", () => {
    const result = simulateYear({
      calendar,
      usage: { kind: "monthly", monthlyKwh: USAGE },
      production: { kind: "monthly", monthlyKwh: PRODUCTION, site: OAKLAND },
      tariff: flatTariff({ dollarsPerKwh: 0.3, sellDollarsPerKwh: 0.15 }),
      exportRule: parseExportRule({ kind: "buy-all-sell-all" }),
      battery: BATTERY,
    });
    expect(result.savings.solarCents).toBe(result.bills.solarOnly.months.reduce((total, month) => total + month.exportCreditCents, 0));
    expect(result.savings.batteryCents).toBe(0);
  });

  test("event days: the battery exports in events and the export earns the net billing credit", () => {
    const usage = hourlyUsageFromMonthly(calendar, USAGE);
    const days = pickEventDays(calendar, usage, { months: [6, 7, 8, 9], count: 10, startHour: 17, durationHours: 2 });
    const result = simulateYear({
      calendar,
      usage: { kind: "monthly", monthlyKwh: USAGE },
      production: { kind: "monthly", monthlyKwh: PRODUCTION, site: OAKLAND },
      tariff: PGE_E_ELEC.rate,
      exportRule: parseExportRule({ kind: "net-billing", exportRates: flatExportTable(0.06) }),
      battery: BATTERY,
      dispatch: { events: buildEventSchedule(calendar, days, 17, 2), allowGridCharging: true },
    });
    expect(days).toHaveLength(10);
    expect(result.battery!.eventExportKwh).toBeGreaterThan(0);
  });

  test("under net metering the battery's self-consumption saves nothing, and the proposal says why", () => {
    const result = simulateYear({
      calendar,
      usage: { kind: "monthly", monthlyKwh: USAGE },
      production: { kind: "monthly", monthlyKwh: PRODUCTION, site: OAKLAND },
      tariff: PGE_E_TOU_C.rate,
      exportRule: parseExportRule(PGE_E_TOU_C.defaultExportRule),
      battery: BATTERY,
    });
    expect(result.savings.batteryCents).toBe(0);
    expect(result.warnings.some((warning) => warning.startsWith("Under net metering the battery stores no solar"))).toBe(true);
  });
});

describe("warnings about export values", () => {
  const base = { calendar, usage: { kind: "monthly" as const, monthlyKwh: USAGE }, production: { kind: "monthly" as const, monthlyKwh: PRODUCTION, site: OAKLAND }, tariff: PGE_E_ELEC.rate };
  test("net billing without an export-rate table on a tariff with no sell rate: exports earn nothing, and the result says so", () => {
    const result = simulateYear({ ...base, exportRule: parseExportRule(PGE_E_ELEC.defaultExportRule) });
    expect(result.warnings).toContain("Exports earn nothing: the tariff has no export rate and no export-rate table is loaded, so solar savings are understated.");
  });

  test("the California placeholder table is named in the warning", () => {
    const result = simulateYear({ ...base, exportRule: parseExportRule({ kind: "net-billing", exportRates: CA_NBT_EXPORT_RATES[0]!.table }) });
    expect(result.warnings[0]).toMatch(/^Exports are valued with PG&E Energy Export Credits, 2026 vintage \(PLACEHOLDER/);
  });
});
