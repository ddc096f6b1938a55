/**
 * Interval readings (15-minute or hourly, any dates) → one hourly year on the model calendar.
 *
 * Readings arrive in local STANDARD time (green-button.ts converts clock times and UTC instants), so there is no
 * daylight-saving gap or repeat left here. The steps:
 * 1. Sum readings into standard-time hours; an hour covered only in part (three of its four quarter hours) is
 *    scaled up to the full hour and counted in the report.
 * 2. Take the latest run of whole days that covers every date of the model year (365 dates; 29 February is
 *    optional and copied from 28 February when missing). Fewer than 365 days of data is refused.
 * 3. Lay each day on the same date of the model calendar (weekdays may shift between years; the report says so).
 * 4. Fill hours without a reading from the same hour on the nearest days (up to a week away) and list them.
 *    More than 10 % of the year missing is refused.
 */
import type { HourlyCalendar } from "./calendar";
import { billInputError, formatCount } from "./errors";

export interface IntervalReading {
  /** Start, in minutes since 1970-01-01 00:00 local standard time. */
  startMinute: number;
  durationMinutes: number;
  kwh: number;
}

export interface IntervalYear {
  hourlyKwh: Float64Array;
  firstDate: string;
  lastDate: string;
  coveredDays: number;
  filledHours: number;
  filledRanges: string[];
  scaledHours: number;
  duplicateReadings: number;
  notes: string[];
}

const MINUTES_PER_DAY = 1440;
/** More missing than this share of the year is refused rather than filled. */
const MAX_MISSING_SHARE = 0.1;

export const isoDateOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const monthDayOf = (day: number) => isoDateOfDay(day).slice(5);
const hourLabel = (day: number, hour: number) => `${isoDateOfDay(day)} ${String(hour).padStart(2, "0")}:00`;

