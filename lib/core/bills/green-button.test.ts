import { describe, expect, test } from "vitest";
import { createCalendar } from "./calendar";
import { readGreenButton } from "./green-button";
import { hourOf, sum } from "./test-helpers";

const calendar = createCalendar({ kind: "year", year: 2025 });
// 2025: clocks spring forward on 9 March (day 67) and fall back on 2 November (day 305).
const DST_START = 67 * 24 + 2;
const DST_END = 305 * 24 + 1;
const JAN1_2025 = Date.UTC(2025, 0, 1) / 60_000;

/** The kWh of standard-time hour h of 2025 in the synthetic files: distinct for every hour of the day. */
const valueOf = (hour: number) => 1 + (hour % 24) / 100 + (Math.floor(hour / 24) % 7) / 1000;

const pad = (value: number) => String(value).padStart(2, "0");
/** Clock date and time of a minute since 1970 read as UTC: ["2025-03-09", "03:00"]. */
function clockParts(clockMinute: number): [string, string] {
  const date = new Date(clockMinute * 60_000);
  return [date.toISOString().slice(0, 10), `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`];
}
/** The clock minute of standard-time hour h (an hour ahead during daylight saving). */
const clockOf = (hour: number, minute = 0) => JAN1_2025 + hour * 60 + minute + (hour >= DST_START && hour < DST_END ? 60 : 0);

interface CsvOptions {
  account?: string;
  days?: number;
  skipSecondFallBack?: boolean;
  extraRows?: string[];
  override?: (hour: number) => number;
}

/** A PG&E-style hourly Green Button CSV for 2025 in clock time. */
function pgeCsv(options: CsvOptions = {}): string {
  const lines = ["Name,PAT CUSTOMER", 'Address,"1 MAIN ST, OAKLAND CA 94601"', `Account Number,${options.account ?? "0012345678"}`, "Service,Service 1", "", "TYPE,DATE,START TIME,END TIME,USAGE,UNITS,COST,NOTES"];
  const hours = (options.days ?? 365) * 24;
  let seenFallBack = false;
  for (let hour = 0; hour < hours; hour++) {
    const [date, time] = clockParts(clockOf(hour));
    if (date === "2025-11-02" && time === "01:00") {
      if (seenFallBack && options.skipSecondFallBack) continue;
      seenFallBack = true;
    }
    const end = time.slice(0, 3) + "59";
    lines.push(`Electric usage,${date},${time},${end},${(options.override ?? valueOf)(hour).toFixed(4)},kWh,$0.20,`);
  }
  lines.push(...(options.extraRows ?? []));
  return lines.join("\n");
}

describe("Green Button CSV (PG&E layout, hourly, clock time)", () => {
  const usage = readGreenButton(pgeCsv(), calendar, { expectedAccount: "12345678" });

  test("every standard-time hour gets exactly its reading: the daylight-saving days line up", () => {
    let mismatches = 0;
    for (let hour = 0; hour < calendar.hours; hour++) if (Math.abs(usage.hourlyKwh[hour]! - valueOf(hour)) > 1e-9) mismatches++;
    expect(mismatches).toBe(0);
  });

  test.each([
    { label: "9 March 02:00 standard is the reading stamped 03:00 (clocks sprang forward: no 02:00 row)", hour: hourOf(calendar, 3, 9, 2) },
    { label: "2 November 00:00 standard is the first 01:00 row (daylight time)", hour: hourOf(calendar, 11, 2, 0) },
    { label: "2 November 01:00 standard is the repeated 01:00 row (standard time)", hour: hourOf(calendar, 11, 2, 1) },
    { label: "1 November 23:00 standard is the reading stamped 2 November 00:00", hour: hourOf(calendar, 11, 1, 23) },
  ])("$label", ({ hour }) => {
    expect(usage.hourlyKwh[hour]).toBeCloseTo(valueOf(hour), 9);
  });

  test("the report says what happened on both daylight-saving days and that nothing was filled", () => {
    expect(usage.report.format).toBe("csv");
    expect(usage.report.intervalMinutes).toBe(60);
    expect(usage.report.readingCount).toBe(8760);
    expect(usage.report.filledHours).toBe(0);
    expect(usage.report.account).toBe("0012345678");
    expect(usage.report.daylightSaving).toEqual([
      "2025-03-09: clocks sprang forward at 02:00; the file has no 02:00 readings, as expected (a 23-hour day). Nothing is missing.",
      "2025-11-02: clocks fell back at 02:00, and the file lists 01:00–01:59 twice: the first readings count as daylight time, the repeats as standard time (a 25-hour day).",
    ]);
  });

  test("the monthly totals are the sums of the hours", () => {
    expect(sum(usage.monthlyKwh)).toBeCloseTo(sum(usage.hourlyKwh), 6);
  });
});

