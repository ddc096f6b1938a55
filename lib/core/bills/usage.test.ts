import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createCalendar, monthlyTotals } from "./calendar";
import { hourOf } from "./test-helpers";
import { hourlyUsageFromArray, hourlyUsageFromMonthly, USAGE_SHAPE, validateMonthlyKwh } from "./usage";

const calendar = createCalendar({ kind: "year", year: 2026 });
const MONTHLY = [600, 520, 500, 480, 520, 700, 900, 950, 800, 600, 550, 620];

describe("monthly kWh → hourly year", () => {
  test("each month's hours add up to that month's kWh", () => {
    const hourly = hourlyUsageFromMonthly(calendar, MONTHLY);
    monthlyTotals(calendar, hourly).forEach((kwh, month) => expect(kwh).toBeCloseTo(MONTHLY[month]!, 9));
  });

  test.each([
    { label: "a January weekday: 6 p.m. on the clock is the evening peak, 2.9 × the 3 a.m. trough", month: 1, day: 6, peakClock: 18, troughClock: 3, ratio: 1.45 / 0.5 },
    { label: "a July weekday: the cooling peak at 6 p.m. on the clock (17:00 standard) is 3.44 × the 3 a.m. trough", month: 7, day: 7, peakClock: 18, troughClock: 3, ratio: 1.72 / 0.5 },
  ])("$label", ({ month, day, peakClock, troughClock, ratio }) => {
    const hourly = hourlyUsageFromMonthly(calendar, MONTHLY);
    const dst = calendar.isDaylightSavingHour[hourOf(calendar, month, day, 12)]!;
    const peak = hourly[hourOf(calendar, month, day, peakClock - dst)]!;
    const trough = hourly[hourOf(calendar, month, day, troughClock - dst)]!;
    expect(peak / trough).toBeCloseTo(ratio, 9);
  });

  test.each([
    { label: "winter weekday: trough 0.56, peak 1.62 × the mean, at 6 p.m.", table: USAGE_SHAPE.WINTER_WEEKDAY, trough: 0.56, peak: 1.62, peakHour: 18 },
    { label: "winter weekend: trough 0.56, peak 1.53 × the mean, at 6 p.m.", table: USAGE_SHAPE.WINTER_WEEKEND, trough: 0.56, peak: 1.53, peakHour: 18 },
    { label: "summer weekday: trough 0.50, peak 1.71 × the mean, at 6 p.m.", table: USAGE_SHAPE.SUMMER_WEEKDAY, trough: 0.5, peak: 1.71, peakHour: 18 },
    { label: "summer weekend: trough 0.48, peak 1.62 × the mean, at 5 p.m.", table: USAGE_SHAPE.SUMMER_WEEKEND, trough: 0.48, peak: 1.62, peakHour: 17 },
  ])("shape as documented: $label", ({ table, trough, peak, peakHour }) => {
    expect(table).toHaveLength(24);
    const mean = table.reduce((sum, value) => sum + value, 0) / 24;
    expect(Math.min(...table) / mean).toBeCloseTo(trough, 2);
    expect(Math.max(...table) / mean).toBeCloseTo(peak, 2);
    expect(table.indexOf(Math.max(...table))).toBe(peakHour);
  });

  test("property: for any 12 monthly figures the monthly totals are kept and no hour is negative", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 5000, noNaN: true }), { minLength: 12, maxLength: 12 }), (monthly) => {
        const hourly = hourlyUsageFromMonthly(calendar, monthly);
        expect(hourly.every((kwh) => kwh >= 0)).toBe(true);
        monthlyTotals(calendar, hourly).forEach((kwh, month) => expect(Math.abs(kwh - monthly[month]!)).toBeLessThan(1e-6));
      }),
      { numRuns: 30 },
    );
  });
});

describe("bad monthly usage is refused with the month named", () => {
  test.each([
    { label: "zero", values: MONTHLY.map((kwh, month) => (month === 6 ? 0 : kwh)), message: /July usage is 0 kWh/, field: "monthlyUsageKwh.6" },
    { label: "a billion kWh (Wh typed as kWh)", values: MONTHLY.map((kwh, month) => (month === 2 ? 1e9 : kwh)), message: /March usage is 1,000,000,000 kWh, more than the 50,000 kWh/, field: "monthlyUsageKwh.2" },
    { label: "negative", values: MONTHLY.map((kwh, month) => (month === 0 ? -5 : kwh)), message: /January usage is -5 kWh/, field: "monthlyUsageKwh.0" },
    { label: "not a number", values: MONTHLY.map((kwh, month) => (month === 11 ? Number.NaN : kwh)), message: /December usage is not a number/, field: "monthlyUsageKwh.11" },
    { label: "eleven figures", values: MONTHLY.slice(1), message: /needs 12 figures, January to December; got 11/, field: "monthlyUsageKwh" },
  ])("$label", ({ values, message, field }) => {
    expect(() => validateMonthlyKwh(values)).toThrow(message);
    try {
      validateMonthlyKwh(values);
    } catch (error) {
      expect((error as { fieldErrors: Record<string, string> }).fieldErrors).toHaveProperty([field]);
    }
  });

  test("an hourly array of the wrong length names both lengths", () => {
    expect(() => hourlyUsageFromArray(calendar, new Float64Array(8759))).toThrow("Hourly usage for 2026 needs 8,760 values, one per hour; got 8,759.");
  });

  test("a negative hourly value names the hour and date", () => {
    const values = new Float64Array(8760).fill(1);
    values[30] = -1;
    expect(() => hourlyUsageFromArray(calendar, values)).toThrow(/hour 31 \(2026-01-02 06:00\) is -1 kWh/);
  });
});
