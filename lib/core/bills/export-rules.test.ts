import { describe, expect, test } from "vitest";
import { createCalendar } from "./calendar";
import { describeExportRule, flatExportTable, hourlyExportRates, parseExportRule, readExportRateCsv } from "./export-rules";
import { CA_NBT_EXPORT_RATES } from "./tariffs/ca-nbt-export-rates";
import { hourOf } from "./test-helpers";

const META = { id: "test", title: "Test export credits", sourceUrl: "https://example.test", checkedOn: "2026-12-03", notes: "", holidays: "california-ious" as const };

function longCsv(valueOf: (month: number, dayType: string, hour: number) => number, hourEnding = false): string {
  const lines = ["Month,Day Type,Hour,Export $/kWh"];
  for (let month = 1; month <= 12; month++) for (const dayType of ["Weekday", "Weekend"]) for (let hour = 0; hour < 24; hour++) lines.push(`${month},${dayType},${hourEnding ? hour + 1 : hour},${valueOf(month, dayType, hour)}`);
  return lines.join("\n");
}

describe("export rate tables", () => {
  const table = readExportRateCsv(longCsv((month, dayType, hour) => (month === 9 && dayType === "Weekday" && hour === 19 ? 2.5 : 0.04)), META);
  const calendar = createCalendar({ kind: "year", year: 2026 });
  const hourly = hourlyExportRates(table, calendar);

  test.each([
    { label: "a September weekday at 7 p.m. on the clock (18:00 standard): $2.50", hour: hourOf(calendar, 9, 15, 18), rate: 2.5 },
    { label: "the same clock hour on Labor Day (a holiday, weekend prices): $0.04", hour: hourOf(calendar, 9, 7, 18), rate: 0.04 },
    { label: "a September weekday at 7 p.m. standard (8 p.m. on the clock): $0.04", hour: hourOf(calendar, 9, 15, 19), rate: 0.04 },
  ])("$label", ({ hour, rate }) => {
    expect(hourly[hour]).toBe(rate);
  });

  test("hour-ending files (1–24) are read the same", () => {
    const shifted = readExportRateCsv(longCsv((month, dayType, hour) => hour, true), META);
    expect(shifted.weekday[0]![0]).toBe(0);
    expect(shifted.weekday[0]![23]).toBe(23);
  });

  test.each([
    { label: "a missing row", text: longCsv(() => 0.05).split("\n").slice(0, -1).join("\n"), message: "Export rates: no weekend rate for month 12, hour 23: the file needs all 576 rows." },
    { label: "a row that is not month, day type, hour, rate", text: "1,Someday,0,0.05", message: /the row "1,Someday,0,0.05" is not month \(1–12\), day type/ },
  ])("refused: $label", ({ text, message }) => {
    expect(() => readExportRateCsv(text, META)).toThrow(message);
  });

  test("the California NBT tables ship as labelled $0 placeholders of the right shape, with where the real ones are published", () => {
    expect(CA_NBT_EXPORT_RATES.map((source) => source.utility)).toEqual(["PG&E", "SCE", "SDG&E"]);
    for (const source of CA_NBT_EXPORT_RATES) {
      expect(source.isPlaceholder).toBe(true);
      expect(source.lockInYears).toBe(9);
      expect(source.table.title).toMatch(/PLACEHOLDER/);
      expect(source.table.weekday.flat().every((rate) => rate === 0)).toBe(true);
      expect(source.sourceUrl).toMatch(/^https:\/\//);
    }
  });
});

describe("export rules", () => {
  test.each([
    { label: "net metering", rule: { kind: "net-metering", netSurplusDollarsPerKwh: 0.04 }, text: "Net metering: each month's exports offset imports in the same time-of-use period; surplus kWh carry forward, and what is left at the December true-up is paid at $0.04/kWh." },
    { label: "net billing with a table", rule: { kind: "net-billing", exportRates: flatExportTable(0.05, { title: "PG&E export credits" }) }, text: "Net billing: every hour's exports are credited at PG&E export credits; unused credits carry forward and are paid at the December true-up." },
    { label: "buy all, sell all", rule: { kind: "buy-all-sell-all", sellDollarsPerKwh: 0.11 }, text: "Buy all, sell all: the home buys all its energy on the tariff and all production is sold at $0.11/kWh." },
  ])("described: $label", ({ rule, text }) => {
    expect(describeExportRule(parseExportRule(rule))).toBe(text);
  });

  test("an unknown kind is refused with the field named", () => {
    expect(() => parseExportRule({ kind: "feed-in" })).toThrow(/^Export rule: kind: /);
  });

  test("a true-up month of 13 is refused", () => {
    expect(() => parseExportRule({ kind: "net-metering", trueUpMonth: 13 })).toThrow(/Export rule: trueUpMonth/);
  });
});