describe("Green Button CSV: daylight-saving irregularities are handled and reported", () => {
  test("a file listing the fall-back hour once: the missing standard hour is filled from the nearest days and reported", () => {
    const usage = readGreenButton(pgeCsv({ skipSecondFallBack: true }), calendar);
    expect(usage.report.filledHours).toBe(1);
    expect(usage.report.filledRanges).toEqual(["2025-11-02 01:00 (1 hour)"]);
    expect(usage.report.daylightSaving[1]).toMatch(/lists 01:00–01:59 once: the repeated hour has no reading and is filled/);
    const hour = hourOf(calendar, 11, 2, 1);
    expect(usage.hourlyKwh[hour]).toBeCloseTo((valueOf(hour - 24) + valueOf(hour + 24)) / 2, 9);
  });

  test("a reading stamped 02:00 on the spring-forward day (a time that did not exist) is dropped and reported with its kWh", () => {
    const usage = readGreenButton(pgeCsv({ extraRows: ["Electric usage,2025-03-09,02:00,02:59,0.7500,kWh,$0.15,"] }), calendar);
    expect(usage.report.dropped).toEqual([expect.stringMatching(/2025-03-09 02:00 does not exist \(clocks sprang forward at 02:00\); its reading of 0.75 kWh was dropped/)]);
    expect(usage.report.daylightSaving[0]).toMatch(/readings stamped 02:00–02:59, a time that did not exist/);
  });
});

describe("Green Button CSV, 15-minute readings (SDG&E layout)", () => {
  test("four quarter hours make each hour", () => {
    const lines = ["Meter Number,Date,Start Time,Duration,Consumption,Generation,Net"];
    for (let hour = 0; hour < 8760; hour++) {
      for (const minute of [0, 15, 30, 45]) {
        const [date, time] = clockParts(clockOf(hour, minute));
        const [month, day, year] = [date.slice(5, 7), date.slice(8, 10), date.slice(0, 4)];
        lines.push(`123456,${Number(month)}/${Number(day)}/${year},${time},15,${(valueOf(hour) / 4).toFixed(6)},0,0`);
      }
    }
    const usage = readGreenButton(lines.join("\r\n"), calendar);
    expect(usage.report.intervalMinutes).toBe(15);
    expect(usage.report.readingCount).toBe(8760 * 4);
    expect(usage.hourlyKwh[hourOf(calendar, 7, 4, 18)]).toBeCloseTo(valueOf(hourOf(calendar, 7, 4, 18)), 5);
    expect(usage.report.filledHours).toBe(0);
  });
});

