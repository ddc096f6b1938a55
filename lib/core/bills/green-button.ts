/**
 * Green Button usage files → the customer's hourly year.
 *
 * Two formats, told apart by their first character:
 * - ESPI XML (NAESB REQ.21, "Download My Data"): an Atom feed whose entries hold a UsagePoint (ServiceCategory kind
 *   0 = electricity), LocalTimeParameters (tzOffset and dstOffset in seconds), a ReadingType (uom 72 = Wh,
 *   powerOfTenMultiplier, flowDirection 1 = delivered to the customer, 19 = received from the customer) and
 *   IntervalBlocks of IntervalReadings (timePeriod start in UTC seconds, duration in seconds, integer value).
 *   kWh = value × 10^powerOfTenMultiplier ÷ 1000.
 * - CSV: the utilities' variants, found by their header row. PG&E: TYPE, DATE, START TIME, END TIME, USAGE (or
 *   IMPORT (kWh) / EXPORT (kWh)), UNITS, COST; SDG&E: Meter Number, Date, Start Time, Duration, Consumption,
 *   Generation, Net; a generic start (and end) time with a usage/kWh column; SCE-style "start to end" cells. Times
 *   are clock times; lines before the header may name the account ("Account Number,…").
 *
 * Clock times become standard time: during daylight saving the clock is an hour ahead. On the spring-forward day
 * 02:00–02:59 does not exist, so a file has no readings there (23 hours that day): reported, nothing to fill. A
 * reading stamped in that hour anyway is dropped and reported (with its kWh when not zero). On the fall-back day
 * 01:00–01:59 happens twice: the first readings are daylight time and the repeats standard time; a file that lists
 * the hour once leaves one standard hour to fill, which is reported. XML times are UTC and need no such care.
 *
 * Refused, with the reason: not a usage file, gas or water, several meters in one file, readings longer than an
 * hour, negative readings (exports: import the delivered channel), another account than the customer's, fewer
 * than 365 days, more than 10 % of the year missing.
 */
import type { HourlyCalendar } from "./calendar";
import { monthlyTotals } from "./calendar";
import { isBlankRow, readCsv } from "./csv-read";
import { billInputError } from "./errors";
import { intervalsToYear, isoDateOfDay, type IntervalReading } from "./interval-year";
import { child, findAll, readXml, type XmlElement } from "./xml-read";

export interface GreenButtonOptions {
  /** The customer's account number as on their bill; a file naming another account is refused. */
  expectedAccount?: string;
  /** The site's standard-time UTC offset in hours (−8 in California, −5 in New England), for XML without LocalTimeParameters. */
  utcOffsetHours?: number;
  /** Whether the CSV's clock times follow daylight saving time (default true: every demo state does). */
  daylightSaving?: boolean;
}

export interface GreenButtonReport {
  format: "espi-xml" | "csv";
  /** Most common reading length: 15 or 60. */
  intervalMinutes: number;
  readingCount: number;
  /** The dates laid on the model year. */
  firstDate: string;
  lastDate: string;
  /** What happened on the daylight-saving days, one sentence each. */
  daylightSaving: string[];
  filledHours: number;
  filledRanges: string[];
  /** Readings dropped, one sentence each (a reading in the hour that does not exist, a duplicate). */
  dropped: string[];
  warnings: string[];
  account: string | null;
}

export interface GreenButtonUsage {
  hourlyKwh: Float64Array;
  monthlyKwh: number[];
  report: GreenButtonReport;
}

const FIELD = "greenButtonFile";

