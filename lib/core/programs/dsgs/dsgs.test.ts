import { describe, expect, test } from "vitest";
import { makeContext, runProgram } from "../test-helpers";
import type { Tariff } from "../types";
import { chooseDsgsFramework, defaultDsgsSeasons, dsgs } from "./program";

const SCE = (tariff: Tariff | null) => ({ project: { state: "CA", segment: "residential" as const, utility: "SCE", tariff } });

describe("DSGS tariff framework", () => {
  test.each([
    { label: "NEM 1.0: no export", tariff: "NEM1" as const, exportApproved: false, hasSolar: true, framework: "nem", warns: false },
    { label: "NEM 2.0: no export, even if 'approved' is set", tariff: "NEM2" as const, exportApproved: true, hasSolar: true, framework: "nem", warns: false },
    { label: "NBT approved for export: export", tariff: "NBT" as const, exportApproved: true, hasSolar: true, framework: "nbt-export", warns: false },
    { label: "NBT not approved for export falls back to the NEM 1.0/2.0 framework", tariff: "NBT" as const, exportApproved: false, hasSolar: true, framework: "nem", warns: false },
    { label: "NBT approved but no solar: no export, with a warning", tariff: "NBT" as const, exportApproved: true, hasSolar: false, framework: "nem", warns: true },
    { label: "another tariff: no export assumed, with a warning", tariff: "other" as const, exportApproved: true, hasSolar: true, framework: "nem", warns: true },
    // Net metering under another state's rules is no California framework: DSGS treats it like "other".
    { label: "state net metering (NETTING): no export assumed, with a warning", tariff: "NETTING" as const, exportApproved: true, hasSolar: true, framework: "nem", warns: true },
    { label: "buy-all: no export assumed, with a warning", tariff: "BUY_ALL" as const, exportApproved: true, hasSolar: true, framework: "nem", warns: true },
    { label: "no tariff: no export assumed, with a warning", tariff: null, exportApproved: false, hasSolar: true, framework: "nem", warns: true },
  ])("$label", ({ tariff, exportApproved, hasSolar, framework, warns }) => {
    const choice = chooseDsgsFramework(makeContext({ ...SCE(tariff), hasSolar }), { tariffFramework: "project", exportApproved });
    expect(choice.framework).toBe(framework);
    expect(choice.warning !== null).toBe(warns);
  });

  test("the input overrides the project's tariff", () => {
    const choice = chooseDsgsFramework(makeContext(SCE("NEM2")), { tariffFramework: "NBT", exportApproved: true });
    expect(choice.framework).toBe("nbt-export");
  });

  test("an NBT system not approved for export earns exactly what the same system earns under NEM 2.0", () => {
    const nbtNotApproved = runProgram(dsgs, makeContext(SCE("NBT")), { exportApproved: false });
    const nem2 = runProgram(dsgs, makeContext(SCE("NEM2")), {});
    expect(nbtNotApproved.annualCents).toEqual(nem2.annualCents);
    expect(nbtNotApproved.explanation[0]).toMatch(/not approved for export: the NEM 1.0 \/ 2.0 framework applies/);
  });
});

describe("DSGS seed ranges (CalSSA): typical systems land inside", () => {
  const typical = [
    { label: "13.5 kWh / 5 kW", battery: { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 } },
    { label: "13.5 kWh / 11.5 kW", battery: { capacityKwh: 13.5, powerKw: 11.5, count: 1, reservePercent: 20 } },
    { label: "10 kWh / 3.84 kW", battery: { capacityKwh: 10, powerKw: 3.84, count: 1, reservePercent: 20 } },
  ];

  test.each(typical)("NEM 1.0/2.0, $label: $150 to $200 a year", ({ battery }) => {
    const result = runProgram(dsgs, makeContext({ ...SCE("NEM2"), battery }));
    expect(result.annualCents[0]).toBeGreaterThanOrEqual(15_000);
    expect(result.annualCents[0]).toBeLessThanOrEqual(20_000);
  });

  test.each(typical)("NBT with export, $label: $150 to $450 a year", ({ battery }) => {
    const result = runProgram(dsgs, makeContext({ ...SCE("NBT"), battery }), { exportApproved: true });
    expect(result.annualCents[0]).toBeGreaterThanOrEqual(15_000);
    expect(result.annualCents[0]).toBeLessThanOrEqual(45_000);
  });

  test("the NEM figure is the home load × events served × rate: 2 kW × 90% × $100 = $180", () => {
    const result = runProgram(dsgs, makeContext(SCE("NEM2")));
    expect(result.averageKw).toEqual({ kw: 1.8, source: "modeled" });
    expect(result.annualCents[0]).toBe(18_000);
    expect(result.explanation).toContain("Each paid season: 1.8 kW × $100/kW-season = $180");
  });
});

describe("DSGS pays on kW rounded with the money tie rule", () => {
  test.each([
    // Before: Math.round(472.49999999999994) / 100 = 4.72 kW → $472; 2.675 → 2.67 kW → $267.
    { label: "4.725 kW → 4.73 kW × $100/kW-season = $473", averageDeliveredKw: 4.725, cents: 47_300, line: "Each paid season: 4.73 kW × $100/kW-season = $473" },
    { label: "2.675 kW → 2.68 kW × $100/kW-season = $268", averageDeliveredKw: 2.675, cents: 26_800, line: "Each paid season: 2.68 kW × $100/kW-season = $268" },
  ])("$label", ({ averageDeliveredKw, cents, line }) => {
    const result = runProgram(dsgs, makeContext(SCE("NEM2")), { averageDeliveredKw });
    expect(result.annualCents[0]).toBe(cents);
    expect(result.explanation).toContain(line);
  });
});

