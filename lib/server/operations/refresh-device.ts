/**
 * Brings one battery's records up to what its manufacturer reports, as of `now`:
 *   - queued commands are sent (sent, skipped for Storm Guard, or failed with the manufacturer's reason);
 *   - sent and executing commands are read and advanced (executing, completed, failed...);
 *   - automatic enrollments are read and advanced (manufacturer testing, configuring, enrolled or rejected);
 *   - the battery's state (charge, mode, reserve, Storm Guard, last seen) is stored.
 * Each change is written with its webhook deliveries in one transaction, and only if the record is still in the
 * status it was read in: two servers refreshing the same battery at once record each step once.
 */
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import {
  advanceCommandTo,
  advanceEnrollmentTo,
  isFinal,
  toAdapterCommand,
  transitionCommand,
  type Command,
  type CommandStatus,
  type Enrollment,
  type EnrollmentMode,
  type EnrollmentStatus,
  type ManufacturerAdapter,
  type Transitioned,
} from "../../core/operations";
import { enqueueWebhookEvent } from "../webhooks/enqueue";
import { adapterForDevice, replayedSince } from "./adapters";
import { advanceCheckpoint } from "./checkpoint";
import { commandFromRow, commandUpdate, historyFromJson, historyToJson } from "./rows";

const NON_FINAL_ENROLLMENT: EnrollmentStatus[] = ["requested", "manufacturer_testing", "configuring"];

export interface RefreshResult {
  commandsChanged: number;
  enrollmentsChanged: number;
  stateRead: boolean;
}

export async function refreshDevice(deviceId: string, now: Date = new Date()): Promise<RefreshResult> {
  const db = getDb();
  const result: RefreshResult = { commandsChanged: 0, enrollmentsChanged: 0, stateRead: false };
  const stored = await db.device.findUnique({ where: { id: deviceId }, include: { enrollments: true } });
  if (!stored) return result;
  const commands = await db.deviceCommand.findMany({
    where: { deviceId, OR: [replayedSince(stored), { status: "queued" }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { gridEvent: { select: { status: true, startAt: true } } },
  });
  const device = { ...stored, commands };
  const adapter = await adapterForDevice(device, device.commands, device.enrollments);

  for (const row of device.commands) {
    const command = commandFromRow(row);
    if (isFinal(command.status)) continue;
    const next = await nextCommand(adapter, device, row.id, command, now);
    if (next === null || !next.transitioned.ok || next.transitioned.value === command) continue;
    if (await saveCommand(device.organizationId, row.id, command.status, next.transitioned.value, next.sentAt)) result.commandsChanged++;
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
      if (await saveEnrollment(device.organizationId, row.id, enrollment.status, advanced.value)) result.enrollmentsChanged++;
    }
  }

  if (adapter) {
    const state = await adapter.readState({ deviceId: device.id, serialNumber: device.serialNumber }, now);
    await db.device.update({
      where: { id: device.id },
      data: {
        stateOfChargePercent: state.stateOfChargePercent,
        operatingMode: state.operatingMode,
        backupReservePercent: state.backupReservePercent,
        stormGuardActive: state.stormGuardActive,
        lastSeenAt: state.lastSeenAt,
      },
    });
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

async function saveCommand(organizationId: string, commandId: string, readStatus: CommandStatus, command: Command, sentAt: Date | null): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.deviceCommand.updateMany({
      where: { id: commandId, status: readStatus },
      data: { ...commandUpdate(command), ...(sentAt ? { sentAt } : {}) },
    });
    if (count === 0) return false;
    const step = command.history.at(-1)!;
    await enqueueWebhookEvent(tx, {
      organizationId,
      type: "command.status_changed",
      subjectId: commandId,
      sequence: command.history.length - 1,
      occurredAt: step.at,
      data: { commandId, deviceId: command.deviceId, status: command.status, previousStatus: readStatus, skipReason: command.skipReason, failureReason: command.failureReason },
    });
    return true;
  });
}

async function saveEnrollment(organizationId: string, enrollmentId: string, readStatus: EnrollmentStatus, enrollment: Enrollment): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.deviceEnrollment.updateMany({
      where: { id: enrollmentId, status: readStatus },
      data: { status: enrollment.status, rejectionReason: enrollment.rejectionReason, history: historyToJson(enrollment.history) },
    });
    if (count === 0) return false;
    await enqueueEnrollmentEvent(tx, organizationId, enrollmentId, enrollment, readStatus);
    return true;
  });
}

type Tx = Prisma.TransactionClient;

/** The webhook for an enrollment's latest step (also used by the manual-enrollment actions). */
export async function enqueueEnrollmentEvent(tx: Tx, organizationId: string, enrollmentId: string, enrollment: Enrollment, previousStatus: EnrollmentStatus | null): Promise<void> {
  await enqueueWebhookEvent(tx, {
    organizationId,
    type: "enrollment.status_changed",
    subjectId: enrollmentId,
    sequence: enrollment.history.length - 1,
    occurredAt: enrollment.history.at(-1)!.at,
    data: { enrollmentId, deviceId: enrollment.deviceId, programId: enrollment.programId, mode: enrollment.mode, status: enrollment.status, previousStatus, rejectionReason: enrollment.rejectionReason },
  });
}
