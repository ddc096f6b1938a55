import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeAveragePower, shareOfEventsServed } from "./average-power";
import type { AveragePowerInput } from "./average-power";
import { TYPICAL_BATTERY } from "./test-helpers";

const base: AveragePowerInput = {
  battery: TYPICAL_BATTERY,
  reservePercent: 20,
  stateOfChargePercent: 100,
  eventDurationHours: 2,
  exportAllowed: true,
  homeLoadKw: 2,
  participation: "high",
  stormGuardDays: 0,
  seasonDays: 122,
};

describe("delivered power per event", () => {
  test.each([
    { label: "rated power binds (5 kW < 10.8 kWh ÷ 2 h)", input: {}, perEventKw: 5, limitedBy: "rated power" },
    { label: "stored energy binds over a 3 h event (10.8 ÷ 3 = 3.6 kW)", input: { eventDurationHours: 3 }, perEventKw: 3.6, limitedBy: "stored energy" },
    { label: "the home load binds when export is not allowed", input: { exportAllowed: false }, perEventKw: 2, limitedBy: "home load" },
    { label: "a higher reserve leaves less energy (13.5 × 50% ÷ 2 = 3.38 kW)", input: { reservePercent: 50 }, perEventKw: 3.38, limitedBy: "stored energy" },
    { label: "a partly charged battery (60% − 20% = 40%: 5.4 kWh ÷ 2 h = 2.7 kW)", input: { stateOfChargePercent: 60 }, perEventKw: 2.7, limitedBy: "stored energy" },
    { label: "a reserve above the charge delivers nothing", input: { stateOfChargePercent: 10 }, perEventKw: 0, limitedBy: "stored energy" },
    { label: "two batteries double power and energy", input: { battery: { ...TYPICAL_BATTERY, count: 2 } }, perEventKw: 10, limitedBy: "rated power" },
    { label: "no battery delivers nothing", input: { battery: null }, perEventKw: 0, limitedBy: "stored energy" },
  ])("$label", ({ input, perEventKw, limitedBy }) => {
    const power = computeAveragePower({ ...base, ...input });
    expect(power.perEventKw).toBe(perEventKw);
    expect(power.limitedBy).toBe(limitedBy);
  });
});

describe("every figure is rounded as printed, with the money tie rule (4.725 → 4.73, 2.675 → 2.68)", () => {
  test.each([
    { label: "an installer's 4.725 kW is 4.73 kW (Math.round gave 4.72)", overrideKw: 4.725, kw: 4.73 },
    { label: "an installer's 2.675 kW is 2.68 kW (Math.round gave 2.67)", overrideKw: 2.675, kw: 2.68 },
  ])("$label", ({ overrideKw, kw }) => {
    expect(computeAveragePower({ ...base, overrideKw }).average).toEqual({ kw, source: "override" });
  });

  test("the line that contradicted itself now adds up: 13.5 kWh × 85% = 11.48 kWh; 11.48 ÷ 3 h = 3.83 kW (3.8267) = the delivered power", () => {
    // 13.5 × (100% − 15%) = 11.475 kWh → 11.48 (the tie rounds up); 11.48 ÷ 3 = 3.8267 → 3.83 kW < 5 kW rated.
    // The old code printed "11.48 kWh ÷ 3 h = 3.83 kW" and delivered 3.82 kW (11.475 ÷ 3 = 3.825, rounded down).
    const power = computeAveragePower({ ...base, reservePercent: 15, eventDurationHours: 3, participation: "expected" });
    expect(power.explanation).toEqual([
      "Usable energy per event: 13.5 kWh × (100% charged − 15% reserve) = 11.48 kWh",
      "Delivered per event: min(5 kW rated; 11.48 kWh ÷ 3 h = 3.83 kW) = 3.83 kW, set by stored energy",
      "Events served: 90% (expected participation)",
      // 3.83 × 0.9 = 3.447 → 3.45.
      "Average delivered power (modeled): 3.83 kW × 90% = 3.45 kW",
    ]);
    expect(power.average).toEqual({ kw: 3.45, source: "modeled" });
  });

  test("a reserve at or above the charge: the line says there is nothing usable instead of printing a negative product", () => {
    const power = computeAveragePower({ ...base, stateOfChargePercent: 10 });
    expect(power.explanation[0]).toBe("Usable energy per event: none, the 20% reserve is at or above the 10% charge at event start (0 kWh)");
    expect(power.explanation[1]).toBe("Delivered per event: min(5 kW rated; 0 kWh ÷ 2 h = 0 kW) = 0 kW, set by stored energy");
  });

  test("more Storm Guard days than the season has: the line shows the days that count, so it still adds up", () => {
    const power = computeAveragePower({ ...base, stormGuardDays: 500 });
    expect(power.explanation[2]).toBe(
      "Events served: 100% (high participation) × (1 − 122 Storm Guard days ÷ 122 season days) = 0% (500 Storm Guard days entered: at most the season's 122 count)",
    );
  });

  test("inputs with more decimals than printed are used as printed: a 20.004% reserve is 20%, 13.456 kWh is 13.46 kWh", () => {
    const power = computeAveragePower({ ...base, battery: { ...TYPICAL_BATTERY, capacityKwh: 13.456 }, reservePercent: 20.004, eventDurationHours: 3 });
    // 13.46 × 80% = 10.768 → 10.77 kWh; ÷ 3 = 3.59 kW.
    expect(power.explanation.slice(0, 2)).toEqual([
      "Usable energy per event: 13.46 kWh × (100% charged − 20% reserve) = 10.77 kWh",
      "Delivered per event: min(5 kW rated; 10.77 kWh ÷ 3 h = 3.59 kW) = 3.59 kW, set by stored energy",
    ]);
  });
});