export function intervalsToYear(readings: readonly IntervalReading[], calendar: HourlyCalendar, field: string): IntervalYear {
  if (readings.length === 0) throw billInputError(field, "The file has no interval readings.");
  // 1. Standard-time hours: kWh and minutes covered.
  const kwhByHour = new Map<number, number>();
  const minutesByHour = new Map<number, number>();
  const seenStarts = new Set<number>();
  let duplicateReadings = 0;
  for (const reading of readings) {
    if (seenStarts.has(reading.startMinute)) {
      duplicateReadings++;
      continue;
    }
    seenStarts.add(reading.startMinute);
    const hour = Math.floor(reading.startMinute / 60);
    kwhByHour.set(hour, (kwhByHour.get(hour) ?? 0) + reading.kwh);
    minutesByHour.set(hour, (minutesByHour.get(hour) ?? 0) + reading.durationMinutes);
  }
  let scaledHours = 0;
  for (const [hour, minutes] of minutesByHour) {
    if (minutes < 60) {
      kwhByHour.set(hour, (kwhByHour.get(hour)! * 60) / minutes);
      scaledHours++;
    }
  }

  // 2. The latest run of days covering every date of the model year.
  let firstHour = Infinity;
  let lastHour = -Infinity;
  for (const hour of kwhByHour.keys()) {
    if (hour < firstHour) firstHour = hour;
    if (hour > lastHour) lastHour = hour;
  }
  const firstDay = Math.floor(firstHour / 24);
  let lastDay = Math.floor(lastHour / 24);
  // A last day with a few hours only (a download made in the morning) is left out.
  let hoursOnLastDay = 0;
  for (let hour = 0; hour < 24; hour++) if (kwhByHour.has(lastDay * 24 + hour)) hoursOnLastDay++;
  if (hoursOnLastDay < 20 && lastDay > firstDay) lastDay--;

  const spanDays = lastDay - firstDay + 1;
  if (spanDays < 365) {
    throw billInputError(
      field,
      `The file covers ${formatCount(spanDays)} days (${isoDateOfDay(firstDay)} to ${isoDateOfDay(lastDay)}); a full year of readings (at least 365 days) is needed. Download 12 months of usage.`,
    );
  }
  const wanted = new Set<string>();
  for (let day = 0; day < calendar.days; day++) wanted.add(calendar.dateOfDay(day).slice(5));
  const dayForDate = new Map<string, number>();
  let windowStart = lastDay;
  for (let day = lastDay; day >= firstDay && day > lastDay - 366; day--) {
    const monthDay = monthDayOf(day);
    if (wanted.has(monthDay) && !dayForDate.has(monthDay)) dayForDate.set(monthDay, day);
    windowStart = day;
    const covered = dayForDate.size + (wanted.has("02-29") && !dayForDate.has("02-29") ? 1 : 0);
    if (covered >= wanted.size) break;
  }
  const notes: string[] = [];
  for (const monthDay of wanted) {
    if (monthDay !== "02-29" && !dayForDate.has(monthDay)) {
      throw billInputError(
        field,
        `The readings from ${isoDateOfDay(windowStart)} to ${isoDateOfDay(lastDay)} have no day dated ${monthDay} (month-day): a full year of readings (365 dates) is needed. Download 12 months of usage.`,
      );
    }
  }
  if (wanted.has("02-29") && !dayForDate.has("02-29")) {
    dayForDate.set("02-29", dayForDate.get("02-28")!);
    notes.push(`${calendar.label} has a 29 February and the readings do not: 28 February's readings are used for it.`);
  }

  // 3. Lay the days on the model calendar.
  const hourly = new Float64Array(calendar.hours);
  const missing = new Uint8Array(calendar.hours);
  const sourceDayOfModelDay = new Float64Array(calendar.days);
  let missingCount = 0;
  for (let day = 0; day < calendar.days; day++) {
    const sourceDay = dayForDate.get(calendar.dateOfDay(day).slice(5))!;
    sourceDayOfModelDay[day] = sourceDay;
    for (let hour = 0; hour < 24; hour++) {
      const kwh = kwhByHour.get(sourceDay * 24 + hour);
      if (kwh === undefined) {
        missing[day * 24 + hour] = 1;
        missingCount++;
      } else hourly[day * 24 + hour] = kwh;
    }
  }
  if (missingCount > MAX_MISSING_SHARE * calendar.hours) {
    throw billInputError(
      field,
      `${formatCount(missingCount)} of the year's ${formatCount(calendar.hours)} hours have no reading (${isoDateOfDay(windowStart)} to ${isoDateOfDay(lastDay)}); at most 10 % can be filled in. Download a complete year of usage.`,
    );
  }

  // 4. Fill from the same hour on the nearest days that have it.
  const filledRanges: string[] = [];
  let rangeStart = -1;
  const closeRange = (endHour: number) => {
    if (rangeStart < 0) return;
    const count = endHour - rangeStart;
    const startDay = (rangeStart / 24) | 0;
    filledRanges.push(`${hourLabel(sourceDayOfModelDay[startDay]!, rangeStart % 24)} (${count} hour${count === 1 ? "" : "s"})`);
    rangeStart = -1;
  };
  for (let index = 0; index < calendar.hours; index++) {
    if (!missing[index]) {
      closeRange(index);
      continue;
    }
    if (rangeStart < 0) rangeStart = index;
    let sum = 0;
    let count = 0;
    for (let distance = 1; distance <= 7 && count === 0; distance++) {
      for (const other of [index - 24 * distance, index + 24 * distance]) {
        if (other >= 0 && other < calendar.hours && !missing[other]) {
          sum += hourly[other]!;
          count++;
        }
      }
    }
    hourly[index] = count > 0 ? sum / count : 0;
  }
  closeRange(calendar.hours);

  return {
    hourlyKwh: hourly,
    firstDate: isoDateOfDay(windowStart),
    lastDate: isoDateOfDay(lastDay),
    coveredDays: lastDay - windowStart + 1,
    filledHours: missingCount,
    filledRanges,
    scaledHours,
    duplicateReadings,
    notes,
  };
}

export { MINUTES_PER_DAY };
