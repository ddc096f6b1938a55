/**
 * The life of one command on the simulator, decided when it is sent (the rules are listed in
 * simulator.ts). Pure: the random choices come from (seed, "command", commandId), and everything
 * else from the command, the time it was sent and the Storm Guard schedule.
 */
import type { AdapterCommand, SendResult } from "./adapter";
import type { CommandReport } from "./command-status";
import { randomFor } from "./prng";
import type { StormGuardSchedule } from "./storm-guard-schedule";

export interface CommandOptions {
  /** Time from sending to the battery acting, drawn uniformly per command. */
  responseDelaySeconds?: { min: number; max: number } | undefined;
  /** Share of commands that fail, 0–1; half of the failures happen at send, half part way. */
  failureRate?: number | undefined;
}

/** Commands act within a minute, and 2 % fail: roughly what a manufacturer's cloud does. */
export const COMMAND_DEFAULTS = {
  responseDelaySeconds: { min: 5, max: 60 },
  failureRate: 0.02,
} as const;

/** The random choices for one command, drawn from (seed, "command", commandId) in a fixed order. */
export interface CommandPlan {
  delayMs: number;
  failure: "none" | "at_send" | "part_way";
  /** For a part-way failure: how far through its run it stops, 0–1. */
  failureFraction: number;
}

export function planCommand(seed: number, commandId: string, options: CommandOptions = {}): CommandPlan {
  const random = randomFor(seed, "command", commandId);
  const delay = options.responseDelaySeconds ?? COMMAND_DEFAULTS.responseDelaySeconds;
  const failureRate = options.failureRate ?? COMMAND_DEFAULTS.failureRate;
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

/** The manufacturer's answer to a send at `atMs` (the first rules listed in simulator.ts). */
export function answerSend(command: AdapterCommand, atMs: number, plan: CommandPlan, stormGuard: StormGuardSchedule): SendResult {
  if (atMs >= command.endAt.getTime()) return { outcome: "failed", reason: "The command's window had ended before it was sent." };
  if (plan.failure === "at_send") return { outcome: "failed", reason: "The simulated battery did not acknowledge the command (simulated failure)." };
  if (stormGuard.isActive(atMs)) return { outcome: "skipped", reason: "storm_guard" };
  return { outcome: "sent" };
}

/**
 * What became of a sent command, over its whole life, worked out once at send time (it depends only
 * on things known then); `reportAt` reads it as of a time.
 */
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
    // Whole milliseconds, as every Date is.
    stopMs = startMs + Math.round(plan.failureFraction * (endMs - startMs));
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
