/**
 * Program years and project years. A program pays by program year (its first participating
 * season is program year 1); the proposal shows project years (year 1 = the first year after
 * installation). A battery that misses its first season starts in project year 2.
 */
import type { Cents } from "../money/round";

export interface Schedule {
  /** Project horizon in years. */
  years: number;
  /** Project year of the first participating season (1-based). */
  startYear: number;
  /** Seasons paid, counted from the first participating one; undefined: no announced end. */
  paidSeasons?: number | undefined;
}

/** Program year of a project year, or 0 when the battery does not take part that year. */
export function programYearOf(projectYear: number, schedule: Schedule): number {
  const programYear = projectYear - schedule.startYear + 1;
  if (programYear < 1) return 0;
  if (schedule.paidSeasons !== undefined && programYear > schedule.paidSeasons) return 0;
  return programYear;
}

/**
 * A constant payment over a range of program years: `{ fromProgramYear: 1, toProgramYear: 5,
 * cents }`. `toProgramYear` undefined: every later year.
 */
export interface PaymentBand {
  fromProgramYear: number;
  toProgramYear?: number | undefined;
  cents: Cents;
}

/**
 * One entry per project year: what the program pays that year. Program years outside every band,
 * before the first participating season or after the paid seasons pay nothing.
 */
export function annualByProjectYear(schedule: Schedule, bands: readonly PaymentBand[]): Cents[] {
  const annualCents = new Array<Cents>(schedule.years);
  for (let projectYear = 1; projectYear <= schedule.years; projectYear++) {
    const programYear = programYearOf(projectYear, schedule);
    let cents = 0;
    if (programYear !== 0) {
      for (const band of bands) {
        if (programYear >= band.fromProgramYear && (band.toProgramYear === undefined || programYear <= band.toProgramYear)) {
          cents = band.cents;
          break;
        }
      }
    }
    annualCents[projectYear - 1] = cents;
  }
  return annualCents;
}

/** The explanation lines on when payments start and stop. */
export function describeSchedule(schedule: Schedule, paidSeasonsAssumption: string): string[] {
  const lines: string[] = [];
  if (schedule.startYear > 1) {
    lines.push(`First participating season: project year ${schedule.startYear} (no payment before)`);
  }
  if (schedule.paidSeasons !== undefined) {
    const first = schedule.startYear;
    const last = first + schedule.paidSeasons - 1;
    const when =
      schedule.paidSeasons === 0 ? "none" : first === last ? `project year ${first}` : `project years ${first}–${last}`;
    lines.push(`Paid seasons: ${schedule.paidSeasons} (${when}). ${paidSeasonsAssumption}`);
  }
  return lines;
}

/**
 * "Years 1–5" when program years are project years, else "Program years 1–5 (project years 2–6)".
 * `toProgramYear` undefined means "and after".
 */
export function describeProgramYears(fromProgramYear: number, toProgramYear: number | undefined, startYear: number): string {
  const range = (from: number, to: number | undefined) =>
    to === undefined ? `${from} on` : from === to ? `${from}` : `${from}–${to}`;
  const plural = toProgramYear === fromProgramYear ? "" : "s";
  if (startYear === 1) return `Year${plural} ${range(fromProgramYear, toProgramYear)}`;
  const shift = startYear - 1;
  return `Program year${plural} ${range(fromProgramYear, toProgramYear)} (project year${plural} ${range(
    fromProgramYear + shift,
    toProgramYear === undefined ? undefined : toProgramYear + shift,
  )})`;
}
