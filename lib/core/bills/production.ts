/**
 * Solar production as an hourly year of AC kWh, from one of:
 * - a PVWatts hourly CSV export (the "AC System Output (W)" column, 8,760 rows: PVWatts models a typical
 *   meteorological year without a leap day);
 * - a plain hourly CSV (a time or hour column and a kWh column, or a single kWh column): 8,760 or 8,784 rows;
 * - the design tool's 12 monthly kWh (or one annual kWh) spread over the daylight hours by the clear-sky shape of the
 *   site's sun path (sun-position.ts), scaled so each month adds up to its figure.
 *
 * The result says which one was used (`source`), for the proposal. A file one row short (8,759) or long is refused
 * with the count: it is a cut export, and guessing the missing hour would misplace the whole year.
 *
 * Leap years: an 8,760-hour file laid on a leap year repeats 28 February for the 29th; an 8,784-hour file on a
 * common year drops 29 February. Both are reported.
 */
import type { HourlyCalendar } from "./calendar";
import { monthlyTotals } from "./calendar";
import { isBlankRow, readCsv } from "./csv-read";
import { billInputError, formatCount } from "./errors";
import { clearSkyShape, sunAt } from "./sun-position";
import { MONTH_NAMES } from "./usage";

export type ProductionSource = "pvwatts-hourly" | "hourly-csv" | "hourly-array" | "monthly-spread" | "annual-spread";

export interface HourlyProduction {
  hourlyKwh: Float64Array;
  monthlyKwh: number[];
  source: ProductionSource;
  /** One sentence for the proposal: where the hourly production comes from. */
  description: string;
  notes: string[];
}

export interface Site {
  latitude: number;
  longitude: number;
  /** Standard-time UTC offset in hours; default the nearest whole hour of longitude ÷ 15 (−8 in California, −5 in New England). */
  utcOffsetHours?: number;
}

/** A residential array above this in a month is a units error (about a 500 kW array). */
export const MAX_MONTHLY_PRODUCTION_KWH = 100_000;

const FIELD_FILE = "productionFile";
const FIELD_MONTHLY = "monthlyProductionKwh";

// ---------------------------------------------------------------------------------------------------------------
// Files

const looksNumeric = (cell: string | undefined) => cell !== undefined && cell !== "" && Number.isFinite(Number(cell));

/** Lays an 8,760- or 8,784-value year on the calendar (repeating 28 February or dropping 29 February). */
function fitToCalendar(values: Float64Array, calendar: HourlyCalendar, notes: string[]): Float64Array {
  if (values.length === calendar.hours) return values;
  const feb29Start = 59 * 24;
  const fitted = new Float64Array(calendar.hours);
  if (values.length === 8760 && calendar.hours === 8784) {
    fitted.set(values.subarray(0, feb29Start), 0);
    fitted.set(values.subarray(feb29Start - 24, feb29Start), feb29Start);
    fitted.set(values.subarray(feb29Start), feb29Start + 24);
    notes.push(`The file has no 29 February; ${calendar.label} does, so 28 February's production is used for it.`);
  } else {
    fitted.set(values.subarray(0, feb29Start), 0);
    fitted.set(values.subarray(feb29Start + 24), feb29Start);
    notes.push(`The file has a 29 February and ${calendar.label} does not: that day is left out.`);
  }
  return fitted;
}

function checkRowCount(count: number, what: string, allowLeap: boolean): void {
  if (count === 8760 || (allowLeap && count === 8784)) return;
  const expected = allowLeap ? "8,760 (or 8,784 for a leap year)" : "8,760";
  const hint = count < 8760 ? "The file is cut short: export the hourly data again." : "The file has extra rows: export one year of hourly data.";
  throw billInputError(FIELD_FILE, `The ${what} has ${formatCount(count)} hourly rows; a year needs ${expected}, one per hour. ${hint}`);
}

/** Night-time inverter draw shows as a few negative watts; larger negatives are an error. */
function cleanValue(kwh: number, line: number, notes: { nightDraw: number }): number {
  if (!Number.isFinite(kwh)) throw billInputError(FIELD_FILE, `Line ${line}: the production value is not a number.`);
  if (kwh < 0) {
    if (kwh < -0.05) throw billInputError(FIELD_FILE, `Line ${line}: production of ${kwh} kWh is negative: production cannot be below zero.`);
    notes.nightDraw++;
    return 0;
  }
  if (kwh > 1000) throw billInputError(FIELD_FILE, `Line ${line}: ${kwh} kWh in one hour is more than a home's array can make: check the units (kWh, not Wh).`);
  return kwh;
}

