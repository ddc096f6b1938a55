import { describe, expect, it } from "vitest";
import { groupActivityBursts, type ActivityEntry } from "./activity-bursts";

const start = Date.UTC(2026, 11, 3, 14, 0);
let nextId = 0;

/** An entry `minutes` after 2:00 PM; the lists below are written oldest first, then reversed into the feed's order. */
function at(minutes: number, actorName: string, action: string, summary: string): ActivityEntry {
  nextId += 1;
  return { id: `e${nextId}`, actorName, action, summary, createdAt: new Date(start + minutes * 60_000) };
}
const enabled = (minutes: number, who = "Dana", program = "CT-ESS", option = "Option A") => at(minutes, who, "program.enabled", `Enabled ${program} on “${option}”.`);
const disabled = (minutes: number, who = "Dana", program = "CT-ESS", option = "Option A") => at(minutes, who, "program.disabled", `Disabled ${program} on “${option}”.`);
const newestFirst = (entries: ActivityEntry[]) => [...entries].reverse();

describe("groupActivityBursts", () => {
  const tenSwitches = Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? enabled(index * 0.5) : disabled(index * 0.5)));

  it.each([
    {
      label: "ten switches of one program by one person within minutes become one line, saying how it ended",
      entries: tenSwitches,
      lines: [{ actorName: "Dana", summary: "Switched CT-ESS on “Option A” 10 times, ending disabled.", count: 10 }],
    },
    {
      label: "a single switch keeps its own sentence",
      entries: [enabled(0)],
      lines: [{ actorName: "Dana", summary: "Enabled CT-ESS on “Option A”.", count: 1 }],
    },
    {
      label: "two programs on the same option are two subjects, so two lines",
      entries: [enabled(0), enabled(1, "Dana", "ConnectedSolutions")],
      lines: [
        { summary: "Enabled ConnectedSolutions on “Option A”.", count: 1 },
        { summary: "Enabled CT-ESS on “Option A”.", count: 1 },
      ],
    },
    {
      label: "the same program on two options is two subjects too",
      entries: [enabled(0), disabled(1), enabled(2, "Dana", "CT-ESS", "Option B")],
      lines: [
        { summary: "Enabled CT-ESS on “Option B”.", count: 1 },
        { summary: "Switched CT-ESS on “Option A” 2 times, ending disabled.", count: 2 },
      ],
    },
    {
      label: "another person's switch in between ends the burst (only consecutive entries by one person join)",
      entries: [enabled(0), disabled(1), enabled(2, "Sam"), disabled(3)],
      lines: [
        { actorName: "Dana", summary: "Disabled CT-ESS on “Option A”.", count: 1 },
        { actorName: "Sam", summary: "Enabled CT-ESS on “Option A”.", count: 1 },
        { actorName: "Dana", summary: "Switched CT-ESS on “Option A” 2 times, ending disabled.", count: 2 },
      ],
    },
    {
      label: "an unrelated change in between ends the burst",
      entries: [enabled(0), at(1, "Dana", "option.updated", "Changed Option A: PV size 8 kW → 9 kW."), disabled(2)],
      lines: [{ count: 1 }, { count: 1 }, { count: 1 }],
    },
    {
      // Boundary: exactly the gap still joins; the gap is measured between neighbours, so a steady pace chains.
      label: "clicks 5 minutes apart (the limit) chain into one burst, even across 15 minutes",
      entries: [enabled(0), disabled(5), enabled(10), disabled(15)],
      lines: [{ summary: "Switched CT-ESS on “Option A” 4 times, ending disabled.", count: 4 }],
    },
    {
      label: "a pause longer than 5 minutes starts a new line",
      entries: [enabled(0), disabled(1), enabled(7), disabled(8)],
      lines: [
        { summary: "Switched CT-ESS on “Option A” 2 times, ending disabled.", count: 2 },
        { summary: "Switched CT-ESS on “Option A” 2 times, ending disabled.", count: 2 },
      ],
    },
    {
      label: "the very same change repeated becomes one line with a count",
      entries: [at(0, "Dana", "option.updated", "Saved Option A without changes."), at(1, "Dana", "option.updated", "Saved Option A without changes."), at(2, "Dana", "option.updated", "Saved Option A without changes.")],
      lines: [{ summary: "Saved Option A without changes (3 times).", count: 3 }],
    },
    {
      label: "different changes of the same kind stay apart: each says what changed",
      entries: [at(0, "Dana", "option.updated", "Changed Option A: PV size 8 kW → 9 kW."), at(1, "Dana", "option.updated", "Changed Option A: PV size 9 kW → 10 kW.")],
      lines: [{ count: 1 }, { count: 1 }],
    },
    {
      label: "a switch whose sentence is not the usual one is grouped only with exact repeats",
      entries: [at(0, "Dana", "program.enabled", "Turned on CT-ESS."), at(1, "Dana", "program.disabled", "Turned off CT-ESS.")],
      lines: [{ summary: "Turned off CT-ESS.", count: 1 }, { summary: "Turned on CT-ESS.", count: 1 }],
    },
    { label: "no activity, no lines", entries: [], lines: [] },
  ])("$label", ({ entries, lines }) => {
    expect(groupActivityBursts(newestFirst(entries))).toMatchObject(lines);
    expect(groupActivityBursts(newestFirst(entries))).toHaveLength(lines.length);
  });

  it("a burst is named by its newest entry and spans from its oldest to its newest", () => {
    const [line] = groupActivityBursts(newestFirst(tenSwitches));
    expect(line).toEqual({
      id: tenSwitches[9]!.id,
      actorName: "Dana",
      summary: "Switched CT-ESS on “Option A” 10 times, ending disabled.",
      count: 10,
      latestAt: tenSwitches[9]!.createdAt,
      earliestAt: tenSwitches[0]!.createdAt,
    });
  });

  it("a wider gap joins what the default keeps apart", () => {
    const entries = newestFirst([enabled(0), disabled(20)]);
    expect(groupActivityBursts(entries)).toHaveLength(2);
    expect(groupActivityBursts(entries, 30)).toMatchObject([{ count: 2, summary: "Switched CT-ESS on “Option A” 2 times, ending disabled." }]);
  });
});
