/**
 * Actual against modeled (issue #7): for each program a sold proposal counted and each season with measured grid
 * events, the annual benefit the proposal modeled beside what the measured performance earns under the same
 * program's rules. "Earns" runs the program's own rule (lib/programs, through the engine) on the proposal's stored
 * option with one input changed: the average delivered power, set to what the batteries actually delivered.
 * Everything else (rates chosen, reserve, paid seasons, caps) stays as the proposal had it, so the difference is
 * the batteries' performance alone.
 *
 * Which year: the modeled figure is the program's payment in its first paid project year; the actual figure is the
 * same year under the measured power. A season is a calendar year of events.
 */
import type { Cents } from "../core/money/round";
import type { VersionSnapshot } from "./snapshot";
import { evaluateStoredOption } from "./evaluate";

export interface MeasuredEvent {
  programId: string;
  startAt: Date;
  /** The site's average kW over the event: the sum over its batteries. */
  averageKw: number;
}

export interface SeasonComparison {
  programId: string;
  programName: string;
  season: number;
  events: number;
  modeledKw: number | null;
  measuredKw: number;
  modeledAnnualCents: Cents;
  actualAnnualCents: Cents;
  /** actual − modeled. */
  differenceCents: Cents;
}

export function compareActualToModeled(snapshot: VersionSnapshot, events: readonly MeasuredEvent[]): SeasonComparison[] {
  const counted = snapshot.evaluation.programs.filter((program) => program.isCounted);
  const rows: SeasonComparison[] = [];
  for (const program of counted) {
    const yearIndex = program.annualCents.findIndex((cents) => cents !== 0);
    if (yearIndex === -1) continue;
    const bySeason = new Map<number, number[]>();
    for (const event of events) {
      if (event.programId !== program.id) continue;
      const season = event.startAt.getUTCFullYear();
      bySeason.set(season, [...(bySeason.get(season) ?? []), Math.max(0, event.averageKw)]);
    }
    for (const [season, kws] of [...bySeason].sort(([a], [b]) => a - b)) {
      const measuredKw = kws.reduce((sum, kw) => sum + kw, 0) / kws.length;
      const modeledAnnualCents = program.annualCents[yearIndex]!;
      const actualAnnualCents = annualAt(snapshot, program.id, measuredKw, yearIndex);
      rows.push({
        programId: program.id,
        programName: program.shortName,
        season,
        events: kws.length,
        modeledKw: program.averageKw?.kw ?? null,
        measuredKw,
        modeledAnnualCents,
        actualAnnualCents,
        differenceCents: actualAnnualCents - modeledAnnualCents,
      });
    }
  }
  return rows;
}

/**
 * The program's payment in one project year with the measured average power as its input, everything else as the
 * version was finalized: its proposal date (DSGS's default seasons follow it) and the program's inputs as the engine
 * read them then (defaults filled in, so a version from before a default changed keeps its own).
 */
function annualAt(snapshot: VersionSnapshot, programId: string, averageDeliveredKw: number, yearIndex: number): Cents {
  const modeled = snapshot.evaluation.programs.find((program) => program.id === programId);
  const inputsThen = (program: { inputs: unknown }) => (modeled?.isCounted && typeof modeled.inputs === "object" && modeled.inputs !== null ? modeled.inputs : program.inputs);
  const option = {
    ...snapshot.option,
    programs: snapshot.option.programs.map((program) =>
      program.programId === programId ? { ...program, inputs: { ...(inputsThen(program) as object), averageDeliveredKw: round3(averageDeliveredKw) } } : program,
    ),
  };
  // Versions finalized before the date was recorded have none: they are priced as of today.
  const proposalDate: string | undefined = snapshot.evaluation.proposalDate;
  const result = evaluateStoredOption(option, proposalDate === undefined ? {} : { proposalDate }).programs.find((program) => program.id === programId);
  return result?.isCounted ? (result.annualCents[yearIndex] ?? 0) : 0;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
