import { describe, expect, test } from "vitest";
import { annualByProjectYear, describeProgramYears, describeSchedule } from "./schedule";

describe("program years placed into project years", () => {
  const bands = [
    { fromProgramYear: 1, toProgramYear: 2, cents: 100 },
    { fromProgramYear: 3, cents: 50 },
  ];
  test.each([
    { label: "from year 1, no end", schedule: { years: 5, startYear: 1 }, expected: [100, 100, 50, 50, 50] },
    { label: "starting in year 2 shifts every band", schedule: { years: 5, startYear: 2 }, expected: [0, 100, 100, 50, 50] },
    { label: "paid seasons stop the payments", schedule: { years: 5, startYear: 1, paidSeasons: 3 }, expected: [100, 100, 50, 0, 0] },
    { label: "paid seasons count from the first season", schedule: { years: 5, startYear: 3, paidSeasons: 2 }, expected: [0, 0, 100, 100, 0] },
    { label: "a start after the horizon pays nothing", schedule: { years: 3, startYear: 4 }, expected: [0, 0, 0] },
  ])("$label", ({ schedule, expected }) => {
    expect(annualByProjectYear(schedule, bands)).toEqual(expected);
  });

  test("years outside every band pay nothing", () => {
    expect(annualByProjectYear({ years: 4, startYear: 1 }, [{ fromProgramYear: 2, toProgramYear: 3, cents: 7 }])).toEqual([0, 7, 7, 0]);
  });
});

describe("schedule wording", () => {
  test.each([
    { label: "program years are project years", from: 1, to: 5, startYear: 1, expected: "Years 1–5" },
    { label: "a single year", from: 6, to: 6, startYear: 1, expected: "Year 6" },
    { label: "open-ended", from: 11, to: undefined, startYear: 1, expected: "Years 11 on" },
    { label: "shifted by a late start", from: 1, to: 5, startYear: 2, expected: "Program years 1–5 (project years 2–6)" },
  ])("$label", ({ from, to, startYear, expected }) => {
    expect(describeProgramYears(from, to, startYear)).toBe(expected);
  });

  test("paid seasons are stated with the assumption behind them", () => {
    expect(describeSchedule({ years: 25, startYear: 2, paidSeasons: 1 }, "Because.")).toEqual([
      "First participating season: project year 2 (no payment before)",
      "Paid seasons: 1 (project year 2). Because.",
    ]);
  });
});
