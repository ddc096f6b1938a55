import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { simulateBattery, type BatteryModel, type Run } from "./battery-model";
import { commandActions } from "./command-request";

const QUARTER_HOUR = 15 * 60_000;

/** 10 kWh, 5 kW, 20 % reserve, full, 15-minute steps from 0: round numbers to check by hand. */
const model: BatteryModel = {
  capacityKwh: 10,
  powerKw: 5,
  backupReservePercent: 20,
  initialStateOfChargePercent: 100,
  startMs: 0,
  stepMs: QUARTER_HOUR,
  homeLoadKw: 1,
  defaultMode: "idle",
};

const noStorm = () => false;

function run(action: Run["action"], powerKw: number | null, fromStep: number, toStep: number, enableGridInteraction = true): Run {
  return { action, powerKw, enableGridInteraction, fromMs: fromStep * QUARTER_HOUR, toMs: toStep * QUARTER_HOUR };
}

/** [kW, SoC %] per step. */
function trace(battery: BatteryModel, runs: Run[], steps: number, stormGuardAt: (ms: number) => boolean = noStorm): [number, number][] {
  return simulateBattery(battery, runs, stormGuardAt, steps * battery.stepMs).map((step) => [step.deliveredKw, Math.round(step.stateOfChargePercent * 1e9) / 1e9]);
}

describe("hand-computed steps (10 kWh, 5 kW, 15-minute steps: 1 kW for a step moves 0.25 kWh, 2.5 %)", () => {
  test("a 4 kW grid discharge for an hour: 1 kWh a step, 100 → 60 %", () => {
    expect(trace(model, [run("discharge", 4, 0, 4)], 5)).toEqual([
      [4, 100],
      [4, 90],
      [4, 80],
      [4, 70],
      [0, 60],
    ]);
  });

  test("the reserve stops a discharge part way through a step: from 25 %, 0.5 kWh above the 20 % reserve gives 2 kW for one step, then nothing", () => {
    expect(trace({ ...model, initialStateOfChargePercent: 25 }, [run("discharge", 4, 0, 3)], 3)).toEqual([
      [2, 25],
      [0, 20],
      [0, 20],
    ]);
  });

  test("a battery below its reserve does not discharge at all, but may charge", () => {
    expect(trace({ ...model, initialStateOfChargePercent: 10 }, [run("export", 5, 0, 1), run("charge", 2, 1, 2)], 3)).toEqual([
      [0, 10],
      [-2, 10],
      [0, 15],
    ]);
  });

  test("charging stops at full: from 95 %, 0.5 kWh of room is −2 kW for a step", () => {
    expect(trace({ ...model, initialStateOfChargePercent: 95 }, [run("charge", 4, 0, 2)], 2)).toEqual([
      [-2, 95],
      [0, 100],
    ]);
  });

  test("rated power caps a command: 8 kW asked of a 5 kW battery charges at 5 kW", () => {
    expect(trace({ ...model, initialStateOfChargePercent: 50 }, [run("charge", 8, 0, 1)], 2)).toEqual([
      [-5, 50],
      [0, 62.5],
    ]);
  });

  test("without grid interaction a discharge cannot export: it covers the 1 kW home load only", () => {
    expect(trace(model, [run("discharge", 4, 0, 1, false)], 1)).toEqual([[1, 100]]);
  });

  test("self-consumption covers the home load; idle holds", () => {
    expect(trace(model, [run("self_consumption", null, 0, 1), run("idle", null, 1, 2)], 3)).toEqual([
      [1, 100],
      [0, 97.5],
      [0, 97.5],
    ]);
  });

  test("self-consumption as the default mode drains to the reserve and stops", () => {
    const steps = trace({ ...model, defaultMode: "self_consumption", initialStateOfChargePercent: 25 }, [], 4);
    expect(steps).toEqual([
      [1, 25],
      [1, 22.5],
      [0, 20],
      [0, 20],
    ]);
  });

  test("where windows overlap, the later-sent command wins", () => {
    expect(trace(model, [run("discharge", 4, 0, 2), run("idle", null, 1, 2)], 2)).toEqual([
      [4, 100],
      [0, 90],
    ]);
  });

  test("Storm Guard overrides a command and charges at rated power towards full", () => {
    const steps = simulateBattery({ ...model, initialStateOfChargePercent: 50 }, [run("discharge", 4, 0, 3)], (ms) => ms >= QUARTER_HOUR, 3 * QUARTER_HOUR);
    expect(steps.map((step) => [step.operatingMode, step.deliveredKw, step.stormGuardActive])).toEqual([
      ["discharge", 4, false],
      ["backup", -5, true],
      ["backup", -5, true],
    ]);
  });

  test("a model with no capacity is refused", () => {
    expect(() => simulateBattery({ ...model, capacityKwh: 0 }, [], noStorm, QUARTER_HOUR)).toThrow(RangeError);
  });
});