describe("Green Button files refused, with the reason", () => {
  test.each([
    { label: "a negative reading (exports)", text: () => pgeCsv({ override: (hour) => (hour === 100 ? -0.5 : 1) }), message: /Line 107: the reading at 2025-01-05 04:00 is negative \(-0.5 kWh\): negative readings are energy sent to the grid/ },
    { label: "another account", text: () => pgeCsv({ account: "9999999999" }), options: { expectedAccount: "12345678" }, message: "This file is for account 9999999999, not the customer's account 12345678: download the customer's own usage." },
    { label: "200 days of readings", text: () => pgeCsv({ days: 200 }), message: /The file covers 200 days \(2025-01-01 to 2025-07-19\); a full year of readings \(at least 365 days\) is needed/ },
    { label: "daily totals", text: () => "Date,Start Time,Duration,Usage\n2025-01-01,00:00,1440,20\n2025-01-02,00:00,1440,21\n", message: /readings are 1440-minute intervals .*hourly or 15-minute readings are needed/ },
    { label: "not a usage file", text: () => "Name,Value\nfoo,bar\n", message: /No header row with a date or start time and a usage \(kWh\) column/ },
    { label: "an empty file", text: () => "  ", message: "The file is empty." },
    { label: "therms", text: () => "Date,Start Time,Usage,Units\n2025-01-01,00:00,2,therms\n", message: /the unit is "therms", not kWh/ },
  ])("$label", ({ text, options, message }) => {
    expect(() => readGreenButton(text(), calendar, options)).toThrow(message);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// ESPI XML

interface XmlOptions {
  uom?: number;
  multiplier?: number;
  usagePoints?: number;
  tzOffset?: number | null;
  negativeAt?: number;
  kind?: number;
}

/** An ESPI Atom feed: one UsagePoint, LocalTimeParameters, a MeterReading, its ReadingType and daily IntervalBlocks. */
function espiXml(options: XmlOptions = {}): string {
  const jan1Utc = Date.UTC(2025, 0, 1, 8) / 1000; // 00:00 PST
  const multiplier = options.multiplier ?? 0;
  const entries: string[] = [];
  for (let index = 0; index < (options.usagePoints ?? 1); index++) {
    entries.push(`<entry><link rel="self" href="https://utility.example/espi/1_1/resource/Subscription/1/UsagePoint/${index + 1}"/><title>Home</title><content><UsagePoint xmlns="http://naesb.org/espi"><ServiceCategory><kind>${options.kind ?? 0}</kind></ServiceCategory></UsagePoint></content></entry>`);
  }
  if (options.tzOffset !== null) {
    entries.push(`<entry><content><LocalTimeParameters xmlns="http://naesb.org/espi"><dstEndRule>B40E2000</dstEndRule><dstOffset>3600</dstOffset><dstStartRule>360E2000</dstStartRule><tzOffset>${options.tzOffset ?? -28800}</tzOffset></LocalTimeParameters></content></entry>`);
  }
  entries.push(`<entry><link rel="self" href="https://utility.example/espi/1_1/resource/Subscription/1/UsagePoint/1/MeterReading/7"/><link rel="related" href="https://utility.example/espi/1_1/resource/ReadingType/3"/><content><MeterReading xmlns="http://naesb.org/espi"/></content></entry>`);
  entries.push(`<entry><link rel="self" href="https://utility.example/espi/1_1/resource/ReadingType/3"/><content><ReadingType xmlns="http://naesb.org/espi"><accumulationBehaviour>4</accumulationBehaviour><commodity>1</commodity><flowDirection>1</flowDirection><intervalLength>3600</intervalLength><powerOfTenMultiplier>${multiplier}</powerOfTenMultiplier><uom>${options.uom ?? 72}</uom></ReadingType></content></entry>`);
  for (let day = 0; day < 365; day++) {
    const readings: string[] = [];
    for (let hour = 0; hour < 24; hour++) {
      const index = day * 24 + hour;
      const wh = index === options.negativeAt ? -250 : Math.round((valueOf(index) * 1000) / 10 ** multiplier);
      readings.push(`<espi:IntervalReading><espi:timePeriod><espi:duration>3600</espi:duration><espi:start>${jan1Utc + index * 3600}</espi:start></espi:timePeriod><espi:value>${wh}</espi:value></espi:IntervalReading>`);
    }
    entries.push(
      `<entry><link rel="self" href="https://utility.example/espi/1_1/resource/Subscription/1/UsagePoint/1/MeterReading/7/IntervalBlock/${day}"/><link rel="up" href="https://utility.example/espi/1_1/resource/Subscription/1/UsagePoint/1/MeterReading/7/IntervalBlock"/><content><espi:IntervalBlock xmlns:espi="http://naesb.org/espi"><espi:interval><espi:duration>86400</espi:duration><espi:start>${jan1Utc + day * 86400}</espi:start></espi:interval>${readings.join("")}</espi:IntervalBlock></content></entry>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi"><title>Green Button</title>${entries.join("\n")}</feed>`;
}

describe("Green Button ESPI XML", () => {
  test("UTC starts with the feed's tzOffset land on the right standard-time hours; Wh become kWh", () => {
    const usage = readGreenButton(espiXml(), calendar);
    expect(usage.report.format).toBe("espi-xml");
    expect(usage.report.readingCount).toBe(8760);
    expect(usage.report.filledHours).toBe(0);
    for (const hour of [0, DST_START, DST_END - 1, DST_END, 8759]) expect(usage.hourlyKwh[hour]).toBeCloseTo(valueOf(hour), 3);
  });

  test("powerOfTenMultiplier scales the values (3: the value is in kWh as Wh × 10³)", () => {
    const usage = readGreenButton(espiXml({ multiplier: 3 }), calendar);
    expect(usage.hourlyKwh[5]).toBe(Math.round(valueOf(5)));
  });

  test.each([
    { label: "gas (therms)", options: { uom: 169 }, message: "The file holds gas usage (therms), not electricity: download the electric usage." },
    { label: "a gas usage point", options: { kind: 1 }, message: "The file holds gas usage, not electricity: download the electric usage." },
    { label: "two meters", options: { usagePoints: 2 }, message: /holds 2 meters \(usage points\)/ },
    { label: "a negative reading", options: { negativeAt: 30 }, message: /The reading at 2025-01-02 06:00 standard time is negative \(-0.25 kWh\)/ },
    { label: "no time zone", options: { tzOffset: null }, message: /no time zone \(LocalTimeParameters\): give the site's UTC offset/ },
  ])("refused: $label", ({ options, message }) => {
    expect(() => readGreenButton(espiXml(options), calendar)).toThrow(message);
  });

  test("without LocalTimeParameters, the site's UTC offset given as an option is used", () => {
    const usage = readGreenButton(espiXml({ tzOffset: null }), calendar, { utcOffsetHours: -8 });
    expect(usage.hourlyKwh[100]).toBeCloseTo(valueOf(100), 3);
  });
});
