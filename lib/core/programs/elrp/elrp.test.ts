import { describe, expect, test } from "vitest";
import { makeContext, runProgram } from "../test-helpers";
import { elrp } from "./program";

const PGE = { project: { state: "CA", segment: "residential" as const, utility: "PG&E", tariff: "NEM2" as const } };

describe("ELRP: the administrator's per-event example", () => {
  // Two 10 kWh batteries with a 20% reserve can deliver 16 kWh; the home would have drawn 4 kWh
  // anyway; 12 kWh are credited: $24 for the event. Modeled as one 2-hour event served in full
  // (high participation, 2 event hours in the season), a 2 kW home load (4 kWh over 2 h) and
  // enough inverter power (2 × 5 kW) that energy, not power, sets the output.
  const result = runProgram(
    elrp,
    makeContext({ ...PGE, participation: "high", battery: { capacityKwh: 10, powerKw: 5, count: 2, reservePercent: 20 } }),
    { eventDurationHours: 2, eventHoursPerSeason: 2, homeLoadKw: 2 },
  );

  test("16 kWh delivered − 4 kWh home = 12 kWh credited × $2 = $24", () => {
    expect(result.averageKw).toEqual({ kw: 8, source: "modeled" });
    expect(result.annualCents[0]).toBe(2400);
    expect(result.explanation).toContain("Season: 6 kW × 2 event hours = 12 kWh × $2/kWh = $24");
  });
});

describe("ELRP minimum payout", () => {
  test.each([
    { label: "a season below the minimum pays 0", minimumPayoutDollars: 250, expectedCents: 0 },
    { label: "a season exactly at the minimum is paid", minimumPayoutDollars: 216, expectedCents: 21_600 },
    { label: "no minimum (the default) pays the season", minimumPayoutDollars: 0, expectedCents: 21_600 },
  ])("$label", ({ minimumPayoutDollars, expectedCents }) => {
    // Typical battery: 2.7 kW credited × 40 h × $2 = $216.
    const result = runProgram(elrp, makeContext(PGE), { minimumPayoutDollars });
    expect(result.annualCents[0]).toBe(expectedCents);
  });

  test("the explanation says when the minimum is not met", () => {
    const result = runProgram(elrp, makeContext(PGE), { minimumPayoutDollars: 250 });
    expect(result.explanation).toContain("Below the $250 minimum payout: nothing is paid for the season");
  });
});

describe("ELRP seed range: typical systems earn $100 to $250 a year", () => {
  test.each([
    { label: "one 13.5 kWh / 5 kW battery", battery: { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 } },
    { label: "one 13.5 kWh / 11.5 kW battery (energy-limited)", battery: { capacityKwh: 13.5, powerKw: 11.5, count: 1, reservePercent: 20 } },
    { label: "one 10 kWh / 3.84 kW battery", battery: { capacityKwh: 10, powerKw: 3.84, count: 1, reservePercent: 20 } },
    { label: "two 5 kWh / 3.84 kW batteries", battery: { capacityKwh: 5, powerKw: 3.84, count: 2, reservePercent: 20 } },
  ])("$label, default inputs", ({ battery }) => {
    const result = runProgram(elrp, makeContext({ ...PGE, battery }));
    expect(result.annualCents[0]).toBeGreaterThanOrEqual(10_000);
    expect(result.annualCents[0]).toBeLessThanOrEqual(25_000);
  });
});

describe("ELRP term and export", () => {
  test("by default only one season is paid (the pilot's last authorized season), and the explanation says so", () => {
    const result = runProgram(elrp, makeContext(PGE));
    expect(result.annualCents.filter((cents) => cents > 0)).toHaveLength(1);
    expect(result.explanation.some((line) => line.startsWith("Paid seasons: 1 (project year 1). Default 1:"))).toBe(true);
  });

  test.each([
    { label: "start in year 2, three seasons", inputs: { startYear: 2, paidSeasons: 3 }, paidYears: [2, 3, 4] },
    { label: "zero paid seasons", inputs: { paidSeasons: 0 }, paidYears: [] },
  ])("schedule: $label", ({ inputs, paidYears }) => {
    const result = runProgram(elrp, makeContext(PGE), inputs);
    const years = result.annualCents.flatMap((cents, index) => (cents > 0 ? [index + 1] : []));
    expect(years).toEqual(paidYears);
  });

  test("without solar the battery cannot export: it only covers the home load, which earns no credit", () => {
    const result = runProgram(elrp, makeContext({ ...PGE, hasSolar: false }));
    expect(result.annualCents[0]).toBe(0);
    expect(result.warnings.some((warning) => warning.startsWith("No solar on site"))).toBe(true);
  });

  test("the installer's average kW replaces the model, and the explanation says which was used", () => {
    const result = runProgram(elrp, makeContext(PGE), { averageDeliveredKw: 6 });
    // (6 − 2 × 0.9) = 4.2 kW × 40 h × $2 = $336.
    expect(result.averageKw).toEqual({ kw: 6, source: "override" });
    expect(result.annualCents[0]).toBe(33_600);
    expect(result.explanation[0]).toMatch(/installer's figure/);
  });

  test("event hours outside PG&E's 20 to 60 earn a warning", () => {
    const result = runProgram(elrp, makeContext(PGE), { eventHoursPerSeason: 80 });
    expect(result.warnings.some((warning) => warning.includes("outside the 20 to 60"))).toBe(true);
  });
});
