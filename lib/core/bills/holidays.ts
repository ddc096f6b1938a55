/**
 * Holidays as tariffs define them: the days a time-of-use schedule treats like a weekend. Each list is data (a rule
 * per holiday) with its source, so a tariff names its list and the calendar marks the days.
 *
 * Two lists matter for the demo utilities:
 * - "california-ious": the eight holidays of the California utilities' residential TOU schedules. Source: SDG&E,
 *   "Solar Billing Plan Export Pricing" (https://sdge.com/node/25561, read 2026-12-03): "New Year's Day, President's
 *   Day, Memorial Day, Independence Day, Labor Day, Veterans Day, Thanksgiving Day and Christmas Day". The rule that a
 *   holiday falling on a Sunday is observed the Monday after (and one on a Saturday is not moved) is the wording of
 *   the PG&E and SCE schedules' "holidays" definition; it was not re-read this session (docs/bills.md).
 * - "nerc": the six NERC off-peak holidays (New Year's, Memorial, Independence, Labor, Thanksgiving and Christmas
 *   Day; a Sunday holiday moves to Monday, a Saturday one does not), which many utilities outside California use.
 * - "none": SAM's convention, and tariffs whose schedule is the same every day.
 */

export type HolidayListId = "california-ious" | "nerc" | "none";

type HolidayRule =
  | { name: string; kind: "fixed"; month: number; day: number }
  | { name: string; kind: "nth-weekday"; month: number; weekday: number; nth: number }
  | { name: string; kind: "last-weekday"; month: number; weekday: number };

// month 1–12; weekday 0 = Sunday … 6 = Saturday.
const NEW_YEAR: HolidayRule = { name: "New Year's Day", kind: "fixed", month: 1, day: 1 };
const PRESIDENTS: HolidayRule = { name: "Presidents' Day", kind: "nth-weekday", month: 2, weekday: 1, nth: 3 };
const MEMORIAL: HolidayRule = { name: "Memorial Day", kind: "last-weekday", month: 5, weekday: 1 };
const INDEPENDENCE: HolidayRule = { name: "Independence Day", kind: "fixed", month: 7, day: 4 };
const LABOR: HolidayRule = { name: "Labor Day", kind: "nth-weekday", month: 9, weekday: 1, nth: 1 };
const VETERANS: HolidayRule = { name: "Veterans Day", kind: "fixed", month: 11, day: 11 };
const THANKSGIVING: HolidayRule = { name: "Thanksgiving Day", kind: "nth-weekday", month: 11, weekday: 4, nth: 4 };
const CHRISTMAS: HolidayRule = { name: "Christmas Day", kind: "fixed", month: 12, day: 25 };

const LISTS: Record<HolidayListId, readonly HolidayRule[]> = {
  "california-ious": [NEW_YEAR, PRESIDENTS, MEMORIAL, INDEPENDENCE, LABOR, VETERANS, THANKSGIVING, CHRISTMAS],
  nerc: [NEW_YEAR, MEMORIAL, INDEPENDENCE, LABOR, THANKSGIVING, CHRISTMAS],
  none: [],
};

/** Days from 1970-01-01 of a civil date (proleptic Gregorian; month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function dateOf(rule: HolidayRule, year: number): number {
  switch (rule.kind) {
    case "fixed":
      return rule.day;
    case "nth-weekday": {
      const first = weekdayOf(year, rule.month, 1);
      return 1 + ((rule.weekday - first + 7) % 7) + 7 * (rule.nth - 1);
    }
    case "last-weekday": {
      const last = daysInMonth(year, rule.month);
      const lastWeekday = weekdayOf(year, rule.month, last);
      return last - ((lastWeekday - rule.weekday + 7) % 7);
    }
    default: {
      const exhaustive: never = rule;
      return exhaustive;
    }
  }
}

export interface Holiday {
  name: string;
  /** YYYY-MM-DD of the day the tariff treats as a holiday (the observed day). */
  date: string;
}

/**
 * The observed holidays of one year: a fixed-date holiday on a Sunday moves to the Monday after; one on a Saturday
 * stays on the Saturday (which is a weekend day anyway). Sorted by date.
 */
export function holidaysOf(year: number, list: HolidayListId): Holiday[] {
  return LISTS[list]
    .map((rule) => {
      let day = dateOf(rule, year);
      if (rule.kind === "fixed" && weekdayOf(year, rule.month, day) === 0) day += 1;
      return { name: rule.name, date: `${year}-${String(rule.month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
