/**
 * A grid event of one program (issue #7): at dispatch, one grid-interaction discharge command for
 * every battery enrolled in that program; afterwards, each battery's performance from its
 * telemetry.
 *
 * Each battery is asked for its rated power, or the event's cap per battery when that is lower;
 * `decideCommand` then applies the same rules as to any command, so a battery in Storm Guard gets
 * a skipped command on record, not a missing one. Batteries whose enrollment in this program is
 * not complete are left out: the program has not accepted them yet. With Grid Services off the
 * whole event is refused, not each battery in turn, so the installer sees one clear reason.
 */
import { createHash } from "node:crypto";
import { decideCommand, type CommandDecision } from "./commands";
import type { TelemetrySample } from "./adapter";
import type { BatteryDevice } from "./device";
import type { Enrollment } from "./enrollment";
import { measurePerformance, type EventPerformance } from "./performance";

export interface GridEvent {
  id: string;
  programId: string;
  startAt: Date;
  endAt: Date;
  /** The most each battery is asked for, kW; null: each battery's rated power. */
  maxKwPerBattery: number | null;
}

export type GridEventPlan =
  | { kind: "refused"; httpStatus: 409; message: string }
  | { kind: "planned"; commands: { deviceId: string; decision: CommandDecision }[] };

export function planGridEvent(input: {
  event: GridEvent;
  devices: readonly BatteryDevice[];
  /** Enrollments of these devices in any program; only this event's program counts. */
  enrollments: readonly Enrollment[];
  gridServicesOn: boolean;
  now: Date;
}): GridEventPlan {
  const { event, gridServicesOn, now } = input;
  if (!gridServicesOn) {
    return { kind: "refused", httpStatus: 409, message: "Grid Services is off for this organization, so no grid event can be sent. An owner or admin can turn it on in the organization settings." };
  }
  const enrolledHere = input.enrollments.filter((enrollment) => enrollment.programId === event.programId && enrollment.status === "enrolled");
  const enrolledIds = new Set(enrolledHere.map((enrollment) => enrollment.deviceId));
  const commands = input.devices
    .filter((device) => enrolledIds.has(device.id))
    .map((device) => ({
      deviceId: device.id,
      decision: decideCommand({
        command: {
          deviceId: device.id,
          action: "discharge",
          powerKw: event.maxKwPerBattery === null ? device.powerKw : Math.min(device.powerKw, event.maxKwPerBattery),
          startAt: event.startAt,
          endAt: event.endAt,
          enableGridInteraction: true,
        },
        device,
        enrollments: enrolledHere.filter((enrollment) => enrollment.deviceId === device.id),
        gridServicesOn,
        now,
      }),
    }));
  return { kind: "planned", commands };
}

export interface GridEventResult {
  byDevice: { deviceId: string; performance: EventPerformance }[];
  /** Sum over the batteries, kWh. */
  deliveredKwh: number;
  /** Sum of the batteries' averages: the fleet's average kW over the event. */
  averageKw: number;
}

/** Each battery's performance over the event window; pass telemetry from 15 minutes before the start (performance.ts). */
export function measureGridEvent(event: GridEvent, telemetryByDevice: ReadonlyMap<string, readonly TelemetrySample[]>, options: { maxHoldMs?: number } = {}): GridEventResult {
  const byDevice = [...telemetryByDevice].map(([deviceId, samples]) => ({ deviceId, performance: measurePerformance(samples, event, options) }));
  return {
    byDevice,
    deliveredKwh: byDevice.reduce((total, row) => total + row.performance.deliveredKwh, 0),
    averageKw: byDevice.reduce((total, row) => total + row.performance.averageKw, 0),
  };
}

/**
 * The id of the command an event sends a battery. Use it as the command's id (or a unique key):
 * if dispatch is retried after a crash, the second attempt finds the command instead of sending
 * a second one.
 */
export function gridEventCommandKey(eventId: string, deviceId: string): string {
  // Hashed so any ids give a short, URL-safe key; the JSON keeps ("a:b", "c") and ("a", "b:c") apart.
  return `gec_${createHash("sha256").update(JSON.stringify([eventId, deviceId])).digest("hex").slice(0, 32)}`;
}
