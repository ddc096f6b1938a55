/**
 * The hourly year every series of the bill model is laid on (usage, production, dispatch, bills).
 *
 * Hour `h` of the year is the hour starting at h:00 local STANDARD time counted from 1 January 00:00, as PVWatts
 * exports it and as SAM assumes: 8,760 hours, or 8,784 in a leap year. The grid never has a gap or a repeated hour,
 * so interval data is moved onto it once (green-button.ts) and every array lines up by index.
 *
 * Tariffs and export-rate tables are written in CLOCK time (a 4–9 p.m. peak is 4–9 p.m. on the wall clock, summer
 * and winter). So the calendar also gives, for every grid hour, the clock hour, the clock day and its month: during
 * daylight saving time (second Sunday of March 02:00 to first Sunday of November 02:00, US rules since 2007) the
 * clock is one hour ahead of standard time, and 23:00 standard is 00:00 of the next day on the clock.
 *
 * Two conventions:
 * - a real calendar year (the proposal's year by default): the weekday of 1 January, the leap day and daylight
 *   saving as they fall that year; holidays come from the tariff's list (holidays.ts);
 * - SAM's convention (NREL SAM, lib_util.cpp translate_schedule): 1 January is a Monday, 365 days, no holidays, no
 *   daylight saving. Used to compare a bill with SAM's utilityrate5 to the cent (sam-agreement.test.ts).
 */
import { billInputError } from "./errors";
import { daysFromCivil, daysInMonth, holidaysOf, isLeapYear, weekdayOf, type HolidayListId } from "./holidays";

export type CalendarSpec = { kind: "year"; year: number; daylightSaving?: boolean } | { kind: "sam" };

export interface HourlyCalendar {
  /** Cache key: "2027", "2027-standard" (no daylight saving) or "sam". */
  key: string;
  /** For people: "2027" or "SAM convention (…)". */
  label: string;
  /** The calendar year, or null under SAM's convention. */
  year: number | null;
  isSamConvention: boolean;
  hasDaylightSaving: boolean;
  hours: number;
  days: number;
  daysInMonth: readonly number[];
  /** First grid hour of each month, and `hours` at index 12. */
  monthStartHour: Int32Array;
  /** Grid (standard time) month 0–11 of each hour: the billing month. */
  monthOfHour: Uint8Array;
  /** Clock hour of day 0–23 of each grid hour. */
  clockHourOfDay: Uint8Array;
  /** Clock month 0–11 of each grid hour (the month row of a TOU schedule). */
  clockMonthOfHour: Uint8Array;
  /** Clock day of the year (0-based) of each grid hour. */
  clockDayOfHour: Uint16Array;
  /** Weekday (0 Sunday … 6 Saturday) of each day of the year, plus the day after the last. */
  weekdayOfDay: Uint8Array;
  /** 1 for the grid hours that fall in daylight saving time. */
  isDaylightSavingHour: Uint8Array;
  /** Grid hour at which daylight saving starts and ends (null without it). */
  daylightSaving: { startHour: number; endHour: number } | null;
  /** YYYY-MM-DD of a day of the year (under SAM's convention, of 2018, a year that began on a Monday). */
  dateOfDay(day: number): string;
}

/** A year whose 1 January was a Monday and which had 365 days: SAM's calendar borrows its dates. */
const SAM_NOMINAL_YEAR = 2018;

const cache = new Map<string, HourlyCalendar>();