/** PVWatts' hourly CSV export → hourly AC kWh. */
export function readPvwattsHourlyCsv(text: string, calendar: HourlyCalendar): HourlyProduction {
  const rows = readCsv(text, FIELD_FILE);
  const headerIndex = rows.findIndex((row) => row.some((cell) => /^ac system output/i.test(cell)));
  if (headerIndex < 0) {
    throw billInputError(FIELD_FILE, 'No "AC System Output" column was found: this is not a PVWatts hourly export. Download "Hourly" results from PVWatts, or use a two-column hourly file.');
  }
  const header = rows[headerIndex]!;
  const column = header.findIndex((cell) => /^ac system output/i.test(cell));
  const toKwh = /\(kw\)/i.test(header[column]!) ? 1 : 1 / 1000;
  const values: number[] = [];
  const counts = { nightDraw: 0 };
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (isBlankRow(row) || !looksNumeric(row[0])) continue;
    values.push(cleanValue(Number(row[column]) * toKwh, index + 1, counts));
  }
  checkRowCount(values.length, "PVWatts file", false);
  const notes: string[] = [];
  if (counts.nightDraw > 0) notes.push(`${formatCount(counts.nightDraw)} hours of night-time inverter draw (a few negative watts) count as zero.`);
  const hourlyKwh = fitToCalendar(Float64Array.from(values), calendar, notes);
  return { hourlyKwh, monthlyKwh: monthlyTotals(calendar, hourlyKwh), source: "pvwatts-hourly", description: "Hourly AC output imported from a PVWatts hourly export.", notes };
}

/**
 * A plain hourly production CSV: one row per hour with the kWh in the last column (a time or hour number before it
 * is allowed and ignored: rows are taken in order from 1 January 00:00). A header row is optional; a header naming
 * W or kW in the value column converts it (an hour at x kW average is x kWh).
 */
export function readHourlyProductionCsv(text: string, calendar: HourlyCalendar): HourlyProduction {
  const rows = readCsv(text, FIELD_FILE).filter((row) => !isBlankRow(row));
  if (rows.length === 0) throw billInputError(FIELD_FILE, "The production file is empty.");
  let scale = 1;
  let first = 0;
  const firstRow = rows[0]!;
  if (!looksNumeric(firstRow[firstRow.length - 1])) {
    const valueHeader = firstRow[firstRow.length - 1]!.toLowerCase();
    if (/\(w\)|\bwatts?\b|\bwh\b/.test(valueHeader) && !/kw/.test(valueHeader)) scale = 1 / 1000;
    first = 1;
  }
  const values: number[] = [];
  const counts = { nightDraw: 0 };
  for (let index = first; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.length > 2) throw billInputError(FIELD_FILE, `Line ${index + 1} has ${row.length} columns: a plain production file has at most two (time, kWh). For a PVWatts export, choose the PVWatts format.`);
    values.push(cleanValue(Number(row[row.length - 1]) * scale, index + 1, counts));
  }
  checkRowCount(values.length, "production file", true);
  const notes: string[] = [];
  if (counts.nightDraw > 0) notes.push(`${formatCount(counts.nightDraw)} small negative values (night-time inverter draw) count as zero.`);
  const hourlyKwh = fitToCalendar(Float64Array.from(values), calendar, notes);
  return { hourlyKwh, monthlyKwh: monthlyTotals(calendar, hourlyKwh), source: "hourly-csv", description: "Hourly AC output imported from the design tool's hourly file.", notes };
}

// ---------------------------------------------------------------------------------------------------------------
// Spreading monthly or annual kWh over the sun path

const shapeCache = new Map<string, Float64Array>();

function checkSite(site: Site): number {
  if (!Number.isFinite(site.latitude) || Math.abs(site.latitude) > 66) throw billInputError("latitude", `Latitude ${site.latitude} is outside −66° to 66°: check the site's coordinates.`);
  if (!Number.isFinite(site.longitude) || Math.abs(site.longitude) > 180) throw billInputError("longitude", `Longitude ${site.longitude} is outside −180° to 180°: check the site's coordinates.`);
  const offset = site.utcOffsetHours ?? Math.round(site.longitude / 15);
  if (!Number.isFinite(offset) || Math.abs(offset) > 14) throw billInputError("utcOffsetHours", `UTC offset ${offset} h is not a time zone.`);
  return offset;
}

/** The clear-sky shape of every hour at the site (relative, evaluated at the middle of the hour). Cached. */
export function solarShape(site: Site, calendar: HourlyCalendar): Float64Array {
  const offset = checkSite(site);
  const key = `${calendar.key}|${site.latitude.toFixed(3)}|${site.longitude.toFixed(3)}|${offset}`;
  const cached = shapeCache.get(key);
  if (cached) return cached;
  const shape = new Float64Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const day = (hour / 24) | 0;
    const sun = sunAt(day + 1, (hour % 24) * 60 + 30, calendar.days, site.latitude, site.longitude, offset);
    shape[hour] = clearSkyShape(sun.zenithDegrees);
  }
  if (shapeCache.size > 64) shapeCache.clear();
  shapeCache.set(key, shape);
  return shape;
}

