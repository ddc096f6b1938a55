import { describe, expect, test } from "vitest";
import { createCalendar, monthlyTotals, weekendOrHolidayByHour } from "./calendar";
import { holidaysOf } from "./holidays";
import { constant, hourOf } from "./test-helpers";

describe("the hourly year", () => {
  test.each([
    { label: "2026: a common year starting on a Thursday", spec: { kind: "year", year: 2026 } as const, hours: 8760, jan1Weekday: 4, febDays: 28, dst: true },
    { label: "2028: a leap year (8,784 hours, 29 days in February) starting on a Saturday", spec: { kind: "year", year: 2028 } as const, hours: 8784, jan1Weekday: 6, febDays: 29, dst: true },
    { label: "SAM's convention: 1 January a Monday, 365 days, no daylight saving", spec: { kind: "sam" } as const, hours: 8760, jan1Weekday: 1, febDays: 28, dst: false },
    { label: "a year without daylight saving (Arizona-style)", spec: { kind: "year", year: 2026, daylightSaving: false } as const, hours: 8760, jan1Weekday: 4, febDays: 28, dst: false },
  ])("$label", ({ spec, hours, jan1Weekday, febDays, dst }) => {
    const calendar = createCalendar(spec);
    expect(calendar.hours).toBe(hours);
    expect(calendar.weekdayOfDay[0]).toBe(jan1Weekday);
    expect(calendar.daysInMonth[1]).toBe(febDays);
    expect(calendar.monthStartHour[12]).toBe(hours);
    expect(calendar.hasDaylightSaving).toBe(dst);
  });

  test("the same spec returns the same cached calendar", () => {
    expect(createCalendar({ kind: "year", year: 2027 })).toBe(createCalendar({ kind: "year", year: 2027 }));
  });

  test("a year outside 2000–2100 is refused with the field named", () => {
    expect(() => createCalendar({ kind: "year", year: 1999 })).toThrow(/calendar year must be a whole year from 2000 to 2100; got 1999/);
  });
});

describe("daylight saving time: the grid is standard time, tariffs read the clock", () => {
  const calendar = createCalendar({ kind: "year", year: 2026 });
  // 2026: clocks spring forward on Sunday 8 March (day 66) at 02:00 and fall back on Sunday 1 November (day 304)
  // at 02:00 daylight time, which is 01:00 standard time.
  test.each([
    { label: "8 March 01:00 standard is still 01:00 on the clock", hour: hourOf(calendar, 3, 8, 1), clockHour: 1, isDst: 0 },
    { label: "8 March 02:00 standard is 03:00 on the clock (02:00 does not exist)", hour: hourOf(calendar, 3, 8, 2), clockHour: 3, isDst: 1 },
    { label: "1 July 15:00 standard is 16:00 on the clock: the first hour of a 4–9 p.m. peak", hour: hourOf(calendar, 7, 1, 15), clockHour: 16, isDst: 1 },
    { label: "1 November 00:00 standard is 01:00 daylight on the clock (the first 01:00)", hour: hourOf(calendar, 11, 1, 0), clockHour: 1, isDst: 1 },
    { label: "1 November 01:00 standard is 01:00 on the clock again (the repeated hour)", hour: hourOf(calendar, 11, 1, 1), clockHour: 1, isDst: 0 },
    { label: "31 December 23:00 is standard time", hour: hourOf(calendar, 12, 31, 23), clockHour: 23, isDst: 0 },
  ])("$label", ({ hour, clockHour, isDst }) => {
    expect(calendar.clockHourOfDay[hour]).toBe(clockHour);
    expect(calendar.isDaylightSavingHour[hour]).toBe(isDst);
  });

  test("the DST window runs from grid hour 66 × 24 + 2 to 304 × 24 + 1", () => {
    expect(calendar.daylightSaving).toEqual({ startHour: 66 * 24 + 2, endHour: 304 * 24 + 1 });
  });

  test("23:00 standard on 31 May is 00:00 on 1 June on the clock: the June schedule row applies", () => {
    const hour = hourOf(calendar, 5, 31, 23);
    expect(calendar.monthOfHour[hour]).toBe(4);
    expect(calendar.clockMonthOfHour[hour]).toBe(5);
    expect(calendar.clockHourOfDay[hour]).toBe(0);
  });

  test("SAM's convention has no daylight saving: clock and grid agree everywhere", () => {
    const sam = createCalendar({ kind: "sam" });
    expect(sam.isDaylightSavingHour.every((flag) => flag === 0)).toBe(true);
    expect(sam.clockHourOfDay[hourOf(sam, 7, 1, 15)]).toBe(15);
  });
});

describe("holidays as tariffs define them", () => {
  test("California utilities, 2026: eight holidays, Independence Day on a Saturday stays on the Saturday", () => {
    expect(holidaysOf(2026, "california-ious").map((holiday) => holiday.date)).toEqual([
      "2026-01-01",
      "2026-02-16",
      "2026-05-25",
      "2026-07-04",
      "2026-09-07",
      "2026-11-11",
      "2026-11-26",
      "2026-12-25",
    ]);
  });

  test.each([
    { label: "Independence Day 2027 falls on a Sunday: observed Monday 5 July", year: 2027, name: "Independence Day", date: "2027-07-05" },
    { label: "Christmas 2022 falls on a Sunday: observed Monday 26 December", year: 2022, name: "Christmas Day", date: "2022-12-26" },
    { label: "Memorial Day is the last Monday of May (2026: 25 May)", year: 2026, name: "Memorial Day", date: "2026-05-25" },
    { label: "Thanksgiving is the fourth Thursday of November (2027: 25 November)", year: 2027, name: "Thanksgiving Day", date: "2027-11-25" },
  ])("$label", ({ year, name, date }) => {
    expect(holidaysOf(year, "california-ious").find((holiday) => holiday.name === name)?.date).toBe(date);
  });

  test("NERC's six holidays leave out Presidents' Day and Veterans Day", () => {
    const names = holidaysOf(2026, "nerc").map((holiday) => holiday.name);
    expect(names).toHaveLength(6);
    expect(names).not.toContain("Presidents' Day");
    expect(names).not.toContain("Veterans Day");
  });

  test("weekend-or-holiday hours: New Year's Day 2026 (a Thursday) only counts under a holiday list; SAM never has holidays", () => {
    const calendar = createCalendar({ kind: "year", year: 2026 });
    const noon = hourOf(calendar, 1, 1, 12);
    expect(weekendOrHolidayByHour(calendar, "california-ious")[noon]).toBe(1);
    expect(weekendOrHolidayByHour(calendar, "none")[noon]).toBe(0);
    expect(weekendOrHolidayByHour(calendar, "none")[hourOf(calendar, 1, 3, 12)]).toBe(1); // Saturday
    const sam = createCalendar({ kind: "sam" });
    expect(weekendOrHolidayByHour(sam, "california-ious")[hourOf(sam, 1, 1, 12)]).toBe(0); // a Monday, no holidays
    expect(weekendOrHolidayByHour(sam, "california-ious")[hourOf(sam, 1, 6, 12)]).toBe(1); // Saturday
  });

  test("monthly totals of a constant 1 kWh are the hours of each month", () => {
    const calendar = createCalendar({ kind: "year", year: 2028 });
    expect(monthlyTotals(calendar, constant(calendar, 1))).toEqual([744, 696, 744, 720, 744, 720, 744, 744, 720, 744, 720, 744]);
  });
});
