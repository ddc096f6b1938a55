/**
 * When each Grid Services program calls its events, for the bill model: the battery is held full before an event and
 * discharges in it, which costs it some of its bill savings (and earns export credits where it exports). The months,
 * windows and counts are the programs' published ones (docs/programs.md and each program's source in
 * lib/core/programs); where a program gives a range, the model takes a middle figure and says so. Event days are the
 * season's weekdays with the most usage in the window (pickEventDays): grid operators call events on hot days.
 */
import type { HourlyCalendar } from "./calendar";
import { buildEventSchedule, pickEventDays, type EventSchedule } from "./dispatch";

export interface EventPattern {
  programId: string;
  /** Calendar months (1–12) of each season, with its event count and clock start hour. */
  seasons: readonly { months: readonly number[]; events: number; startHour: number }[];
  /** The program's default event length, hours; the program's own input overrides it. */
  durationHours: number;
  basis: string;
}

export const EVENT_PATTERNS: readonly EventPattern[] = [
  {
    programId: "elrp",
    // 20 to 60 event hours a season (May–October, 4–9 p.m.); the program's "event hours per season" input sets the count.
    seasons: [{ months: [5, 6, 7, 8, 9, 10], events: 10, startHour: 17 }],
    durationHours: 2,
    basis: "ELRP: May to October, events between 4 and 9 p.m.; events = the program's event hours per season ÷ event length.",
  },
  {
    programId: "dsgs",
    seasons: [{ months: [5, 6, 7, 8, 9, 10], events: 20, startHour: 16 }],
    durationHours: 3,
    basis: "DSGS: May to October, events between 4 and 9 p.m.; 20 events assumed (the program publishes no count).",
  },
  {
    programId: "connected-solutions-ma",
    seasons: [
      { months: [6, 7, 8, 9], events: 45, startHour: 15 },
      { months: [12, 1, 2, 3], events: 5, startHour: 17 },
    ],
    durationHours: 3,
    basis: "ConnectedSolutions (MA): June to September, 2 to 7 p.m., at most 60 events (45 assumed); December to March, at most 5.",
  },
  {
    programId: "connected-solutions-ri",
    seasons: [{ months: [6, 7, 8, 9], events: 45, startHour: 16 }],
    durationHours: 3,
    basis: "ConnectedSolutions (RI): June to September, 3 to 8 p.m., at most 60 events (45 assumed).",
  },
  {
    programId: "ct-ess",
    seasons: [
      { months: [6, 7, 8, 9], events: 50, startHour: 16 },
      { months: [12, 1, 2], events: 5, startHour: 17 },
    ],
    durationHours: 3,
    basis: "Energy Storage Solutions (CT): about 50 summer and 5 winter events of 3 hours (program changes of April 1, 2026).",
  },
];

export interface ProgramEvents {
  programId: string;
  /** The program's event length input, hours (rounded to whole hours for the hourly model). */
  eventDurationHours?: number;
  /** ELRP's event hours per season. */
  eventHoursPerSeason?: number;
  /** Storm Guard days: events the battery does not serve. */
  stormGuardDays?: number;
}

export interface OptionEvents {
  schedule: EventSchedule;
  /** One line per program: its events in the model. */
  lines: { programId: string; days: number; startHour: number; durationHours: number; basis: string }[];
}

/**
 * The event days of the counted programs, on one schedule. Two programs rarely count together (most exclude each
 * other); when they do, their days are pooled and every event takes the first program's window.
 */
export function optionEvents(calendar: HourlyCalendar, usageKwh: Float64Array, programs: readonly ProgramEvents[]): OptionEvents | null {
  const lines: OptionEvents["lines"] = [];
  const days = new Set<number>();
  let window: { startHour: number; durationHours: number } | null = null;
  for (const program of programs) {
    const pattern = EVENT_PATTERNS.find((candidate) => candidate.programId === program.programId);
    if (!pattern) continue;
    const durationHours = Math.min(5, Math.max(1, Math.round(program.eventDurationHours ?? pattern.durationHours)));
    let programDays = 0;
    for (const season of pattern.seasons) {
      const startHour = Math.min(season.startHour, 24 - durationHours);
      let count = season.events;
      if (program.programId === "elrp" && program.eventHoursPerSeason !== undefined) count = Math.round(program.eventHoursPerSeason / durationHours);
      count = Math.max(0, count - Math.round((program.stormGuardDays ?? 0) * (season.events / totalEvents(pattern))));
      window ??= { startHour, durationHours };
      const picked = pickEventDays(calendar, usageKwh, { months: season.months, count, startHour: window.startHour, durationHours: window.durationHours });
      for (const day of picked) days.add(day);
      programDays += picked.length;
    }
    lines.push({ programId: pattern.programId, days: programDays, startHour: window!.startHour, durationHours: window!.durationHours, basis: pattern.basis });
  }
  if (!window || days.size === 0) return null;
  return { schedule: buildEventSchedule(calendar, [...days].sort((a, b) => a - b), window.startHour, window.durationHours), lines };
}

function totalEvents(pattern: EventPattern): number {
  return pattern.seasons.reduce((sum, season) => sum + season.events, 0) || 1;
}
