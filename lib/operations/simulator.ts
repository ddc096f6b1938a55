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
 * each answer is recomputed from that record and the options (battery-model.ts does the physics).
 * A command never changes the past: it starts no earlier than it was sent plus its delay.
 *
 * What a command does, once sent at `sentAt` (the first rule that applies wins):
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
import type { CommandReport } from "./command-status";
import type { DeviceState } from "./device";
import { randomFor } from "./prng";

/** Devices with this manufacturer are run by the simulator; `enrollmentModeFor` treats it as automatic. */
export const SIMULATOR_MANUFACTURER = "Gridfolio Simulator";

export interface SimulatedBattery extends DeviceRef {
  capacityKwh: number;
  powerKw: number;
  backupReservePercent: number;
  initialStateOfChargePercent: number;
}

/** Storm Guard on over [from, to): for one battery, or for every battery when `deviceId` is absent. */
export interface StormGuardWindow {
  deviceId?: string | undefined;
  from: Date;
  to: Date;
}

export interface SimulatorOptions {
  seed: number;
  /** When every simulated battery starts reporting; the first telemetry sample is at this time. */
  startAt: Date;
  batteries: readonly SimulatedBattery[];
  /** Telemetry interval and model step. */
  stepSeconds?: number;
  /** Time from sending to the battery acting, drawn uniformly per command. */
  responseDelaySeconds?: { min: number; max: number };
  /** Share of commands that fail, 0–1; half of the failures happen at send, half part way. */
  failureRate?: number;
  stormGuardWindows?: readonly StormGuardWindow[];
  /** Chance, 0–1, that Storm Guard is on for a whole UTC day, drawn per battery and day. */
  stormGuardDailyChance?: number;
  homeLoadKw?: number;
  defaultMode?: "idle" | "self_consumption";
  /** Time each enrollment step takes (requested → testing → configuring → enrolled). */
  enrollmentStepMinutes?: number;
  /** Share of enrollment attempts the simulated manufacturer rejects after testing, 0–1. */
  enrollmentRejectionRate?: number;
}

/**
 * Defaults chosen to look like a home battery on a manufacturer's cloud: one-minute telemetry,
 * commands acting within a minute, 2 % failures, a 1 kW evening home load, idle between commands
 * (so the charge a demo puts in is still there for its grid event), no Storm Guard unless asked.
 */
export const SIMULATOR_DEFAULTS = {
  stepSeconds: 60,
  responseDelaySeconds: { min: 5, max: 60 },
  failureRate: 0.02,
  stormGuardDailyChance: 0,
  homeLoadKw: 1,
  defaultMode: "idle",
  enrollmentStepMinutes: 60,
  enrollmentRejectionRate: 0,
} as const satisfies Required<Omit<SimulatorOptions, "seed" | "startAt" | "batteries" | "stormGuardWindows">>;

const DAY_MS = 86_400_000;

/** The random choices for one command, drawn from (seed, "command", commandId) in a fixed order. */
export interface CommandPlan {
  delayMs: number;
  failure: "none" | "at_send" | "part_way";
  /** For a part-way failure: how far through its run it stops, 0–1. */
  failureFraction: number;
}

export function planCommand(seed: number, commandId: string, options: Pick<SimulatorOptions, "responseDelaySeconds" | "failureRate"> = {}): CommandPlan {
  const random = randomFor(seed, "command", commandId);
  const delay = options.responseDelaySeconds ?? SIMULATOR_DEFAULTS.responseDelaySeconds;
  const failureRate = options.failureRate ?? SIMULATOR_DEFAULTS.failureRate;
  // Always four draws, so changing one option does not shift the others' numbers.
  const delayDraw = random();
  const failureDraw = random();
  const whereDraw = random();
  const fractionDraw = random();
  const fails = failureDraw < failureRate;
  return {
    delayMs: Math.round((delay.min + delayDraw * (delay.max - delay.min)) * 1000),
    failure: fails ? (whereDraw < 0.5 ? "at_send" : "part_way") : "none",
    failureFraction: fractionDraw,
  };
}

/** When Storm Guard is on for one battery: the configured windows plus the seeded whole days. */
export interface StormGuardSchedule {
  isActive(ms: number): boolean;
  /** The first instant in [fromMs, toMs) at which it is on, or null. */
  firstActiveIn(fromMs: number, toMs: number): number | null;
}

