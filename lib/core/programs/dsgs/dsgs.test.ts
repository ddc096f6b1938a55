import { describe, expect, test } from "vitest";
import { makeContext, runProgram } from "../test-helpers";
import type { Tariff } from "../types";
import { chooseDsgsFramework, dsgs } from "./program";

const SCE = (tariff: Tariff | null) => ({ project: { state: "CA", segment: "residential" as const, utility: "SCE", tariff } });

describe("DSGS tariff framework", () => {
  test.each([
    { label: "NEM 1.0: no export", tariff: "NEM1" as const, exportApproved: false, hasSolar: true, framework: "nem", warns: false },
    { label: "NEM 2.0: no export, even if 'approved' is set", tariff: "NEM2" as const, exportApproved: true, hasSolar: true, framework: "nem", warns: false },
    { label: "NBT approved for export: export", tariff: "NBT" as const, exportApproved: true, hasSolar: true, framework: "nbt-export", warns: false },
    { label: "NBT not approved for export falls back to the NEM 1.0/2.0 framework", tariff: "NBT" as const, exportApproved: false, hasSolar: true, framework: "nem", warns: false },
    { label: "NBT approved but no solar: no export, with a warning", tariff: "NBT" as const, exportApproved: true, hasSolar: false, framework: "nem", warns: true },
    { label: "another tariff: no export assumed, with a warning", tariff: "other" as const, exportApproved: true, hasSolar: true, framework: "nem", warns: true },
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

describe("DSGS funding", () => {
  test("by default one season is paid, and the assumption is shown", () => {
    const result = runProgram(dsgs, makeContext(SCE("NEM2")));
    expect(result.annualCents.filter((cents) => cents > 0)).toHaveLength(1);
    expect(result.explanation.some((line) => line.includes("Governor's 2026 budget proposal ends the program"))).toBe(true);
  });

  test("0 paid seasons counts nothing", () => {
    const result = runProgram(dsgs, makeContext(SCE("NEM2")), { paidSeasons: 0 });
    expect(result.annualCents.every((cents) => cents === 0)).toBe(true);
  });

  test("the status says funding is uncertain", () => {
    expect(dsgs.status.kind).toBe("funding-uncertain");
  });
});