/** Reads a Green Button file (XML or CSV) onto the calendar, or refuses it with the reason. */
export function readGreenButton(text: string, calendar: HourlyCalendar, options: GreenButtonOptions = {}): GreenButtonUsage {
  if (text.trim() === "") throw billInputError(FIELD, "The file is empty.");
  const parsed = text.trimStart().startsWith("<") ? parseEspiXml(text, options) : parseGreenButtonCsv(text, options);
  const year = intervalsToYear(parsed.readings, calendar, FIELD);
  const warnings = [...parsed.warnings, ...year.notes];
  if (year.scaledHours > 0) warnings.push(`${year.scaledHours} hour${year.scaledHours === 1 ? "" : "s"} had only part of their readings and were scaled up to a full hour.`);
  if (calendar.year !== null && !year.firstDate.startsWith(String(calendar.year))) {
    warnings.push(`The readings (${year.firstDate} to ${year.lastDate}) are laid on ${calendar.label} by date: weekdays shift between years.`);
  }
  const dropped = [...parsed.dropped];
  if (year.duplicateReadings > 0) dropped.push(`${year.duplicateReadings} reading${year.duplicateReadings === 1 ? " was" : "s were"} listed twice; the first of each was kept.`);
  return {
    hourlyKwh: year.hourlyKwh,
    monthlyKwh: monthlyTotals(calendar, year.hourlyKwh),
    report: {
      format: parsed.format,
      intervalMinutes: mostCommon(parsed.readings.map((reading) => reading.durationMinutes)),
      readingCount: parsed.readings.length,
      firstDate: year.firstDate,
      lastDate: year.lastDate,
      daylightSaving: parsed.daylightSaving,
      filledHours: year.filledHours,
      filledRanges: year.filledRanges.slice(0, 10),
      dropped,
      warnings,
      account: parsed.account,
    },
  };
}