/** The hourly calendar of a spec; cached, so every caller shares one set of arrays. */
export function createCalendar(spec: CalendarSpec): HourlyCalendar {
  if (spec.kind === "year" && (!Number.isInteger(spec.year) || spec.year < 2000 || spec.year > 2100)) {
    throw billInputError("calendarYear", `The calendar year must be a whole year from 2000 to 2100; got ${spec.year}.`);
  }
  const hasDaylightSaving = spec.kind === "year" && spec.daylightSaving !== false;
  const key = spec.kind === "sam" ? "sam" : `${spec.year}${hasDaylightSaving ? "" : "-standard"}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const calendar = build(spec, key, hasDaylightSaving);
  cache.set(key, calendar);
  return calendar;
}

/** The calendar the engine uses by default: the proposal's calendar year, with daylight saving time. */
export function calendarForDate(isoDate: string): HourlyCalendar {
  return createCalendar({ kind: "year", year: Number(isoDate.slice(0, 4)) });
}

function build(spec: CalendarSpec, key: string, hasDaylightSaving: boolean): HourlyCalendar {
  const isSam = spec.kind === "sam";
  const year = isSam ? SAM_NOMINAL_YEAR : spec.year;
  const monthDays = Array.from({ length: 12 }, (_, index) => (isSam ? daysInMonth(2018, index + 1) : daysInMonth(year, index + 1)));
  const days = monthDays.reduce((sum, value) => sum + value, 0);
  const hours = days * 24;

  const monthStartHour = new Int32Array(13);
  const monthOfDay = new Uint8Array(days + 1);
  let day = 0;
  for (let month = 0; month < 12; month++) {
    monthStartHour[month] = day * 24;
    for (let index = 0; index < monthDays[month]!; index++) monthOfDay[day++] = month;
  }
  monthStartHour[12] = hours;
  // The day after the last belongs to January of the next year.
  monthOfDay[days] = 0;

  const firstWeekday = isSam ? 1 : weekdayOf(year, 1, 1);
  const weekdayOfDay = new Uint8Array(days + 1);
  for (let index = 0; index <= days; index++) weekdayOfDay[index] = (firstWeekday + index) % 7;

  let daylightSaving: { startHour: number; endHour: number } | null = null;
  if (hasDaylightSaving) {
    // Second Sunday of March, 02:00 standard; first Sunday of November, 02:00 daylight = 01:00 standard.
    const jan1 = daysFromCivil(year, 1, 1);
    const marchFirstWeekday = weekdayOf(year, 3, 1);
    const startDay = daysFromCivil(year, 3, 1 + ((7 - marchFirstWeekday) % 7) + 7) - jan1;
    const novemberFirstWeekday = weekdayOf(year, 11, 1);
    const endDay = daysFromCivil(year, 11, 1 + ((7 - novemberFirstWeekday) % 7)) - jan1;
    daylightSaving = { startHour: startDay * 24 + 2, endHour: endDay * 24 + 1 };
  }

  const monthOfHour = new Uint8Array(hours);
  const clockHourOfDay = new Uint8Array(hours);
  const clockMonthOfHour = new Uint8Array(hours);
  const clockDayOfHour = new Uint16Array(hours);
  const isDaylightSavingHour = new Uint8Array(hours);
  for (let hour = 0; hour < hours; hour++) {
    const gridDay = (hour / 24) | 0;
    monthOfHour[hour] = monthOfDay[gridDay]!;
    const isDst = daylightSaving !== null && hour >= daylightSaving.startHour && hour < daylightSaving.endHour;
    const clock = isDst ? hour + 1 : hour;
    const clockDay = (clock / 24) | 0;
    isDaylightSavingHour[hour] = isDst ? 1 : 0;
    clockHourOfDay[hour] = clock % 24;
    clockDayOfHour[hour] = clockDay;
    clockMonthOfHour[hour] = monthOfDay[clockDay]!;
  }

  const jan1Utc = Date.UTC(year, 0, 1);
  return {
    key,
    label: isSam ? "SAM convention (1 January a Monday, 365 days, no holidays, no daylight saving)" : String(year),
    year: isSam ? null : year,
    isSamConvention: isSam,
    hasDaylightSaving,
    hours,
    days,
    daysInMonth: monthDays,
    monthStartHour,
    monthOfHour,
    clockHourOfDay,
    clockMonthOfHour,
    clockDayOfHour,
    weekdayOfDay,
    isDaylightSavingHour,
    daylightSaving,
    dateOfDay: (index: number) => new Date(jan1Utc + index * 86_400_000).toISOString().slice(0, 10),
  };
}

const dayTypeCache = new Map<string, Uint8Array>();

/**
 * 1 for every grid hour whose clock day is a Saturday, a Sunday or a holiday of `list`: the hours a tariff's
 * weekend schedule applies to. SAM's convention has no holidays whatever the list.
 */
export function weekendOrHolidayByHour(calendar: HourlyCalendar, list: HolidayListId): Uint8Array {
  const key = `${calendar.key}|${list}`;
  const cached = dayTypeCache.get(key);
  if (cached) return cached;
  const isOffDay = new Uint8Array(calendar.days + 1);
  for (let day = 0; day <= calendar.days; day++) {
    const weekday = calendar.weekdayOfDay[day]!;
    isOffDay[day] = weekday === 0 || weekday === 6 ? 1 : 0;
  }
  if (!calendar.isSamConvention && calendar.year !== null) {
    const jan1 = daysFromCivil(calendar.year, 1, 1);
    for (const holiday of holidaysOf(calendar.year, list)) {
      const [y, m, d] = holiday.date.split("-").map(Number) as [number, number, number];
      isOffDay[daysFromCivil(y, m, d) - jan1] = 1;
    }
    // The day after 31 December is 1 January of the next year: a holiday on every list but "none".
    if (list !== "none") isOffDay[calendar.days] = 1;
  }
  const byHour = new Uint8Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) byHour[hour] = isOffDay[calendar.clockDayOfHour[hour]!]!;
  dayTypeCache.set(key, byHour);
  return byHour;
}

/** Sums an hourly series by billing month (grid months). */
export function monthlyTotals(calendar: HourlyCalendar, hourly: ArrayLike<number>): number[] {
  const totals: number[] = [];
  for (let month = 0; month < 12; month++) {
    let sum = 0;
    for (let hour = calendar.monthStartHour[month]!; hour < calendar.monthStartHour[month + 1]!; hour++) sum += hourly[hour]!;
    totals.push(sum);
  }
  return totals;
}

export { isLeapYear };
