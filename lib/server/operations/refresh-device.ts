/**
 * Brings one battery's records up to what its manufacturer reports, as of `now`:
 *   - queued commands are sent (sent, skipped for Storm Guard, or failed with the manufacturer's reason);
 *   - sent and executing commands are read and advanced (executing, completed, failed...);
 *   - automatic enrollments are read and advanced (manufacturer testing, configuring, enrolled or rejected);
 *   - the battery's state (charge, mode, reserve, Storm Guard, last seen) is stored.
 * Each change is written with its webhook deliveries in one transaction, and only if the record is still in the
 * status it was read in: two servers refreshing the same battery at once record each step once.
 */
import {
  advanceCommandTo,
  advanceEnrollmentTo,
  isFinal,
  toAdapterCommand,
  transitionCommand,
  type Command,
  type Enrollment,
  type EnrollmentMode,
  type EnrollmentStatus,
  type ManufacturerAdapter,
  type Transitioned,
} from "../../core/operations";
import { findBatteryWithEnrollments, findCommandsToRefresh, storeBatteryState } from "../data/operations-batteries";
import { saveCommandStep } from "../data/operations-commands";
import { saveEnrollmentStep } from "../data/operations-enrollments";
import { commandFromRow, historyFromJson } from "../data/operations-rows";
import { adapterForDevice, replaySince } from "./adapters";
import { advanceCheckpoint } from "./checkpoint";

const NON_FINAL_ENROLLMENT: EnrollmentStatus[] = ["requested", "manufacturer_testing", "configuring"];

export interface RefreshResult {
  commandsChanged: number;
  enrollmentsChanged: number;
  stateRead: boolean;
}

export async function refreshDevice(deviceId: string, now: Date = new Date()): Promise<RefreshResult> {
  const result: RefreshResult = { commandsChanged: 0, enrollmentsChanged: 0, stateRead: false };
  const stored = await findBatteryWithEnrollments(deviceId);
  if (!stored) return result;
  const commands = await findCommandsToRefresh(deviceId, replaySince(stored));
  const device = { ...stored, commands };
  const adapter = await adapterForDevice(device, device.commands, device.enrollments);

  for (const row of device.commands) {
    const command = commandFromRow(row);
    if (isFinal(command.status)) continue;
    const next = await nextCommand(adapter, device, row.id, command, now);
    if (next === null || !next.transitioned.ok || next.transitioned.value === command) continue;
    if (await saveCommandStep(device.organizationId, row.id, command.status, next.transitioned.value, next.sentAt)) result.commandsChanged++;
  }

  if (adapter?.enrollment) {
    for (const row of device.enrollments) {
      if (row.mode !== "automatic" || !NON_FINAL_ENROLLMENT.includes(row.status as EnrollmentStatus)) continue;
      const enrollment: Enrollment = {
        deviceId: device.id,
        programId: row.programId,
        mode: row.mode as EnrollmentMode,
        status: row.status as EnrollmentStatus,
        rejectionReason: row.rejectionReason,
        history: historyFromJson<EnrollmentStatus>(row.history),
      };
      const report = await adapter.enrollment.read({ deviceId: device.id, serialNumber: device.serialNumber }, row.programId, now);
      const advanced = advanceEnrollmentTo(enrollment, report, now);
      if (!advanced.ok || advanced.value === enrollment) continue;
      if (await saveEnrollmentStep(device.organizationId, row.id, enrollment.status, advanced.value)) result.enrollmentsChanged++;
    }
  }

  if (adapter) {
    await storeBatteryState(device.id, await adapter.readState({ deviceId: device.id, serialNumber: device.serialNumber }, now));
    result.stateRead = true;
    await advanceCheckpoint(device, device.commands, adapter, now);
  }
  return result;
}

type DeviceForCommand = { id: string; serialNumber: string; manufacturer: string };

async function nextCommand(
  adapter: ManufacturerAdapter | null,
  device: DeviceForCommand,
  commandId: string,
  command: Command,
  now: Date,
): Promise<{ transitioned: Transitioned<Command>; sentAt: Date | null } | null> {
  if (adapter === null) {
    // Recorded, not left queued for ever: the installer sees why nothing happened.
    const reason = `Gridfolio cannot reach ${device.manufacturer} batteries yet: only the built-in simulator has an adapter.`;
    return { transitioned: transitionCommand(command, { type: "fail", reason }, now), sentAt: null };
  }
  const adapterCommand = toAdapterCommand(commandId, device, command);
  if (command.status === "queued") {
    const answer = await adapter.sendCommand(adapterCommand, now);
    const event = answer.outcome === "sent" ? ({ type: "send" } as const) : answer.outcome === "skipped" ? ({ type: "skip", reason: answer.reason } as const) : ({ type: "fail", reason: answer.reason } as const);
    const sent = transitionCommand(command, event, now);
    if (!sent.ok || answer.outcome !== "sent") return { transitioned: sent, sentAt: now };
    // It may already be further along (the simulator answers as of `now`).
    const report = await adapter.readCommand(adapterCommand, now);
    const advanced = advanceCommandTo(sent.value, report, now);
    return { transitioned: advanced.ok ? advanced : sent, sentAt: now };
  }
  const report = await adapter.readCommand(adapterCommand, now);
  return { transitioned: advanceCommandTo(command, report, now), sentAt: null };
}
