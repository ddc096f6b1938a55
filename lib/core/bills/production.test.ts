import { describe, expect, test } from "vitest";
import { createCalendar, monthlyTotals } from "./calendar";
import { degradedProduction, productionFromArray, readHourlyProductionCsv, readPvwattsHourlyCsv, spreadAnnualProduction, spreadMonthlyProduction } from "./production";
import { hourOf, sum } from "./test-helpers";

const calendar = createCalendar({ kind: "year", year: 2026 });
const OAKLAND = { latitude: 37.8, longitude: -122.3 };
const MONTHLY = [350, 420, 600, 700, 800, 850, 870, 820, 700, 560, 400, 330];

/** A PVWatts hourly export: header lines, then Month, Day, Hour, …, AC System Output (W). */
function pvwattsCsv(rows: number, acWattsOf: (index: number) => number = (index) => ((index % 24) >= 8 && (index % 24) < 16 ? 2000 : 0)): string {
  const header = [
    '"Requested Location:","oakland, ca"',
    '"Location:","Lat, Lng: 37.8, -122.3"',
    '"DC System Size (kW):","5"',
    "",
    '"Month","Day","Hour","Beam Irradiance (W/m^2)","Diffuse Irradiance (W/m^2)","Ambient Temperature (C)","Wind Speed (m/s)","Plane of Array Irradiance (W/m^2)","Cell Temperature (C)","DC Array Output (W)","AC System Output (W)"',
  ];
  const lines = [...header];
  for (let index = 0; index < rows; index++) lines.push(`1,1,${index % 24},0,0,10,1,0,10,0,${acWattsOf(index)}`);
  return lines.join("\n");
}

describe("PVWatts hourly export", () => {
  test("AC System Output (W) becomes hourly kWh", () => {
    const production = readPvwattsHourlyCsv(pvwattsCsv(8760), calendar);
    expect(production.source).toBe("pvwatts-hourly");
    expect(sum(production.hourlyKwh)).toBeCloseTo(365 * 8 * 2, 6);
    expect(production.hourlyKwh[hourOf(calendar, 1, 1, 9)]).toBe(2);
  });

  test.each([
    { label: "8,759 rows (one hour short)", rows: 8759, message: "The PVWatts file has 8,759 hourly rows; a year needs 8,760, one per hour. The file is cut short: export the hourly data again." },
    { label: "8,761 rows", rows: 8761, message: "The PVWatts file has 8,761 hourly rows; a year needs 8,760, one per hour. The file has extra rows: export one year of hourly data." },
  ])("refused: $label", ({ rows, message }) => {
    expect(() => readPvwattsHourlyCsv(pvwattsCsv(rows), calendar)).toThrow(message);
  });

  test("a few negative watts at night (inverter draw) count as zero and are reported; real negatives are refused", () => {
    const production = readPvwattsHourlyCsv(pvwattsCsv(8760, (index) => (index % 24 === 2 ? -1.5 : 0)), calendar);
    expect(production.notes[0]).toMatch(/365 hours of night-time inverter draw/);
    expect(() => readPvwattsHourlyCsv(pvwattsCsv(8760, (index) => (index === 5 ? -5000 : 0)), calendar)).toThrow(/Line 11: production of -5 kWh is negative/);
  });

  test("a file that is not a PVWatts export is refused with what to do", () => {
    expect(() => readPvwattsHourlyCsv("a,b\n1,2", calendar)).toThrow(/No "AC System Output" column was found/);
  });

  test("on a leap year, 28 February is used for the 29th and the note says so", () => {
    const leap = createCalendar({ kind: "year", year: 2028 });
    const production = readPvwattsHourlyCsv(pvwattsCsv(8760, (index) => index), leap);
    expect(production.hourlyKwh).toHaveLength(8784);
    expect(production.hourlyKwh[59 * 24 + 5]).toBe(production.hourlyKwh[58 * 24 + 5]);
    expect(production.hourlyKwh[60 * 24 + 5]).toBe((59 * 24 + 5) / 1000);
    expect(production.notes).toContain("The file has no 29 February; 2028 does, so 28 February's production is used for it.");
  });
});

