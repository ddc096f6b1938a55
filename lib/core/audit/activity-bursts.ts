/**
 * The project's activity as lines a person reads: a burst of clicks (a program switched on and off ten times while
 * someone explores its value, the same save repeated) becomes one line, "Switched CT-ESS on “Option A” 10 times,
 * ending enabled.", instead of ten rows that push everything else out of sight. Pure, so it is tested without a
 * database.
 */

/** One audit row, as the project page reads it (newest first). */
export interface ActivityEntry {
  id: string;
  actorName: string;
  action: string;
  summary: string;
  createdAt: Date;
}

/** One line of the feed: a single change (`count` 1) or a burst of alike changes by one person. */
export interface ActivityLine {
  /** The newest entry's id: stable while older entries join the burst. */
  id: string;
  actorName: string;
  summary: string;
  count: number;
  latestAt: Date;
  earliestAt: Date;
}

/** Clicks at most this far apart belong to one burst; a pause longer than this starts a new line. */
export const BURST_GAP_MINUTES = 5;

const SWITCH_ACTIONS = new Set(["program.enabled", "program.disabled"]);
// lib/actions/incentives/set-program-enabled.ts writes `Enabled CT-ESS on “Option A”.` / `Disabled …`.
const SWITCH_SUMMARY = /^(Enabled|Disabled) (.+?)\.?$/;

type Kind = { kind: "switch"; subject: string; isOn: boolean } | { kind: "repeat" };

function kindOf(entry: ActivityEntry): Kind {
  const match = SWITCH_ACTIONS.has(entry.action) ? SWITCH_SUMMARY.exec(entry.summary) : null;
  return match ? { kind: "switch", subject: match[2]!, isOn: match[1] === "Enabled" } : { kind: "repeat" };
}

/** What makes two entries "alike": the same program on the same option whichever way it was switched, else the very same change. */
function burstKeyOf(entry: ActivityEntry): string {
  const kind = kindOf(entry);
  return kind.kind === "switch" ? `switch\u0000${kind.subject}` : `repeat\u0000${entry.action}\u0000${entry.summary}`;
}

function burstSummary(newest: ActivityEntry, count: number): string {
  const kind = kindOf(newest);
  if (kind.kind === "switch") return `Switched ${kind.subject} ${count} times, ending ${kind.isOn ? "enabled" : "disabled"}.`;
  return `${newest.summary.replace(/\.$/, "")} (${count} times).`;
}

/**
 * Joins runs of alike entries by the same person into one line each. `entries` are newest first, as the data layer
 * returns them; a run continues while each entry is within `gapMinutes` of the one before it, so a slow, steady
 * exploration stays one line, and anything else in between (another person, another change) ends it.
 */
export function groupActivityBursts(entries: readonly ActivityEntry[], gapMinutes: number = BURST_GAP_MINUTES): ActivityLine[] {
  const gapMs = gapMinutes * 60_000;
  const runs: ActivityEntry[][] = [];
  for (const entry of entries) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    const joins =
      previous !== undefined &&
      previous.actorName === entry.actorName &&
      burstKeyOf(previous) === burstKeyOf(entry) &&
      Math.abs(previous.createdAt.getTime() - entry.createdAt.getTime()) <= gapMs;
    if (joins) run!.push(entry);
    else runs.push([entry]);
  }
  return runs.map((run) => {
    const newest = run[0]!;
    const oldest = run.at(-1)!;
    return {
      id: newest.id,
      actorName: newest.actorName,
      summary: run.length === 1 ? newest.summary : burstSummary(newest, run.length),
      count: run.length,
      latestAt: newest.createdAt,
      earliestAt: oldest.createdAt,
    };
  });
}
