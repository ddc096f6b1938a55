/**
 * Whether a battery takes a command, decided once when the request arrives (issue #7). The API
 * route parses the body with `ZCommandRequestSchema`, loads the device, its enrollments and the
 * organization's Grid Services setting, and calls `decideCommand`; it stores the command unless
 * the decision is a refusal. This module also re-exports the schema and the status machine, so
 * the route has one import for commands.
 *
 * Checks, in order (the first that fails answers):
 *   404  the battery does not exist (in this organization)
 *   422  the window has already ended, or starts more than 7 days ahead
 *   422  the power is above the battery's rating
 *   409  grid interaction while Grid Services is off for the organization
 *   409  grid interaction by a battery with no enrolled enrollment
 * Then, for a command that passes:
 *   skipped (storm_guard) when the battery last reported Storm Guard active
 *   queued otherwise
 *
 * The Storm Guard rule covers every command, not only grid-interaction ones. The issue says a
 * battery in Storm Guard does not take part in grid events "even if a grid command is sent"; and
 * outside grid events every other action fights the storm mode too: discharge, export and
 * self-consumption drain the charge it holds for the outage, idle stops it from filling up. Only a
 * solar-only charge would be harmless, and it does nothing Storm Guard is not already doing, so one
 * rule is simpler for the installer to understand. The command is still recorded (as skipped), so
 * the installer sees it was asked for and why nothing happened; Storm Guard can switch on later,
 * so the sender checks again before sending (`transitionCommand(…, { type: "skip" })`).
 */
import { formatKw } from "../money/format";
import type { TCommandRequest } from "./command-request";
import type { Command } from "./command-status";
import type { BatteryDevice } from "./device";
import { ENROLLMENT_STATUS_LABELS, type Enrollment } from "./enrollment";
import { assertValidDate } from "./history";

export * from "./command-request";
export * from "./command-status";

/** A week: grid events are called a day ahead; a command months out is almost always a date typo. */
export const MAX_SCHEDULE_AHEAD_MS = 7 * 24 * 3_600_000;

export type CommandRefusalCode = "device_not_found" | "window_ended" | "too_far_ahead" | "power_above_rating" | "grid_services_off" | "not_enrolled";

export type CommandDecision =
  | { kind: "refused"; httpStatus: 404 | 409 | 422; code: CommandRefusalCode; message: string }
  | { kind: "queued"; command: Command }
  | { kind: "skipped"; command: Command };

/** A command charges from or sends power to the grid: asked for explicitly, or export (which always does). */
export function isGridInteraction(request: Pick<TCommandRequest, "action" | "enableGridInteraction">): boolean {
  return request.enableGridInteraction || request.action === "export";
}

export interface DecideCommandInput {
  command: TCommandRequest;
  /** Null when no battery with that id exists in the organization. */
  device: BatteryDevice | null;
  /** The battery's enrollments in every program: one enrolled is enough for grid interaction. */
  enrollments: readonly Enrollment[];
  gridServicesOn: boolean;
  now: Date;
}

function refused(httpStatus: 404 | 409 | 422, code: CommandRefusalCode, message: string): CommandDecision {
  return { kind: "refused", httpStatus, code, message };
}

export function decideCommand({ command, device, enrollments, gridServicesOn, now }: DecideCommandInput): CommandDecision {
  assertValidDate(now, "decideCommand");
  if (device === null) return refused(404, "device_not_found", "No battery with that device id in this organization.");
  if (device.id !== command.deviceId) {
    // The route loaded the wrong row: answering for another battery would be worse than failing.
    throw new Error(`decideCommand: command for device ${command.deviceId} decided against device ${device.id}`);
  }

  if (command.endAt.getTime() <= now.getTime()) {
    return refused(422, "window_ended", "The command's window has already ended; choose a window that ends in the future.");
  }
  if (command.startAt.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) {
    return refused(422, "too_far_ahead", "Commands can be scheduled at most 7 days ahead.");
  }
  if (command.powerKw !== null && command.powerKw > device.powerKw) {
    return refused(422, "power_above_rating", `${formatKw(command.powerKw)} is more than this battery's rated ${formatKw(device.powerKw)}.`);
  }

  if (isGridInteraction(command)) {
    if (!gridServicesOn) {
      return refused(409, "grid_services_off", "Grid Services is off for this organization. An owner or admin can turn it on in the organization settings.");
    }
    const own = enrollments.filter((enrollment) => enrollment.deviceId === device.id);
    if (!own.some((enrollment) => enrollment.status === "enrolled")) return refused(409, "not_enrolled", notEnrolledMessage(own));
  }

  // Storm Guard wins over every command (see the module comment); the record says why.
  const stormGuardActive = device.state?.stormGuardActive === true;
  const status = stormGuardActive ? "skipped" : "queued";
  const skipReason = stormGuardActive ? "storm_guard" : null;
  const record: Command = {
    deviceId: command.deviceId,
    action: command.action,
    powerKw: command.powerKw,
    startAt: command.startAt,
    endAt: command.endAt,
    enableGridInteraction: isGridInteraction(command),
    status,
    skipReason,
    failureReason: null,
    history: [{ status, at: now, reason: skipReason }],
  };
  return stormGuardActive ? { kind: "skipped", command: record } : { kind: "queued", command: record };
}

/** Says where the enrollment stands, so the installer knows whether to wait or to act. */
function notEnrolledMessage(enrollments: readonly Enrollment[]): string {
  const needs = "Grid-interaction commands need a battery enrolled in a Grid Services program.";
  const pending = enrollments.find((enrollment) => enrollment.status !== "rejected");
  if (pending) return `${needs} This battery's enrollment in ${pending.programId} is ${ENROLLMENT_STATUS_LABELS[pending.status]}.`;
  const rejected = enrollments.at(-1);
  if (rejected) return `${needs} This battery's enrollment in ${rejected.programId} was rejected: ${asSentenceEnd(rejected.rejectionReason ?? "no reason given")}`;
  return `${needs} This battery has no enrollment yet.`;
}

/** Reasons come from people and manufacturers, with or without a final full stop. */
function asSentenceEnd(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
