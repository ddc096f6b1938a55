/**
 * Grid event reads and writes: the batteries an event can dispatch, the event with its commands and webhooks (one
 * transaction), the events due to be measured, and a measurement with its webhook (one transaction, written once).
 */
import { getDb } from "../db/client";
import { gridEventCommandKey, type CommandDecision } from "../../core/operations";
import { isGridServicesOn } from "./operations";
import { commandCreateData } from "./operations-rows";
import { enqueueWebhookEvent } from "./webhook-queue";

export interface NewGridEvent {
  programId: string;
  startAt: Date;
  endAt: Date;
  maxKwPerBattery: number | null;
  note: string | null;
}

export interface DispatchedGridEvent {
  eventId: string;
  commands: number;
  skipped: number;
  deviceIds: string[];
}

/** A battery's measured share of an event. */
export interface BatteryPerformance {
  deviceId: string;
  averageKw: number;
  deliveredKwh: number;
  coverage: number;
}

/** The organization's batteries enrolled in the program, with their enrollments, and whether Grid Services is on. */
export async function findBatteriesEnrolledIn(organizationId: string, programId: string) {
  const [devices, gridServicesOn] = await Promise.all([
    getDb().device.findMany({ where: { organizationId, enrollments: { some: { programId, status: "enrolled" } } }, include: { enrollments: true } }),
    isGridServicesOn(organizationId),
  ]);
  return { devices, gridServicesOn };
}

/**
 * Stores the event, a command per battery the plan did not refuse (queued, or skipped with its webhook) and the
 * event's own webhook, in one transaction.
 */
export async function storeDispatchedGridEvent(
  organizationId: string,
  createdByName: string,
  input: NewGridEvent,
  planned: readonly { deviceId: string; decision: CommandDecision }[],
  now: Date,
): Promise<DispatchedGridEvent> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.gridEvent.create({
      data: { organizationId, programId: input.programId, startAt: input.startAt, endAt: input.endAt, maxKwPerBattery: input.maxKwPerBattery, note: input.note, status: "dispatched", createdByName, dispatchedAt: now },
    });
    let skipped = 0;
    const deviceIds: string[] = [];
    for (const { deviceId, decision } of planned) {
      if (decision.kind === "refused") continue;
      const command = decision.command;
      if (decision.kind === "skipped") skipped++;
      const id = gridEventCommandKey(event.id, deviceId);
      await tx.deviceCommand.create({ data: { id, gridEventId: event.id, ...commandCreateData(organizationId, command) } });
      if (decision.kind === "skipped") {
        await enqueueWebhookEvent(tx, {
          organizationId,
          type: "command.status_changed",
          subjectId: id,
          sequence: 0,
          occurredAt: now,
          data: { commandId: id, deviceId, status: "skipped", previousStatus: null, skipReason: command.skipReason, failureReason: null, gridEventId: event.id },
        });
      }
      deviceIds.push(deviceId);
    }
    await enqueueWebhookEvent(tx, {
      organizationId,
      type: "grid_event.dispatched",
      subjectId: event.id,
      sequence: 0,
      occurredAt: now,
      data: { gridEventId: event.id, programId: event.programId, startAt: event.startAt.toISOString(), endAt: event.endAt.toISOString(), batteries: deviceIds.length, skipped },
    });
    return { eventId: event.id, commands: deviceIds.length, skipped, deviceIds };
  });
}

/** Dispatched events that ended by `endedBy`, with the batteries they commanded. */
export async function findEventsToMeasure(endedBy: Date) {
  return getDb().gridEvent.findMany({ where: { status: "dispatched", endAt: { lte: endedBy } }, include: { commands: { select: { deviceId: true } } } });
}

/**
 * Stores an event's measurement (a row per battery) and its webhook, unless another server measured it first;
 * says whether this call did.
 */
export async function storeMeasurement(event: { id: string; organizationId: string; programId: string }, performances: readonly BatteryPerformance[], now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.gridEvent.updateMany({ where: { id: event.id, status: "dispatched" }, data: { status: "measured", measuredAt: now } });
    if (count === 0) return false;
    if (performances.length > 0) await tx.gridEventPerformance.createMany({ data: performances.map((row) => ({ gridEventId: event.id, ...row, measuredAt: now })) });
    await enqueueWebhookEvent(tx, {
      organizationId: event.organizationId,
      type: "grid_event.measured",
      subjectId: event.id,
      sequence: 1,
      occurredAt: now,
      data: { gridEventId: event.id, programId: event.programId, batteries: performances.map((row) => ({ deviceId: row.deviceId, averageKw: round(row.averageKw), deliveredKwh: round(row.deliveredKwh) })) },
    });
    return true;
  });
}

/** The webhook's figures, to the watt-hour. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