describe("properties", () => {
  const battery = fc.record({
    capacityKwh: fc.double({ min: 1, max: 40, noNaN: true }),
    powerKw: fc.double({ min: 0.5, max: 15, noNaN: true }),
    backupReservePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    initialStateOfChargePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    startMs: fc.constant(0),
    stepMs: fc.constantFrom(60_000, 5 * 60_000, QUARTER_HOUR),
    homeLoadKw: fc.double({ min: 0, max: 5, noNaN: true }),
    defaultMode: fc.constantFrom("idle" as const, "self_consumption" as const),
  });
  const runs = fc.array(
    fc.record({
      action: fc.constantFrom(...commandActions),
      powerKw: fc.option(fc.double({ min: 0.1, max: 30, noNaN: true }), { nil: null }),
      enableGridInteraction: fc.boolean(),
      fromMs: fc.integer({ min: 0, max: 40 }).map((minutes) => minutes * QUARTER_HOUR),
      lengthMs: fc.integer({ min: 1, max: 16 }).map((minutes) => minutes * QUARTER_HOUR),
    }).map(({ lengthMs, ...rest }): Run => ({ ...rest, toMs: rest.fromMs + lengthMs })),
    { maxLength: 6 },
  );
  const stormHours = fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 });
  const UNTIL_MS = 12 * 3_600_000;
  const stormAt = (hours: number[]) => (ms: number) => hours.includes(Math.floor(ms / 3_600_000));

  test("property: the reserve is never broken by a discharge, full is never exceeded, power stays within rating", () => {
    fc.assert(
      fc.property(battery, runs, stormHours, (b, r, hours) => {
        const steps = simulateBattery(b, r, stormAt(hours), UNTIL_MS);
        const startsAboveReserve = b.initialStateOfChargePercent >= b.backupReservePercent;
        // Broken rules are collected and compared once: an expect per step would dominate the run time.
        const broken: string[] = [];
        let previous = b.initialStateOfChargePercent;
        for (const step of steps) {
          const soc = step.stateOfChargePercent;
          if (Math.abs(step.deliveredKw) > b.powerKw + 1e-9) broken.push(`${step.atMs}: ${step.deliveredKw} kW beyond the rating`);
          if (soc > 100 + 1e-9 || soc < -1e-9) broken.push(`${step.atMs}: ${soc} % out of 0–100`);
          if (startsAboveReserve && soc < b.backupReservePercent - 1e-9) broken.push(`${step.atMs}: ${soc} % below the reserve`);
          // Below the reserve the charge only goes up (a discharge would take it lower).
          if (previous < b.backupReservePercent && soc < previous - 1e-9) broken.push(`${step.atMs}: discharged below the reserve`);
          if (step.deliveredKw > 0 && soc <= b.backupReservePercent - 1e-9) broken.push(`${step.atMs}: discharging at or below the reserve`);
          previous = soc;
        }
        expect(broken).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("property: energy balance — Σ kW × hours equals the kWh the state of charge lost, to rounding", () => {
    fc.assert(
      fc.property(battery, runs, stormHours, (b, r, hours) => {
        // One step more than measured: its state of charge is the end of the last measured step.
        const steps = simulateBattery(b, r, stormAt(hours), UNTIL_MS + b.stepMs);
        const measured = steps.slice(0, -1);
        const deliveredKwh = measured.reduce((total, step) => total + step.deliveredKw * (b.stepMs / 3_600_000), 0);
        const startKwh = (Math.max(0, Math.min(100, b.initialStateOfChargePercent)) * b.capacityKwh) / 100;
        const endKwh = ((steps.at(-1)?.stateOfChargePercent ?? 0) * b.capacityKwh) / 100;
        expect(Math.abs(deliveredKwh - (startKwh - endKwh))).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  test("property: the same inputs give the same steps", () => {
    fc.assert(
      fc.property(battery, runs, stormHours, (b, r, hours) => {
        expect(simulateBattery(b, r, stormAt(hours), UNTIL_MS)).toEqual(simulateBattery(b, r, stormAt(hours), UNTIL_MS));
      }),
      { numRuns: 50 },
    );
  });
});
