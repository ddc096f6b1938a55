/**
 * Grid events in the app: dispatching one (a grid-interaction command per enrolled battery of its program, planned
 * by lib/operations) and measuring it once it has ended (each battery's average kW from its telemetry).
 */
import { getDb } from "../db/client";
import { gridEventCommandKey, measurePerformance, planGridEvent, type GridEvent } from "../../core/operations";
import { toBatteryDevice } from "../api/devices";
import { enqueueWebhookEvent } from "../webhooks/enqueue";
import { adapterForDevice, replayedSince } from "./adapters";
import { commandCreateData } from "./rows";

/**
 * Telemetry arrives a step or two after the fact: an event is measured this long after it ends (a minute, or
 * OPERATIONS_MEASURE_DELAY_SECONDS when the simulator runs in fast motion for browser tests).
 */
export function measureAfterMs(): number {
  return (Number(process.env.OPERATIONS_MEASURE_DELAY_SECONDS) || 60) * 1000;
}
/** Samples from before the start: performance.ts holds the last one into the window. */
const TELEMETRY_LEAD_MS = 15 * 60_000;

export interface NewGridEvent {
  programId: string;
  startAt: Date;
  endAt: Date;
  maxKwPerBattery: number | null;
  note: string | null;
}

export type DispatchOutcome = { ok: true; eventId: string; commands: number; skipped: number; deviceIds: string[] } | { ok: false; message: string };

/** Stores the event and its commands in one transaction, or nothing when it is refused (Grid Services off). */
export async function createAndDispatchGridEvent(organizationId: string, createdByName: string, input: NewGridEvent, now: Date = new Date()): Promise<DispatchOutcome> {
  const db = getDb();
  const [organization, rows] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { gridServicesEnabled: true } }),
    db.device.findMany({ where: { organizationId, enrollments: { some: { programId: input.programId, status: "enrolled" } } }, include: { enrollments: true } }),
  ]);
  const loaded = rows.map(toBatteryDevice);
  const draft: GridEvent = { id: "", programId: input.programId, startAt: input.startAt, endAt: input.endAt, maxKwPerBattery: input.maxKwPerBattery };
  const plan = planGridEvent({ event: draft, devices: loaded.map((entry) => entry.device), enrollments: loaded.flatMap((entry) => entry.enrollments), gridServicesOn: organization.gridServicesEnabled, now });
  if (plan.kind === "refused") return { ok: false, message: plan.message };
  const refusals = plan.commands.filter((entry) => entry.decision.kind === "refused");
  if (refusals.length > 0 && refusals.length === plan.commands.length) {
    const first = refusals[0]!.decision;
    return { ok: false, message: first.kind === "refused" ? first.message : "The event could not be sent." };
  }
  const stored = await db.$transaction(async (tx) => {
    const event = await tx.gridEvent.create({
      data: { organizationId, programId: input.programId, startAt: input.startAt, endAt: input.endAt, maxKwPerBattery: input.maxKwPerBattery, note: input.note, status: "dispatched", createdByName, dispatchedAt: now },
    });
    let skipped = 0;
    const deviceIds: string[] = [];
    for (const { deviceId, decision } of plan.commands) {
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
  return { ok: true, ...stored };
}

/** Measures every dispatched event that ended at least measureAfterMs() ago; returns how many. */
export async function measureEndedGridEvents(now: Date = new Date()): Promise<number> {
  const db = getDb();
  const due = await db.gridEvent.findMany({ where: { status: "dispatched", endAt: { lte: new Date(now.getTime() - measureAfterMs()) } }, include: { commands: { select: { deviceId: true } } } });
  let measured = 0;
  for (const event of due) {
    const rows: { deviceId: string; averageKw: number; deliveredKwh: number; coverage: number }[] = [];
    for (const deviceId of new Set(event.commands.map((command) => command.deviceId))) {
      const stored = await db.device.findUnique({ where: { id: deviceId }, include: { enrollments: true } });
      if (!stored) continue;
      const device = { ...stored, commands: await db.deviceCommand.findMany({ where: { deviceId, ...replayedSince(stored) } }) };
      const adapter = await adapterForDevice(device, device.commands, device.enrollments);
      // No adapter, no telemetry: the battery is left out rather than counted as delivering nothing.
      if (!adapter) continue;
      const ref = { deviceId: device.id, serialNumber: device.serialNumber };
      const samples = await adapter.readTelemetry(ref, new Date(event.startAt.getTime() - TELEMETRY_LEAD_MS), event.endAt);
      const performance = measurePerformance(samples, { startAt: event.startAt, endAt: event.endAt });
      rows.push({ deviceId, averageKw: performance.averageKw, deliveredKwh: performance.deliveredKwh, coverage: performance.coverage });
    }
    const done = await db.$transaction(async (tx) => {
      const { count } = await tx.gridEvent.updateMany({ where: { id: event.id, status: "dispatched" }, data: { status: "measured", measuredAt: now } });
      if (count === 0) return false;
      if (rows.length > 0) await tx.gridEventPerformance.createMany({ data: rows.map((row) => ({ gridEventId: event.id, ...row, measuredAt: now })) });
      await enqueueWebhookEvent(tx, {
        organizationId: event.organizationId,
        type: "grid_event.measured",
        subjectId: event.id,
        sequence: 1,
        occurredAt: now,
        data: { gridEventId: event.id, programId: event.programId, batteries: rows.map((row) => ({ deviceId: row.deviceId, averageKw: round(row.averageKw), deliveredKwh: round(row.deliveredKwh) })) },
      });
      return true;
    });
    if (done) measured++;
  }
  return measured;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