describe("DSGS funding: no unfunded season by default", () => {
  // The default is the seasons left through 2026 (the last funded season), counted from the proposal date: a season
  // counts when it begins (May 1) after that date. Each paid season of the typical NEM 2.0 battery pays $180.
  test.each([
    { label: "a proposal made in December 2026 (the 2026 season is over) counts 0 seasons", proposalDate: "2026-12-02", inputs: {}, paidYears: [] },
    { label: "a proposal made in March 2026 counts the 2026 season: 1", proposalDate: "2026-03-02", inputs: {}, paidYears: [1] },
    { label: "the day before the 2026 season begins: still 1", proposalDate: "2026-04-30", inputs: {}, paidYears: [1] },
    { label: "the day the 2026 season begins: 0 (the battery cannot take part from the start)", proposalDate: "2026-05-01", inputs: {}, paidYears: [] },
    { label: "during the 2025 season: the 2026 season is left, 1", proposalDate: "2025-07-15", inputs: {}, paidYears: [1] },
    { label: "January 2025: the 2025 and 2026 seasons, 2", proposalDate: "2025-01-10", inputs: {}, paidYears: [1, 2] },
    { label: "March 2026, first season in project year 2 (2027, unfunded): 0", proposalDate: "2026-03-02", inputs: { startYear: 2 }, paidYears: [] },
    { label: "December 2026 with 2 seasons entered by the installer: paid as entered", proposalDate: "2026-12-02", inputs: { paidSeasons: 2 }, paidYears: [1, 2] },
  ])("$label", ({ proposalDate, inputs, paidYears }) => {
    const result = runProgram(dsgs, makeContext({ ...SCE("NEM2"), proposalDate }), inputs);
    expect(result.annualCents.flatMap((cents, index) => (cents > 0 ? [index + 1] : []))).toEqual(paidYears);
    for (const year of paidYears) expect(result.annualCents[year - 1]).toBe(18_000);
  });

  test.each([
    { proposalDate: "2026-12-02", startYear: 1, expected: { paidSeasons: 0, firstSeason: 2027, firstParticipatingSeason: 2027 } },
    { proposalDate: "2026-03-02", startYear: 1, expected: { paidSeasons: 1, firstSeason: 2026, firstParticipatingSeason: 2026 } },
    { proposalDate: "2026-03-02", startYear: 2, expected: { paidSeasons: 0, firstSeason: 2026, firstParticipatingSeason: 2027 } },
    { proposalDate: "2024-11-20", startYear: 1, expected: { paidSeasons: 2, firstSeason: 2025, firstParticipatingSeason: 2025 } },
  ])("defaultDsgsSeasons($proposalDate, start year $startYear)", ({ proposalDate, startYear, expected }) => {
    expect(defaultDsgsSeasons(proposalDate, startYear)).toEqual(expected);
  });

  test("the explanation prints the default, the date it is counted from, and its source", () => {
    const result = runProgram(dsgs, makeContext({ ...SCE("NEM2"), proposalDate: "2026-03-02" }));
    expect(result.explanation).toContain(
      "Paid seasons: 1 (project year 1). Default: the seasons left through 2026, the last funded season, counted from the proposal date 2026-03-02; " +
        "the first season that begins after it is 2026. Source: CalSSA's DSGS fact sheet (May 2026): the Governor's 2026 budget proposal ends DSGS after " +
        "the 2026 season; the DSGS FAQ: no new funding in the 2025–26 budget.",
    );
    expect(result.resolvedDefaults).toEqual({ paidSeasons: 1 });
  });

  test("December 2026: none counted by default, with a warning, and the explanation says how to count seasons anyway", () => {
    const result = runProgram(dsgs, makeContext({ ...SCE("NEM2"), proposalDate: "2026-12-02" }));
    expect(result.explanation.some((line) => line.startsWith("Paid seasons: 0 (none). Default: the seasons left through 2026"))).toBe(true);
    expect(result.warnings).toContain("No funded DSGS season is left after the proposal date (2026-12-02): DSGS counts nothing unless you enter the paid seasons.");
  });

  test("an installer's figure is said to be one, next to the default it replaces", () => {
    const result = runProgram(dsgs, makeContext({ ...SCE("NEM2"), proposalDate: "2026-12-02" }), { paidSeasons: 2 });
    expect(result.explanation).toContain(
      "Paid seasons: 2 (project years 1–2). The installer's figure; the default would be 0 (the seasons left through 2026, the last funded season, counted from the proposal date 2026-12-02).",
    );
  });

  test("0 paid seasons counts nothing", () => {
    const result = runProgram(dsgs, makeContext(SCE("NEM2")), { paidSeasons: 0 });
    expect(result.annualCents.every((cents) => cents === 0)).toBe(true);
  });

  test("the status says funding is uncertain", () => {
    expect(dsgs.status.kind).toBe("funding-uncertain");
  });

  test("a blank paid-seasons input stays blank: the proposal date decides, not a schema default", () => {
    expect(dsgs.inputSchema.parse({}).paidSeasons).toBeUndefined();
  });
});
