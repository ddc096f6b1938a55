/**
 * The built-in battery simulator: a `ManufacturerAdapter` with no manufacturer behind it, for
 * demos, end-to-end tests and development before a real adapter exists.
 *
 * Deterministic for a seed. Every random choice comes from a generator seeded by (seed, what, id):
 * one per command (response delay, whether and where it fails), one per battery and day (Storm
 * Guard), one per enrollment attempt (rejection). So the same seed and the same calls give the
 * same answers, whatever order the questions are asked in. Nothing waits on a real clock: every
 * method answers "as of `at`", and the response delay is simulated time.
 *
 * The only state is the record of what the simulator was sent (commands, enrollment requests);
 * each answer is recomputed from that record and the options (battery-model.ts does the physics,
 * simulated-command.ts the life of one command, storm-guard-schedule.ts the storms).
 * A command never changes the past: it starts no earlier than it was sent plus its delay.
 * So a server that cannot keep one simulator in memory (several processes, restarts) rebuilds it
 * per request: create it with the same options, then send the stored commands and enrollment
 * requests again, in their original order and with their original times; every answer comes out
 * the same (simulator.test.ts checks this for commands).
 *
 * What a command does, once sent at `sentAt` (the first rule that applies wins):
 *   the window already ended     → failed at once
 *   failure drawn "at send"      → failed at once (the battery never acknowledged it)
 *   Storm Guard on at `sentAt`   → skipped (storm_guard)
 *   otherwise it is sent, and reaches the battery at sentAt + delay; it starts at the later of
 *   that and `startAt`, at a step boundary:
 *   it reached the battery after `endAt`        → failed
 *   Storm Guard on when it is due to start      → skipped (storm_guard)
 *   it runs until `endAt` (completed), or until a drawn point (failed part way), or until Storm
 *   Guard switches on (failed: it did run, so it is not a skip), whichever comes first.
 */
import type { AdapterCommand, AutomaticEnrollment, DeviceRef, EnrollmentReport, ManufacturerAdapter, SendResult, TelemetrySample } from "./adapter";
import { simulateBattery, type BatteryModel, type Run, type SimulatedStep } from "./battery-model";
import type { DeviceState } from "./device";
import { randomFor } from "./prng";
import { answerSend, COMMAND_DEFAULTS, planCommand, reportAt, resolveExecution, type CommandOptions, type Execution } from "./simulated-command";
import { stormGuardSchedule, type StormGuardOptions, type StormGuardSchedule } from "./storm-guard-schedule";

/** Devices with this manufacturer are run by the simulator; `enrollmentModeFor` treats it as automatic. */
export const SIMULATOR_MANUFACTURER = "Gridfolio Simulator";

export interface SimulatedBattery extends DeviceRef {
  capacityKwh: number;
  powerKw: number;
  backupReservePercent: number;
  initialStateOfChargePercent: number;
}

export interface SimulatorOptions extends CommandOptions, StormGuardOptions {
  seed: number;
  /** When every simulated battery starts reporting; the first telemetry sample is at this time. */
  startAt: Date;
  batteries: readonly SimulatedBattery[];
  /** Telemetry interval and model step. */
  stepSeconds?: number | undefined;
  homeLoadKw?: number | undefined;
  defaultMode?: "idle" | "self_consumption" | undefined;
  /** Time each enrollment step takes (requested → testing → configuring → enrolled). */
  enrollmentStepMinutes?: number | undefined;
  /** Share of enrollment attempts the simulated manufacturer rejects after testing, 0–1. */
  enrollmentRejectionRate?: number | undefined;
}

/**
 * Defaults chosen to look like a home battery on a manufacturer's cloud: one-minute telemetry,
 * commands acting within a minute, 2 % failures, a 1 kW evening home load, idle between commands
 * (so the charge a demo puts in is still there for its grid event), no Storm Guard unless asked.
 */
export const SIMULATOR_DEFAULTS = {
  ...COMMAND_DEFAULTS,
  stepSeconds: 60,
  stormGuardDailyChance: 0,
  homeLoadKw: 1,
  defaultMode: "idle",
  enrollmentStepMinutes: 60,
  enrollmentRejectionRate: 0,
} as const;

interface SentCommand {
  command: AdapterCommand;
  result: SendResult;
  execution: Execution;
}

interface EnrollmentAttempt {
  requestedAtMs: number;
  attempt: number;
}

