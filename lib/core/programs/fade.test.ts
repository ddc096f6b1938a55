import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { connectedSolutionsMa } from "./connected-solutions-ma/program";
import { connectedSolutionsRi } from "./connected-solutions-ri/program";
import { ctEss } from "./ct-ess/program";
import { averageKwAtCapacity, computeAveragePower } from "./average-power";
import { capacityLeft, DEFAULT_BATTERY_FADE_PER_YEAR } from "./fade";
import { makeContext, runProgram, TYPICAL_BATTERY } from "./test-helpers";
import type { ProgramDefinition } from "./types";

const MA = { project: { state: "MA", segment: "residential" as const, utility: "National Grid", tariff: null } };
const CT = { project: { state: "CT", segment: "residential" as const, utility: "Eversource", tariff: null } };

describe("capacity left", () => {
  test.each([
    { label: "year 1: as new", fade: 0.03, year: 1, left: 1 },
    { label: "year 10 at 3% a year: 73%", fade: 0.03, year: 10, left: 0.73 },
    { label: "year 11 at 3% a year: 70%, the common warranty floor after 10 years", fade: 0.03, year: 11, left: 0.7 },
    { label: "never below zero", fade: 0.2, year: 12, left: 0 },
    { label: "no fade", fade: 0, year: 25, left: 1 },
  ])("$label", ({ fade, year, left }) => {
    expect(capacityLeft(fade, year)).toBe(left);
  });

  test("the default is 3% of the original capacity a year", () => {
    expect(DEFAULT_BATTERY_FADE_PER_YEAR).toBe(0.03);
  });
});

describe("program payments follow the battery's fade", () => {
  test("MA, one 13.5 kWh battery limited by stored energy: year 9 pays less than year 1", () => {
    // Year 1: 10.8 kWh ÷ 3 h = 3.6 kW × 90% = 3.24 kW × $225 = $729.
    // Year 9: 76% of 13.5 = 10.26 kWh × 80% = 8.21 kWh ÷ 3 h = 2.74 kW × 90% = 2.47 kW; 2.47 ÷ 3.24 of $729 = $555.75.
    const result = runProgram(connectedSolutionsMa, makeContext({ ...MA, batteryFadePerYear: 0.03 }), {});
    expect(result.annualCents[0]).toBe(72_900);
    expect(result.annualCents[8]).toBe(Math.round((72_900 * 2.47) / 3.24));
    expect(result.explanation.some((line) => line.startsWith("Battery fade: 3% of the original capacity a year (the default: the common 10-year warranties guarantee 70% of capacity after 10 years); payments follow the power the battery still delivers"))).toBe(
      true,
    );
  });

  test("a battery limited by its rated power loses nothing until its energy becomes the limit", () => {
    // 2 × 13.5 kWh at 2.5 kW each: 21.6 kWh ÷ 3 h = 7.2 kW, but rated 5 kW binds until the energy falls below 15 kWh.
    const battery = { ...TYPICAL_BATTERY, powerKw: 2.5, count: 2 };
    const result = runProgram(ctEss, makeContext({ ...CT, battery, batteryFadePerYear: 0.03 }), {});
    expect(result.annualCents[0]).toBe(result.annualCents[4]);
  });

  test("the installer's average kW fades with the capacity left", () => {
    const result = runProgram(connectedSolutionsMa, makeContext({ ...MA, batteryFadePerYear: 0.03 }), { averageDeliveredKw: 5 });
    expect(result.annualCents[0]).toBe(112_500);
    expect(result.annualCents[9]).toBe(Math.round(112_500 * 0.73));
  });

  const performancePrograms: [string, ProgramDefinition, typeof MA | typeof CT][] = [
    ["ConnectedSolutions MA", connectedSolutionsMa as ProgramDefinition, MA],
    ["ConnectedSolutions RI", connectedSolutionsRi as ProgramDefinition, { project: { ...MA.project, state: "RI", utility: "Rhode Island Energy" } }],
  ];
  test.each(performancePrograms)("property (%s): at constant rates, payments never increase with age, and never exceed the unfaded ones", (_name, program, project) => {
    fc.assert(
      fc.property(
        fc.record({
          capacityKwh: fc.double({ min: 1, max: 40, noNaN: true }),
          powerKw: fc.double({ min: 1, max: 15, noNaN: true }),
          count: fc.integer({ min: 1, max: 3 }),
          reservePercent: fc.integer({ min: 0, max: 60 }),
        }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.boolean(),
        (battery, fade, hasSolar) => {
          const inputs = { paidSeasons: 25 };
          const faded = runProgram(program, makeContext({ ...project, battery, hasSolar, batteryFadePerYear: fade }), inputs).annualCents;
          const fresh = runProgram(program, makeContext({ ...project, battery, hasSolar, batteryFadePerYear: 0 }), inputs).annualCents;
          for (let year = 1; year < faded.length; year++) expect(faded[year]!).toBeLessThanOrEqual(faded[year - 1]!);
          faded.forEach((cents, index) => expect(cents).toBeLessThanOrEqual(fresh[index]!));
          expect(faded[0]).toBe(fresh[0]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("averageKwAtCapacity: the fast path fade uses", () => {
  test("gives exactly the average-power model's kW for a battery of the faded capacity", () => {
    fc.assert(
      fc.property(
        fc.record({
          capacityKwh: fc.double({ min: 0, max: 40, noNaN: true }),
          powerKw: fc.double({ min: 0, max: 20, noNaN: true }),
          count: fc.integer({ min: 0, max: 4 }),
          reservePercent: fc.double({ min: 0, max: 100, noNaN: true }),
          stateOfChargePercent: fc.double({ min: 0, max: 100, noNaN: true }),
          eventDurationHours: fc.double({ min: 0.25, max: 6, noNaN: true }),
          exportAllowed: fc.boolean(),
          homeLoadKw: fc.double({ min: 0, max: 20, noNaN: true }),
          participation: fc.constantFrom("low" as const, "expected" as const, "high" as const),
          stormGuardDays: fc.integer({ min: 0, max: 200 }),
          seasonDays: fc.integer({ min: 0, max: 184 }),
          capacityShare: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        ({ capacityKwh, powerKw, count, capacityShare, ...rest }) => {
          const model = { ...rest, battery: { capacityKwh, powerKw, count, reservePercent: rest.reservePercent } };
          const slow = computeAveragePower({ ...model, battery: { capacityKwh: capacityKwh * capacityShare, powerKw, count, reservePercent: rest.reservePercent } }).modeledKw;
          expect(averageKwAtCapacity(model)(capacityShare)).toBe(slow);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
