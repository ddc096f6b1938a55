/**
 * The life of a command once it is recorded (issue #7):
 *
 *   queued → sent → executing → completed
 *      ↘       ↘         ↘
 *       ↘       ↘         failed (with a reason)
 *        ↘       ↘
 *         skipped (storm_guard)
 *
 * - "skipped" means the battery never acted on it: Storm Guard was active when the command was
 *   decided, when it was sent, or when the battery was due to start it. Once a command is executing,
 *   an interruption (Storm Guard included) is a failure: it did run, and part of the energy moved.
 * - "failed" may happen at any step before the end: the manufacturer refused it (queued → failed),
 *   the battery never acknowledged it (sent → failed) or stopped part way (executing → failed).
 * - completed, failed and skipped are final. A retry is a new command, so each record tells the
 *   story of one attempt.
 */
import type { CommandAction } from "./command-request";
import { assertValidDate, refuse, refuseIfEarlier, type Step, type Transitioned } from "./history";

export const commandStatuses = ["queued", "sent", "executing", "completed", "failed", "skipped"] as const;
export type CommandStatus = (typeof commandStatuses)[number];

/** Why a command was skipped. Only Storm Guard today; a union so a new reason breaks the build where it must be shown. */
export type SkipReason = "storm_guard";

export const SKIP_REASON_LABELS: Readonly<Record<SkipReason, string>> = {
  storm_guard: "Storm Guard was active: the battery was holding its charge for a storm, so it did not take part.",
};

export interface Command {
  deviceId: string;
  action: CommandAction;
  /** Null for idle and self-consumption, which take no power. */
  powerKw: number | null;
  startAt: Date;
  endAt: Date;
  /** True when the command may charge from or send power to the grid (export always does). */
  enableGridInteraction: boolean;
  status: CommandStatus;
  skipReason: SkipReason | null;
  failureReason: string | null;
  /** Every step, oldest first; the last one is the current status. */
  history: readonly Step<CommandStatus>[];
}

export type CommandEvent =
  | { type: "send" }
  | { type: "start" }
  | { type: "complete" }
  | { type: "fail"; reason: string }
  | { type: "skip"; reason: SkipReason };

type EventType = CommandEvent["type"];

const TRANSITIONS: Readonly<Record<EventType, { from: readonly CommandStatus[]; to: CommandStatus }>> = {
  send: { from: ["queued"], to: "sent" },
  start: { from: ["sent"], to: "executing" },
  complete: { from: ["executing"], to: "completed" },
  fail: { from: ["queued", "sent", "executing"], to: "failed" },
  skip: { from: ["queued", "sent"], to: "skipped" },
};

const EVENT_VERBS: Readonly<Record<EventType, string>> = {
  send: "mark the command as sent",
  start: "mark the command as executing",
  complete: "mark the command as completed",
  fail: "mark the command as failed",
  skip: "skip the command",
};

export const COMMAND_STATUS_LABELS: Readonly<Record<CommandStatus, string>> = {
  queued: "queued",
  sent: "sent",
  executing: "executing",
  completed: "completed",
  failed: "failed",
  skipped: "skipped",
};

export function isFinal(status: CommandStatus): boolean {
  return status === "completed" || status === "failed" || status === "skipped";
}

/** The command after `event` at `at`, or a refusal saying why not. The input is not changed. */
export function transitionCommand(command: Command, event: CommandEvent, at: Date): Transitioned<Command> {
  assertValidDate(at, "transitionCommand");
  const rule = TRANSITIONS[event.type];
  if (!rule.from.includes(command.status)) {
    const state = isFinal(command.status) ? `it is already ${COMMAND_STATUS_LABELS[command.status]}, and that is final` : `it is ${COMMAND_STATUS_LABELS[command.status]}`;
    return refuse(`Cannot ${EVENT_VERBS[event.type]}: ${state}.`);
  }
  let failureReason: string | null = null;
  if (event.type === "fail") {
    failureReason = event.reason.trim();
    if (failureReason === "") return refuse("Give a reason for the failure, so the installer knows what went wrong.");
  }
  const earlier = refuseIfEarlier(command.history, at);
  if (earlier) return earlier;
  const skipReason = event.type === "skip" ? event.reason : null;
  return {
    ok: true,
    value: {
      ...command,
      status: rule.to,
      skipReason,
      failureReason,
      history: [...command.history, { status: rule.to, at, reason: skipReason ?? failureReason }],
    },
  };
}

/** What a manufacturer reports about a command it was sent (adapter.ts). */
export type CommandReport =
  | { status: "sent" | "executing" | "completed" }
  | { status: "failed"; reason: string }
  | { status: "skipped"; reason: SkipReason };

const FORWARD: readonly CommandStatus[] = ["queued", "sent", "executing", "completed"];
const FORWARD_EVENT: Readonly<Partial<Record<CommandStatus, CommandEvent>>> = {
  sent: { type: "send" },
  executing: { type: "start" },
  completed: { type: "complete" },
};

/**
 * Brings a command up to what the manufacturer reports; a poll may find it completed without ever
 * having seen it executing. Steps in between are stamped `at`, when Gridfolio learned of them. The
 * same status is no change; a report behind the record (a stale answer) is refused.
 */
export function advanceCommandTo(command: Command, report: CommandReport, at: Date): Transitioned<Command> {
  assertValidDate(at, "advanceCommandTo");
  if (report.status === command.status) return { ok: true, value: command };
  if (report.status === "failed") return transitionCommand(command, { type: "fail", reason: report.reason }, at);
  if (report.status === "skipped") return transitionCommand(command, { type: "skip", reason: report.reason }, at);
  const fromIndex = FORWARD.indexOf(command.status);
  const toIndex = FORWARD.indexOf(report.status);
  if (fromIndex === -1 || toIndex < fromIndex) {
    return refuse(`The manufacturer reports the command as ${COMMAND_STATUS_LABELS[report.status]}, but it is already ${COMMAND_STATUS_LABELS[command.status]}.`);
  }
  let current: Transitioned<Command> = { ok: true, value: command };
  for (const status of FORWARD.slice(fromIndex + 1, toIndex + 1)) {
    const event = FORWARD_EVENT[status];
    if (!current.ok || !event) break;
    current = transitionCommand(current.value, event, at);
  }
  return current;
}