describe("share of events served", () => {
  test.each([
    { label: "high participation serves every event", participation: "high" as const, stormGuardDays: 0, share: 1 },
    { label: "expected participation serves 90%", participation: "expected" as const, stormGuardDays: 0, share: 0.9 },
    { label: "low participation serves 75%", participation: "low" as const, stormGuardDays: 0, share: 0.75 },
    { label: "12 Storm Guard days in a 122-day season take out 9.8% (to the nearest 0.1%)", participation: "high" as const, stormGuardDays: 12, share: 0.902 },
    { label: "Storm Guard for the whole season serves nothing", participation: "high" as const, stormGuardDays: 500, share: 0 },
  ])("$label", ({ participation, stormGuardDays, share }) => {
    expect(shareOfEventsServed(participation, stormGuardDays, 122)).toBe(share);
  });
});

describe("season average and override", () => {
  test("modeled: per-event power × share, and the explanation shows both", () => {
    const power = computeAveragePower({ ...base, participation: "expected" });
    expect(power.average).toEqual({ kw: 4.5, source: "modeled" });
    expect(power.explanation).toEqual([
      "Usable energy per event: 13.5 kWh × (100% charged − 20% reserve) = 10.8 kWh",
      "Delivered per event: min(5 kW rated; 10.8 kWh ÷ 2 h = 5.4 kW) = 5 kW, set by rated power",
      "Events served: 90% (expected participation)",
      "Average delivered power (modeled): 5 kW × 90% = 4.5 kW",
    ]);
  });

  test("override: the installer's figure is used, and the explanation says so and gives the model's", () => {
    const power = computeAveragePower({ ...base, participation: "expected", overrideKw: 3 });
    expect(power.average).toEqual({ kw: 3, source: "override" });
    expect(power.modeledKw).toBe(4.5);
    expect(power.explanation).toEqual(["Average delivered power: 3 kW, the installer's figure (the model gives 4.5 kW)"]);
  });

  test("property: the average is never negative, never above rated power, and never above the home load without export", () => {
    fc.assert(
      fc.property(
        fc.record({
          capacityKwh: fc.double({ min: 0, max: 50, noNaN: true }),
          powerKw: fc.double({ min: 0, max: 20, noNaN: true }),
          count: fc.integer({ min: 0, max: 4 }),
          reservePercent: fc.double({ min: 0, max: 100, noNaN: true }),
        }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.constantFrom("low" as const, "expected" as const, "high" as const),
        fc.integer({ min: 0, max: 200 }),
        (battery, soc, hours, exportAllowed, homeLoadKw, participation, stormGuardDays) => {
          const power = computeAveragePower({
            battery,
            reservePercent: battery.reservePercent,
            stateOfChargePercent: soc,
            eventDurationHours: hours,
            exportAllowed,
            homeLoadKw,
            participation,
            stormGuardDays,
            seasonDays: 122,
          });
          const ratedKw = battery.powerKw * battery.count;
          expect(power.average.kw).toBeGreaterThanOrEqual(0);
          expect(power.average.kw).toBeLessThanOrEqual(ratedKw + 0.005);
          if (!exportAllowed) expect(power.average.kw).toBeLessThanOrEqual(homeLoadKw + 0.005);
        },
      ),
    );
  });
});