describe("plain hourly CSV", () => {
  test.each([
    { label: "time and kWh with a header", text: ["timestamp,kWh", ...Array.from({ length: 8760 }, (_, index) => `${index},0.5`)].join("\n"), total: 4380 },
    { label: "a single kWh column without a header", text: Array.from({ length: 8760 }, () => "0.25").join("\n"), total: 2190 },
    { label: "watts, converted by the header", text: ["hour,AC (W)", ...Array.from({ length: 8760 }, (_, index) => `${index},500`)].join("\n"), total: 4380 },
  ])("$label", ({ text, total }) => {
    expect(sum(readHourlyProductionCsv(text, calendar).hourlyKwh)).toBeCloseTo(total, 6);
  });

  test("8,759 rows are refused with the count", () => {
    expect(() => readHourlyProductionCsv(Array.from({ length: 8759 }, () => "1").join("\n"), calendar)).toThrow(
      "The production file has 8,759 hourly rows; a year needs 8,760 (or 8,784 for a leap year), one per hour. The file is cut short: export the hourly data again.",
    );
  });

  test("an array of the wrong length is refused the same way", () => {
    expect(() => productionFromArray(new Float64Array(100), calendar)).toThrow(/has 100 hourly rows/);
  });
});

describe("monthly and annual kWh spread over the sun's path", () => {
  const spread = spreadMonthlyProduction(MONTHLY, OAKLAND, calendar);

  test("each month adds up to the design tool's figure", () => {
    monthlyTotals(calendar, spread.hourlyKwh).forEach((kwh, month) => expect(kwh).toBeCloseTo(MONTHLY[month]!, 9));
    expect(spread.source).toBe("monthly-spread");
  });

  test.each([
    { label: "nothing at midnight", month: 6, day: 21, hour: 0, isZero: true },
    { label: "nothing at 5 a.m. in December (sunrise is after 7)", month: 12, day: 21, hour: 5, isZero: true },
    { label: "something at noon in December", month: 12, day: 21, hour: 12, isZero: false },
  ])("$label", ({ month, day, hour, isZero }) => {
    expect(spread.hourlyKwh[hourOf(calendar, month, day, hour)] === 0).toBe(isZero);
  });

  test("the peak hour is around solar noon (12:00 standard time at 122° W)", () => {
    const day = hourOf(calendar, 6, 21, 0);
    const hours = Array.from({ length: 24 }, (_, hour) => spread.hourlyKwh[day + hour]!);
    expect([11, 12]).toContain(hours.indexOf(Math.max(...hours)));
  });

  test("an annual figure is shared among the months (summer more than winter) and adds up", () => {
    const annual = spreadAnnualProduction(7000, OAKLAND, calendar);
    const months = monthlyTotals(calendar, annual.hourlyKwh);
    expect(sum(months)).toBeCloseTo(7000, 6);
    expect(months[5]!).toBeGreaterThan(months[11]!);
    expect(annual.notes[0]).toMatch(/Only an annual figure was given/);
  });

  test.each([
    { label: "a negative month", monthly: MONTHLY.map((kwh, month) => (month === 3 ? -1 : kwh)), message: "April production must be a number of kWh, 0 or more; got -1." },
    { label: "a month in Wh", monthly: MONTHLY.map((kwh, month) => (month === 6 ? 870_000 : kwh)), message: /July production is 870,000 kWh, more than 100,000 kWh/ },
  ])("refused: $label", ({ monthly, message }) => {
    expect(() => spreadMonthlyProduction(monthly, OAKLAND, calendar)).toThrow(message);
  });

  test("a site outside the latitudes the model covers is refused", () => {
    expect(() => spreadMonthlyProduction(MONTHLY, { latitude: 95, longitude: 0 }, calendar)).toThrow(/Latitude 95 is outside/);
  });

  test("degradation: year 3 at 0.5 %/year is 0.995² of year 1", () => {
    const later = degradedProduction(spread.hourlyKwh, 3, 0.5);
    expect(sum(later)).toBeCloseTo(sum(spread.hourlyKwh) * 0.995 ** 2, 6);
  });
});