export function validateMonthlyProduction(monthlyKwh: readonly number[]): void {
  if (monthlyKwh.length !== 12) throw billInputError(FIELD_MONTHLY, `Monthly production needs 12 figures, January to December; got ${monthlyKwh.length}.`);
  monthlyKwh.forEach((kwh, index) => {
    const field = `${FIELD_MONTHLY}.${index}`;
    const month = MONTH_NAMES[index]!;
    if (typeof kwh !== "number" || !Number.isFinite(kwh) || kwh < 0) throw billInputError(field, `${month} production must be a number of kWh, 0 or more; got ${kwh}.`);
    if (kwh > MAX_MONTHLY_PRODUCTION_KWH) {
      throw billInputError(field, `${month} production is ${formatCount(kwh)} kWh, more than ${formatCount(MAX_MONTHLY_PRODUCTION_KWH)} kWh: check the units (kWh, not Wh).`);
    }
  });
}

/** The design tool's 12 monthly kWh spread over each month's daylight hours by the site's clear-sky shape. */
export function spreadMonthlyProduction(monthlyKwh: readonly number[], site: Site, calendar: HourlyCalendar, into?: Float64Array): HourlyProduction {
  validateMonthlyProduction(monthlyKwh);
  const shape = solarShape(site, calendar);
  const sums = shapeMonthlySums(shape, calendar);
  const hourlyKwh = into ?? new Float64Array(calendar.hours);
  for (let month = 0; month < 12; month++) {
    const factor = sums[month]! > 0 ? monthlyKwh[month]! / sums[month]! : 0;
    for (let hour = calendar.monthStartHour[month]!; hour < calendar.monthStartHour[month + 1]!; hour++) hourlyKwh[hour] = shape[hour]! * factor;
  }
  return {
    hourlyKwh,
    monthlyKwh: [...monthlyKwh],
    source: "monthly-spread",
    description: "Monthly production from the design tool, spread over the daylight hours by the sun's path at the site (clear-sky shape).",
    notes: [],
  };
}

const sumsCache = new WeakMap<Float64Array, number[]>();
function shapeMonthlySums(shape: Float64Array, calendar: HourlyCalendar): number[] {
  let sums = sumsCache.get(shape);
  if (!sums) {
    sums = monthlyTotals(calendar, shape);
    sumsCache.set(shape, sums);
  }
  return sums;
}

/**
 * One annual kWh figure: shared among the months by the clear-sky shape's monthly totals (a horizontal surface, so
 * summer gets a little more than a tilted array would), then spread like monthly figures. Prefer monthly figures.
 */
export function spreadAnnualProduction(annualKwh: number, site: Site, calendar: HourlyCalendar): HourlyProduction {
  if (!Number.isFinite(annualKwh) || annualKwh <= 0 || annualKwh > 12 * MAX_MONTHLY_PRODUCTION_KWH) {
    throw billInputError("annualProductionKwh", `Annual production must be more than 0 and at most ${formatCount(12 * MAX_MONTHLY_PRODUCTION_KWH)} kWh; got ${annualKwh}.`);
  }
  const sums = shapeMonthlySums(solarShape(site, calendar), calendar);
  const total = sums.reduce((sum, value) => sum + value, 0);
  const monthly = sums.map((value) => (annualKwh * value) / total);
  const spread = spreadMonthlyProduction(monthly, site, calendar);
  return {
    ...spread,
    source: "annual-spread",
    description: "Annual production from the design tool, shared among the months and spread over the daylight hours by the sun's path at the site (clear-sky shape).",
    notes: ["Only an annual figure was given: the monthly split follows a horizontal clear-sky year, so summer months may be slightly high. Monthly figures from the design tool are better."],
  };
}

/** An hourly AC kWh series given directly (the JSON command line): one value per hour of the calendar. */
export function productionFromArray(values: ArrayLike<number>, calendar: HourlyCalendar): HourlyProduction {
  checkRowCount(values.length, "hourly production array", true);
  const counts = { nightDraw: 0 };
  const raw = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) raw[index] = cleanValue(values[index]!, index + 1, counts);
  const notes: string[] = [];
  const hourlyKwh = fitToCalendar(raw, calendar, notes);
  return { hourlyKwh, monthlyKwh: monthlyTotals(calendar, hourlyKwh), source: "hourly-array", description: "Hourly AC output given as an array.", notes };
}

/** Production in a later year: panels lose `degradationPercentPerYear` a year (year 1 is as modeled). */
export function degradedProduction(hourlyKwh: Float64Array, projectYear: number, degradationPercentPerYear: number, into?: Float64Array): Float64Array {
  const factor = (1 - degradationPercentPerYear / 100) ** (projectYear - 1);
  const result = into ?? new Float64Array(hourlyKwh.length);
  for (let hour = 0; hour < hourlyKwh.length; hour++) result[hour] = hourlyKwh[hour]! * factor;
  return result;
}
