/**
 * The physics of the simulated battery: state of charge integrated over fixed time steps.
 *
 * Each step holds one power for its whole length, chosen at the step's start:
 *   Storm Guard active      charge at rated power towards full (the storm mode holds it full)
 *   a command running       its action (the most recently sent wins where windows overlap)
 *   otherwise               the default mode (idle unless configured)
 * and then limited, in this order, by
 *   rated power             |kW| ≤ the battery's rating
 *   backup reserve          never discharges below it (a battery starting below it only charges)
 *   full                    never charges above 100 %
 * A step that reaches a limit part way is shortened in power, not in time, so the energy that
 * moves is exactly what the state of charge lost or gained: Σ kW × hours = kWh at start − kWh at end.
 *
 * There is no solar in the model: a charge command stands in for it. Self-consumption covers a
 * constant home load, and a discharge without grid interaction cannot export, so it delivers at most
 * the home load.
 */
import type { CommandAction } from "./command-request";
import type { OperatingMode } from "./device";

export interface BatteryModel {
  capacityKwh: number;
  powerKw: number;
  backupReservePercent: number;
  initialStateOfChargePercent: number;
  /** Epoch ms of the first step. */
  startMs: number;
  stepMs: number;
  /** Constant home load, kW: what self-consumption and a non-export discharge can cover. */
  homeLoadKw: number;
  /** The mode between commands. */
  defaultMode: "idle" | "self_consumption";
}

/** A command as it runs on the battery: its action over [fromMs, toMs). */
export interface Run {
  action: CommandAction;
  powerKw: number | null;
  enableGridInteraction: boolean;
  fromMs: number;
  toMs: number;
}

export interface SimulatedStep {
  atMs: number;
  /** Held over [atMs, atMs + stepMs). Positive: discharging. */
  deliveredKw: number;
  /** At atMs. */
  stateOfChargePercent: number;
  operatingMode: OperatingMode;
  stormGuardActive: boolean;
}

/** The power the battery aims for in a mode, before its limits; positive discharges. */
function targetKw(model: BatteryModel, mode: OperatingMode, run: Run | undefined): number {
  switch (mode) {
    case "backup":
      return -model.powerKw;
    case "charge":
      return -(run?.powerKw ?? model.powerKw);
    case "discharge": {
      const kw = run?.powerKw ?? model.powerKw;
      return run?.enableGridInteraction ? kw : Math.min(kw, model.homeLoadKw);
    }
    case "export":
      return run?.powerKw ?? model.powerKw;
    case "idle":
      return 0;
    case "self_consumption":
      return model.homeLoadKw;
    default: {
      const unhandled: never = mode;
      throw new Error(`battery model: unknown mode ${String(unhandled)}`);
    }
  }
}

/**
 * Steps from `model.startMs` while `atMs < untilMs`. `runs` are in send order (later wins);
 * `stormGuardAt` says whether Storm Guard is on at an instant.
 */
export function simulateBattery(model: BatteryModel, runs: readonly Run[], stormGuardAt: (ms: number) => boolean, untilMs: number): SimulatedStep[] {
  if (!(model.capacityKwh > 0) || !(model.powerKw >= 0) || !(model.stepMs > 0)) {
    throw new RangeError("battery model: capacity and step must be positive, power not negative");
  }
  const hours = model.stepMs / 3_600_000;
  const reserveKwh = (model.capacityKwh * model.backupReservePercent) / 100;
  let energyKwh = (model.capacityKwh * clampPercent(model.initialStateOfChargePercent)) / 100;
  const steps: SimulatedStep[] = [];

  for (let atMs = model.startMs; atMs < untilMs; atMs += model.stepMs) {
    const stormGuardActive = stormGuardAt(atMs);
    const run = stormGuardActive ? undefined : activeRun(runs, atMs);
    const mode: OperatingMode = stormGuardActive ? "backup" : (run?.action ?? model.defaultMode);
    let kw = Math.max(-model.powerKw, Math.min(model.powerKw, targetKw(model, mode, run)));
    let nextKwh = energyKwh - kw * hours;

    if (kw > 0 && nextKwh < reserveKwh) {
      // Stop exactly at the reserve (or deliver nothing if already at or below it).
      const availableKwh = Math.max(0, energyKwh - reserveKwh);
      kw = availableKwh / hours;
      nextKwh = availableKwh > 0 ? reserveKwh : energyKwh;
    } else if (kw < 0 && nextKwh > model.capacityKwh) {
      const roomKwh = Math.max(0, model.capacityKwh - energyKwh);
      kw = -roomKwh / hours;
      nextKwh = roomKwh > 0 ? model.capacityKwh : energyKwh;
    }

    steps.push({
      atMs,
      deliveredKw: kw || 0,
      stateOfChargePercent: (energyKwh / model.capacityKwh) * 100,
      operatingMode: mode,
      stormGuardActive,
    });
    energyKwh = nextKwh;
  }
  return steps;
}

function activeRun(runs: readonly Run[], atMs: number): Run | undefined {
  for (let index = runs.length - 1; index >= 0; index--) {
    const run = runs[index];
    if (run !== undefined && run.fromMs <= atMs && atMs < run.toMs) return run;
  }
  return undefined;
}

function clampPercent(percent: number): number {
  return Math.max(0, Math.min(100, percent));
}