export function stormGuardSchedule(seed: number, deviceId: string, options: Pick<SimulatorOptions, "stormGuardWindows" | "stormGuardDailyChance">): StormGuardSchedule {
  const windows = (options.stormGuardWindows ?? [])
    .filter((window) => window.deviceId === undefined || window.deviceId === deviceId)
    .map((window) => ({ fromMs: window.from.getTime(), toMs: window.to.getTime() }));
  const dailyChance = options.stormGuardDailyChance ?? SIMULATOR_DEFAULTS.stormGuardDailyChance;
  const days = new Map<number, boolean>();
  const isStormDay = (day: number): boolean => {
    if (dailyChance <= 0) return false;
    let active = days.get(day);
    if (active === undefined) {
      active = randomFor(seed, "storm-guard", deviceId, day)() < dailyChance;
      days.set(day, active);
    }
    return active;
  };
  const isActive = (ms: number) => isStormDay(Math.floor(ms / DAY_MS)) || windows.some((window) => window.fromMs <= ms && ms < window.toMs);
  return {
    isActive,
    firstActiveIn(fromMs, toMs) {
      // Storm Guard only switches on at a window's start or a day's start: check those instants.
      const candidates = [fromMs, ...windows.map((window) => window.fromMs)];
      for (let day = Math.floor(fromMs / DAY_MS) + 1; day * DAY_MS < toMs; day++) candidates.push(day * DAY_MS);
      const inRange = candidates.filter((ms) => fromMs <= ms && ms < toMs).sort((a, b) => a - b);
      return inRange.find(isActive) ?? null;
    },
  };
}

/** What became of a sent command, over its whole life (readCommand reads it as of a time). */
export type Execution =
  | { kind: "answered"; report: CommandReport }
  | { kind: "late"; arrivesMs: number }
  | { kind: "skipped_at_start"; startMs: number }
  | { kind: "run"; startMs: number; stopMs: number; outcome: CommandReport };

const STOPPED_PART_WAY = "The simulated battery stopped responding part way through the command (simulated failure).";
const STORM_GUARD_TOOK_OVER = "Storm Guard switched on part way through the command and took over the battery.";
const ARRIVED_LATE = "The command reached the battery after its window had ended.";

/** The model's steps: at originMs + k × stepMs. */
export interface StepGrid {
  originMs: number;
  stepMs: number;
}

export function resolveExecution(command: AdapterCommand, sentAtMs: number, plan: CommandPlan, stormGuard: StormGuardSchedule, grid: StepGrid): Execution {
  const endMs = command.endAt.getTime();
  const arrivesMs = sentAtMs + plan.delayMs;
  // The model changes power at step boundaries, so a command starts at the first one it can.
  const dueMs = Math.max(arrivesMs, command.startAt.getTime());
  const startMs = grid.originMs + Math.ceil((dueMs - grid.originMs) / grid.stepMs) * grid.stepMs;
  if (startMs >= endMs) return { kind: "late", arrivesMs };
  if (stormGuard.isActive(startMs)) return { kind: "skipped_at_start", startMs };
  let stopMs = endMs;
  let outcome: CommandReport = { status: "completed" };
  if (plan.failure === "part_way") {
    stopMs = startMs + plan.failureFraction * (endMs - startMs);
    outcome = { status: "failed", reason: STOPPED_PART_WAY };
  }
  const storm = stormGuard.firstActiveIn(startMs, stopMs);
  if (storm !== null) {
    stopMs = storm;
    outcome = { status: "failed", reason: STORM_GUARD_TOOK_OVER };
  }
  return { kind: "run", startMs, stopMs, outcome };
}

/** The command's status as of `atMs`. */
export function reportAt(execution: Execution, atMs: number): CommandReport {
  switch (execution.kind) {
    case "answered":
      return execution.report;
    case "late":
      return atMs < execution.arrivesMs ? { status: "sent" } : { status: "failed", reason: ARRIVED_LATE };
    case "skipped_at_start":
      return atMs < execution.startMs ? { status: "sent" } : { status: "skipped", reason: "storm_guard" };
    case "run":
      if (atMs < execution.startMs) return { status: "sent" };
      if (atMs < execution.stopMs) return { status: "executing" };
      return execution.outcome;
    default: {
      const unhandled: never = execution;
      throw new Error(`simulator: unknown execution ${String(unhandled)}`);
    }
  }
}

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
    if (!batteries.has(command.device.deviceId) || batteries.get(command.device.deviceId)?.serialNumber !== command.device.serialNumber) {
      return { outcome: "failed", reason: `The manufacturer does not know a battery with serial ${command.device.serialNumber}.` };
    }
    const atMs = at.getTime();
    const plan = planCommand(options.seed, command.commandId, options);
    let result: SendResult;
    let execution: Execution;
    if (atMs >= command.endAt.getTime()) {
      const reason = "The command's window had ended before it was sent.";
      result = { outcome: "failed", reason };
      execution = { kind: "answered", report: { status: "failed", reason } };
    } else if (plan.failure === "at_send") {
      const reason = "The simulated battery did not acknowledge the command (simulated failure).";
      result = { outcome: "failed", reason };
      execution = { kind: "answered", report: { status: "failed", reason } };
    } else if (scheduleOf(command.device.deviceId).isActive(atMs)) {
      result = { outcome: "skipped", reason: "storm_guard" };
      execution = { kind: "answered", report: { status: "skipped", reason: "storm_guard" } };
    } else {
      result = { outcome: "sent" };
      execution = resolveExecution(command, atMs, plan, scheduleOf(command.device.deviceId), { originMs: startMs, stepMs });
    }
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