interface ParsedFile {
  format: "espi-xml" | "csv";
  readings: IntervalReading[];
  daylightSaving: string[];
  dropped: string[];
  warnings: string[];
  account: string | null;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

const digitsOf = (account: string) => account.replace(/\D/g, "").replace(/^0+/, "");

function checkAccount(found: string | null, options: GreenButtonOptions, warnings: string[]): void {
  if (!options.expectedAccount) return;
  if (found === null) {
    warnings.push("The file does not name an account: check that it is the customer's.");
    return;
  }
  const expected = digitsOf(options.expectedAccount);
  if (expected !== "" && digitsOf(found) !== expected) {
    throw billInputError(FIELD, `This file is for account ${found}, not the customer's account ${options.expectedAccount}: download the customer's own usage.`);
  }
}

function refuseReadingLength(minutes: number, where: string): never {
  throw billInputError(FIELD, `The readings are ${minutes}-minute intervals (${where}); hourly or 15-minute readings are needed. Download interval data, not daily or monthly totals.`);
}

// ---------------------------------------------------------------------------------------------------------------
// ESPI XML

function linkHrefs(entry: XmlElement, rel: string): string[] {
  return entry.children.filter((element) => element.name === "link" && (element.attributes.rel ?? "") === rel).map((element) => element.attributes.href ?? "");
}

/** The resource an Atom entry holds: its content's first element. */
function entryResource(entry: XmlElement): XmlElement | undefined {
  return child(entry, "content")?.children[0];
}

const lastSegment = (href: string) => href.replace(/\/+$/, "").split("/").pop() ?? "";

function numberIn(element: XmlElement | undefined, name: string): number | undefined {
  const found = element ? child(element, name) : undefined;
  if (!found || found.text === "") return undefined;
  const value = Number(found.text);
  return Number.isFinite(value) ? value : undefined;
}

function parseEspiXml(text: string, options: GreenButtonOptions): ParsedFile {
  const root = readXml(text, FIELD);
  const warnings: string[] = [];
  const entries = root.name === "feed" ? root.children.filter((element) => element.name === "entry") : [];

  // One meter, electricity.
  const usagePoints = findAll(root, "UsagePoint");
  if (usagePoints.length > 1) {
    throw billInputError(FIELD, `The file holds ${usagePoints.length} meters (usage points): download the usage of the customer's one electric meter.`);
  }
  const serviceKind = numberIn(usagePoints[0] ? child(usagePoints[0], "ServiceCategory") : undefined, "kind");
  if (serviceKind !== undefined && serviceKind !== 0) {
    const kinds: Record<number, string> = { 1: "gas", 2: "water" };
    throw billInputError(FIELD, `The file holds ${kinds[serviceKind] ?? `service kind ${serviceKind}`} usage, not electricity: download the electric usage.`);
  }

  // Time zone.
  const localTime = findAll(root, "LocalTimeParameters")[0];
  const tzOffsetSeconds = numberIn(localTime, "tzOffset");
  let offsetMinutes: number;
  if (tzOffsetSeconds !== undefined) offsetMinutes = tzOffsetSeconds / 60;
  else if (options.utcOffsetHours !== undefined) offsetMinutes = options.utcOffsetHours * 60;
  else throw billInputError(FIELD, "The file has no time zone (LocalTimeParameters): give the site's UTC offset (−8 for California, −5 for New England).");

  // Reading types, and which IntervalBlocks belong to which (through the entries' links when the feed has them).
  const readingTypes = new Map<string, XmlElement>();
  const readingTypeOfMeterReading = new Map<string, string>();
  const blocks: { block: XmlElement; meterReading: string | null }[] = [];
  for (const entry of entries) {
    const resource = entryResource(entry);
    if (!resource) continue;
    const self = linkHrefs(entry, "self")[0] ?? "";
    if (resource.name === "ReadingType") readingTypes.set(lastSegment(self), resource);
    if (resource.name === "MeterReading") {
      const related = linkHrefs(entry, "related").find((href) => href.includes("ReadingType"));
      if (related) readingTypeOfMeterReading.set(lastSegment(self), lastSegment(related));
    }
    if (resource.name === "IntervalBlock") {
      const up = linkHrefs(entry, "up")[0] ?? self;
      const match = /MeterReading\/([^/]+)/.exec(up);
      blocks.push({ block: resource, meterReading: match ? match[1]! : null });
    }
  }
  if (entries.length === 0 || blocks.length === 0) {
    for (const block of findAll(root, "IntervalBlock")) blocks.push({ block, meterReading: null });
    findAll(root, "ReadingType").forEach((readingType, index) => readingTypes.set(String(index), readingType));
  }
  if (blocks.length === 0) throw billInputError(FIELD, "The file has no IntervalBlock: it is not a Green Button usage file, or it holds bills only. Download the usage (interval) data.");

  const allTypes = [...readingTypes.values()];
  const flowOf = (readingType: XmlElement | undefined) => numberIn(readingType, "flowDirection") ?? 1;
  const delivered = allTypes.filter((readingType) => flowOf(readingType) === 1);
  if (allTypes.some((readingType) => flowOf(readingType) === 19)) {
    warnings.push("The file also records energy sent to the grid: the customer already generates power, so the delivered readings are what the home drew from the grid, not all it used.");
  }
  const typeOfBlock = (meterReading: string | null): XmlElement | undefined => {
    if (meterReading !== null) {
      const typeId = readingTypeOfMeterReading.get(meterReading);
      if (typeId !== undefined && readingTypes.has(typeId)) return readingTypes.get(typeId);
    }
    return delivered.length === 1 ? delivered[0] : allTypes.length === 1 ? allTypes[0] : undefined;
  };

  const readings: IntervalReading[] = [];
  for (const { block, meterReading } of blocks) {
    const readingType = typeOfBlock(meterReading);
    if (allTypes.length > 1 && readingType === undefined) {
      throw billInputError(FIELD, "The file has several reading types and its interval blocks do not say which they use: download the usage of one channel.");
    }
    if (readingType && flowOf(readingType) !== 1) continue;
    const uom = numberIn(readingType, "uom") ?? 72;
    if (uom === 169) throw billInputError(FIELD, "The file holds gas usage (therms), not electricity: download the electric usage.");
    if (uom !== 72) throw billInputError(FIELD, `The readings are in unit code ${uom}, not watt-hours (code 72): download energy (kWh) usage.`);
    if (numberIn(readingType, "accumulationBehaviour") === 1) {
      throw billInputError(FIELD, "The readings are cumulative meter registers, not interval usage: download interval usage.");
    }
    const scale = 10 ** (numberIn(readingType, "powerOfTenMultiplier") ?? 0) / 1000;
    for (const reading of findAll(block, "IntervalReading")) {
      const period = child(reading, "timePeriod");
      const start = numberIn(period, "start");
      const duration = numberIn(period, "duration") ?? numberIn(child(block, "interval"), "duration");
      const value = numberIn(reading, "value");
      if (start === undefined || value === undefined) {
        throw billInputError(FIELD, "An IntervalReading has no start time or no value: the file is damaged. Download it again.");
      }
      const startMinute = Math.round(start / 60 + offsetMinutes);
      const durationMinutes = Math.round((duration ?? 3600) / 60);
      const when = `${isoDateOfDay(Math.floor(startMinute / 1440))} ${minuteLabel(startMinute)} standard time`;
      if (durationMinutes > 60 || durationMinutes <= 0) refuseReadingLength(durationMinutes, `for example at ${when}`);
      if (value < 0) {
        throw billInputError(FIELD, `The reading at ${when} is negative (${value * scale} kWh): negative readings are energy sent to the grid. Download the delivered (consumption) usage.`);
      }
      readings.push({ startMinute, durationMinutes, kwh: value * scale });
    }
  }
  if (readings.length === 0) throw billInputError(FIELD, "The file has no readings of energy delivered to the home.");

  let account: string | null = null;
  const accountElement = findAll(root, "accountNumber")[0] ?? findAll(root, "accountId")[0];
  if (accountElement && accountElement.text !== "") account = accountElement.text;
  checkAccount(account, options, warnings);
  return { format: "espi-xml", readings, daylightSaving: [], dropped: [], warnings, account };
}

const minuteLabel = (minute: number) => {
  const ofDay = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(ofDay / 60)).padStart(2, "0")}:${String(ofDay % 60).padStart(2, "0")}`;
};

// ---------------------------------------------------------------------------------------------------------------
// CSV

interface Columns {
  date: number;
  start: number;
  end: number;
  duration: number;
  usage: number;
  units: number;
  generation: number;
}

const has = (pattern: RegExp, header: string) => pattern.test(header.toLowerCase());

function findColumns(header: readonly string[]): Columns | null {
  const find = (...patterns: RegExp[]) => {
    for (const pattern of patterns) {
      const index = header.findIndex((cell) => has(pattern, cell));
      if (index >= 0) return index;
    }
    return -1;
  };
  const usage = find(/^import\b/, /^usage\b/, /^consumption\b/, /^(energy )?(usage|consumption)/, /^kwh$/, /^value$/, /^(quantity|reading)\b/);
  const date = find(/^(date|read date|usage date|interval date|day)$/);
  const start = find(/^start( time)?$/, /^(interval )?start/, /^(date ?\/ ?time|timestamp|datetime|time period|interval|period)$/, /^time$/);
  if (usage < 0 || (date < 0 && start < 0)) return null;
  return {
    date,
    start,
    end: find(/^end( time)?$/, /^(interval )?end/),
    duration: find(/duration/),
    usage,
    units: find(/^units?$/, /^uom$/),
    generation: find(/^export\b/, /^generation\b/, /^(received|delivered to grid)/),
  };
}

/** "2026-03-08", "2026/03/08", "3/8/2026", "03/08/26" → [year, month, day]. */
function parseDate(text: string): [number, number, number] | null {
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (match) return [match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]), Number(match[1]), Number(match[2])];
  return null;
}

/** "0:15", "00:15:00", "12:15 AM", "1:00 pm" → minutes of the day. */
function parseTime(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[4]?.toLowerCase().replace(/\./g, "");
  if (meridiem === "am" && hour === 12) hour = 0;
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (hour > 24 || minute > 59) return null;
  return hour * 60 + minute;
}

/** A date and time in one cell ("2026-03-08 01:15", "2026-03-08T01:15:00", "3/8/2026 1:15 AM") → clock minutes since 1970. */
function parseDateTime(text: string): number | null {
  const trimmed = text.trim().replace(/(Z|[+-]\d{2}:?\d{2})$/, "");
  const match = /^(\S+)[T\s]+(.+)$/.exec(trimmed);
  if (!match) {
    const date = parseDate(trimmed);
    return date ? Date.UTC(date[0], date[1] - 1, date[2]) / 60_000 : null;
  }
  const date = parseDate(match[1]!);
  const time = parseTime(match[2]!);
  if (!date || time === null) return null;
  return Date.UTC(date[0], date[1] - 1, date[2]) / 60_000 + time;
}

/** Clock minutes of the daylight-saving switches of a year (US rules): [spring 02:00, fall 02:00 daylight]. */
function daylightSavingSwitches(year: number): [number, number] {
  const marchFirst = new Date(Date.UTC(year, 2, 1)).getUTCDay();
  const novemberFirst = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const spring = Date.UTC(year, 2, 1 + ((7 - marchFirst) % 7) + 7) / 60_000 + 120;
  const fall = Date.UTC(year, 10, 1 + ((7 - novemberFirst) % 7)) / 60_000 + 120;
  return [spring, fall];
}

function parseGreenButtonCsv(text: string, options: GreenButtonOptions): ParsedFile {
  const rows = readCsv(text, FIELD);
  const warnings: string[] = [];
  let account: string | null = null;
  let headerIndex = -1;
  let columns: Columns | null = null;
  for (let index = 0; index < rows.length && index < 60; index++) {
    const row = rows[index]!;
    if (isBlankRow(row)) continue;
    columns = findColumns(row);
    if (columns) {
      headerIndex = index;
      break;
    }
    if (/account/i.test(row[0] ?? "") && row[1]) account = row[1];
  }
  if (!columns) {
    throw billInputError(FIELD, "No header row with a date or start time and a usage (kWh) column was found: this is not a Green Button usage file.");
  }
  checkAccount(account, options, warnings);

  const observesDst = options.daylightSaving !== false;
  const switches = new Map<number, [number, number]>();
  const switchesOf = (year: number) => {
    let found = switches.get(year);
    if (!found) {
      found = daylightSavingSwitches(year);
      switches.set(year, found);
    }
    return found;
  };

  interface Row {
    line: number;
    clock: number;
    duration: number | null;
    kwh: number;
  }
  const parsedRows: Row[] = [];
  let generationKwh = 0;
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index]!;
    if (isBlankRow(row)) continue;
    const line = index + 1;
    const usageText = (row[columns.usage] ?? "").replace(/[$,\s]/g, "");
    if (usageText === "") continue;
    let kwh = Number(usageText);
    if (!Number.isFinite(kwh)) throw billInputError(FIELD, `Line ${line}: the usage "${row[columns.usage]}" is not a number.`);
    const unit = columns.units >= 0 ? (row[columns.units] ?? "").toLowerCase() : "kwh";
    if (unit === "wh") kwh /= 1000;
    else if (unit !== "" && unit !== "kwh") throw billInputError(FIELD, `Line ${line}: the unit is "${row[columns.units]}", not kWh: download electric usage.`);

    let clock: number | null = null;
    let end: number | null = null;
    const startCell = columns.start >= 0 ? row[columns.start] ?? "" : "";
    const rangeMatch = /^(.+?)\s+to\s+(.+)$/i.exec(startCell);
    if (rangeMatch) {
      clock = parseDateTime(rangeMatch[1]!);
      end = parseDateTime(rangeMatch[2]!);
    } else if (columns.date >= 0) {
      const date = parseDate(row[columns.date] ?? "");
      const startTime = columns.start >= 0 ? parseTime(startCell) : 0;
      if (date && startTime !== null) clock = Date.UTC(date[0], date[1] - 1, date[2]) / 60_000 + startTime;
      if (date && columns.end >= 0) {
        const endTime = parseTime(row[columns.end] ?? "");
        if (endTime !== null) end = Date.UTC(date[0], date[1] - 1, date[2]) / 60_000 + endTime + (endTime < (startTime ?? 0) ? 1440 : 0);
      }
    } else {
      clock = parseDateTime(startCell);
      if (columns.end >= 0) end = parseDateTime(row[columns.end] ?? "");
    }
    if (clock === null) throw billInputError(FIELD, `Line ${line}: the date and time "${[row[columns.date] ?? "", startCell].join(" ").trim()}" cannot be read.`);
    let duration: number | null = null;
    if (columns.duration >= 0) {
      const value = Number((row[columns.duration] ?? "").replace(/[^\d.]/g, ""));
      if (Number.isFinite(value) && value > 0) duration = value;
    } else if (end !== null) {
      const span = end - clock;
      // PG&E writes the last minute of the interval ("00:00–00:14"): add it back.
      duration = span % 5 === 4 ? span + 1 : span;
    }
    if (kwh < 0) {
      throw billInputError(FIELD, `Line ${line}: the reading at ${isoDateOfDay(Math.floor(clock / 1440))} ${minuteLabel(clock)} is negative (${kwh} kWh): negative readings are energy sent to the grid. Download the delivered (consumption) usage.`);
    }
    if (columns.generation >= 0) generationKwh += Math.abs(Number((row[columns.generation] ?? "").replace(/[$,\s]/g, "")) || 0);
    parsedRows.push({ line, clock, duration, kwh });
  }
  if (parsedRows.length === 0) throw billInputError(FIELD, "The file has a header but no readings.");

  // Durations missing: the spacing of the readings.
  let spacing = Infinity;
  for (let index = 1; index < parsedRows.length; index++) {
    const gap = parsedRows[index]!.clock - parsedRows[index - 1]!.clock;
    if (gap > 0 && gap < spacing) spacing = gap;
  }
  if (!Number.isFinite(spacing)) spacing = 60;

  // Clock → standard time, and the daylight-saving days.
  const readings: IntervalReading[] = [];
  const daylightSaving: string[] = [];
  const dropped: string[] = [];
  const ambiguousSeen = new Set<number>();
  const springSeen = new Map<number, number>();
  const fallRepeats = new Map<number, number>();
  const fallDaysInFile = new Set<number>();
  for (const row of parsedRows) {
    const duration = row.duration ?? spacing;
    if (duration > 60) refuseReadingLength(duration, `line ${row.line}`);
    let standard = row.clock;
    if (observesDst) {
      const year = new Date(row.clock * 60_000).getUTCFullYear();
      const [spring, fall] = switchesOf(year);
      if (row.clock >= spring && row.clock < spring + 60) {
        springSeen.set(spring, (springSeen.get(spring) ?? 0) + row.kwh);
        dropped.push(`Line ${row.line}: ${isoDateOfDay(Math.floor(row.clock / 1440))} ${minuteLabel(row.clock)} does not exist (clocks sprang forward at 02:00); its reading of ${row.kwh} kWh was dropped.`);
        continue;
      }
      if (row.clock >= fall - 60 && row.clock < fall) {
        fallDaysInFile.add(fall);
        // 01:00–01:59 happens twice: first in daylight time, then in standard time.
        if (ambiguousSeen.has(row.clock)) {
          fallRepeats.set(fall, (fallRepeats.get(fall) ?? 0) + 1);
        } else {
          ambiguousSeen.add(row.clock);
          standard = row.clock - 60;
        }
      } else if (row.clock >= spring && row.clock < fall) {
        standard = row.clock - 60;
      }
    }
    readings.push({ startMinute: standard, durationMinutes: duration, kwh: row.kwh });
  }
  if (observesDst) {
    const years = new Set(parsedRows.map((row) => new Date(row.clock * 60_000).getUTCFullYear()));
    const first = parsedRows[0]!.clock;
    const last = parsedRows[parsedRows.length - 1]!.clock;
    for (const year of [...years].sort()) {
      const [spring, fall] = switchesOf(year);
      if (spring > first && spring < last && !springSeen.has(spring)) {
        daylightSaving.push(`${isoDateOfDay(Math.floor(spring / 1440))}: clocks sprang forward at 02:00; the file has no 02:00 readings, as expected (a 23-hour day). Nothing is missing.`);
      } else if (springSeen.has(spring)) {
        daylightSaving.push(`${isoDateOfDay(Math.floor(spring / 1440))}: clocks sprang forward at 02:00, but the file has readings stamped 02:00–02:59, a time that did not exist; they were dropped.`);
      }
      if (fall > first && fall < last) {
        const day = isoDateOfDay(Math.floor(fall / 1440));
        if ((fallRepeats.get(fall) ?? 0) > 0) {
          daylightSaving.push(`${day}: clocks fell back at 02:00, and the file lists 01:00–01:59 twice: the first readings count as daylight time, the repeats as standard time (a 25-hour day).`);
        } else if (fallDaysInFile.has(fall)) {
          daylightSaving.push(`${day}: clocks fell back at 02:00, but the file lists 01:00–01:59 once: the repeated hour has no reading and is filled from the nearest days.`);
        }
      }
    }
  }
  if (generationKwh > 0) {
    warnings.push("The file also records energy sent to the grid: the customer already generates power, so the usage readings are what the home drew from the grid, not all it used.");
  }
  return { format: "csv", readings, daylightSaving, dropped, warnings, account };
}