export function createSimulator(options: SimulatorOptions): ManufacturerAdapter {
  const stepMs = (options.stepSeconds ?? SIMULATOR_DEFAULTS.stepSeconds) * 1000;
  const startMs = options.startAt.getTime();
  if (!(stepMs > 0) || !Number.isFinite(startMs)) throw new RangeError("simulator: stepSeconds must be positive and startAt a valid date");
  const batteries = new Map(options.batteries.map((battery) => [battery.deviceId, battery]));
  const schedules = new Map(options.batteries.map((battery) => [battery.deviceId, stormGuardSchedule(options.seed, battery.deviceId, options)]));
  // Insertion order is send order: where two commands' windows overlap, the later one wins.
  const sent = new Map<string, SentCommand>();
  const enrollments = new Map<string, EnrollmentAttempt>();

  function batteryOf(device: DeviceRef): SimulatedBattery {
    const battery = batteries.get(device.deviceId);
    if (battery === undefined || battery.serialNumber !== device.serialNumber) {
      throw new Error(`simulator: no simulated battery ${device.deviceId} with serial ${device.serialNumber}`);
    }
    return battery;
  }

  function scheduleOf(deviceId: string): StormGuardSchedule {
    const schedule = schedules.get(deviceId);
    if (schedule === undefined) throw new Error(`simulator: no simulated battery ${deviceId}`);
    return schedule;
  }

  function simulate(battery: SimulatedBattery, untilMs: number): SimulatedStep[] {
    const model: BatteryModel = {
      capacityKwh: battery.capacityKwh,
      powerKw: battery.powerKw,
      backupReservePercent: battery.backupReservePercent,
      initialStateOfChargePercent: battery.initialStateOfChargePercent,
      startMs,
      stepMs,
      homeLoadKw: options.homeLoadKw ?? SIMULATOR_DEFAULTS.homeLoadKw,
      defaultMode: options.defaultMode ?? SIMULATOR_DEFAULTS.defaultMode,
    };
    const runs: Run[] = [];
    for (const { command, execution } of sent.values()) {
      if (command.device.deviceId !== battery.deviceId || execution.kind !== "run") continue;
      runs.push({ action: command.action, powerKw: command.powerKw, enableGridInteraction: command.enableGridInteraction, fromMs: execution.startMs, toMs: execution.stopMs });
    }
    return simulateBattery(model, runs, scheduleOf(battery.deviceId).isActive, untilMs);
  }

  function sendCommand(command: AdapterCommand, at: Date): SendResult {
    const previous = sent.get(command.commandId);
    // A resend of the same command (after a timeout) gets the first answer, and runs once.
    if (previous !== undefined) return previous.result;
    const battery = batteries.get(command.device.deviceId);
    if (battery === undefined || battery.serialNumber !== command.device.serialNumber) {
      return { outcome: "failed", reason: `The manufacturer does not know a battery with serial ${command.device.serialNumber}.` };
    }
    const atMs = at.getTime();
    const plan = planCommand(options.seed, command.commandId, options);
    const schedule = scheduleOf(battery.deviceId);
    const result = answerSend(command, atMs, plan, schedule);
    const execution: Execution =
      result.outcome === "sent"
        ? resolveExecution(command, atMs, plan, schedule, { originMs: startMs, stepMs })
        : { kind: "answered", report: result.outcome === "failed" ? { status: "failed", reason: result.reason } : { status: "skipped", reason: result.reason } };
    sent.set(command.commandId, { command, result, execution });
    return result;
  }

  function readState(device: DeviceRef, at: Date): DeviceState {
    const battery = batteryOf(device);
    const atMs = at.getTime();
    if (!(atMs >= startMs)) throw new RangeError(`simulator: no state before ${options.startAt.toISOString()}`);
    const last = simulate(battery, atMs + 1).at(-1);
    if (last === undefined) throw new Error("simulator: no step at or before the requested time");
    return {
      stateOfChargePercent: last.stateOfChargePercent,
      operatingMode: last.operatingMode,
      backupReservePercent: battery.backupReservePercent,
      stormGuardActive: last.stormGuardActive,
      lastSeenAt: new Date(last.atMs),
    };
  }

  function readTelemetry(device: DeviceRef, from: Date, to: Date): TelemetrySample[] {
    const fromMs = from.getTime();
    return simulate(batteryOf(device), to.getTime())
      .filter((step) => step.atMs >= fromMs)
      .map((step) => ({ at: new Date(step.atMs), deliveredKw: step.deliveredKw, stateOfChargePercent: step.stateOfChargePercent }));
  }

  const enrollmentStepMs = (options.enrollmentStepMinutes ?? SIMULATOR_DEFAULTS.enrollmentStepMinutes) * 60_000;
  const rejectionRate = options.enrollmentRejectionRate ?? SIMULATOR_DEFAULTS.enrollmentRejectionRate;

  function readEnrollment(device: DeviceRef, programId: string, at: Date): EnrollmentReport {
    batteryOf(device);
    const attempt = enrollments.get(enrollmentKey(device.deviceId, programId));
    if (attempt === undefined) throw new Error(`simulator: no enrollment requested for ${device.deviceId} in ${programId}`);
    const stepsDone = Math.floor((at.getTime() - attempt.requestedAtMs) / enrollmentStepMs);
    const rejected = randomFor(options.seed, "enrollment", device.deviceId, programId, attempt.attempt)() < rejectionRate;
    if (stepsDone < 1) return { status: "requested" };
    if (stepsDone < 2) return { status: "manufacturer_testing" };
    if (rejected) return { status: "rejected", reason: "The simulated battery failed the manufacturer's communication test (simulated rejection)." };
    if (stepsDone < 3) return { status: "configuring" };
    return { status: "enrolled" };
  }

  const enrollment: AutomaticEnrollment = {
    request: async (device, programId, at) => {
      batteryOf(device);
      const key = enrollmentKey(device.deviceId, programId);
      const existing = enrollments.get(key);
      // Requesting again only starts a new attempt after a rejection; otherwise it is the same request.
      if (existing === undefined || readEnrollment(device, programId, at).status === "rejected") {
        enrollments.set(key, { requestedAtMs: at.getTime(), attempt: (existing?.attempt ?? 0) + 1 });
      }
      return readEnrollment(device, programId, at);
    },
    read: async (device, programId, at) => readEnrollment(device, programId, at),
  };

  return {
    manufacturer: SIMULATOR_MANUFACTURER,
    enrollment,
    sendCommand: async (command, at) => sendCommand(command, at),
    readCommand: async (command, at) => {
      const record = sent.get(command.commandId);
      if (record === undefined) throw new Error(`simulator: command ${command.commandId} was never sent`);
      return reportAt(record.execution, at.getTime());
    },
    readState: async (device, at) => readState(device, at),
    readTelemetry: async (device, from, to) => readTelemetry(device, from, to),
  };
}

function enrollmentKey(deviceId: string, programId: string): string {
  return JSON.stringify([deviceId, programId]);
}
