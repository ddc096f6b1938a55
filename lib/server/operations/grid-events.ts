/**
 * Grid events in the app: dispatching one (a grid-interaction command per enrolled battery of its program, planned
 * by lib/operations) and measuring it once it has ended (each battery's average kW from its telemetry).
 */
import { measurePerformance, planGridEvent, type GridEvent } from "../../core/operations";
import { toBatteryDevice } from "../api/devices";
import { findBatteryWithEnrollments, findCommandsToReplay } from "../data/operations-batteries";
import { findBatteriesEnrolledIn, findEventsToMeasure, storeDispatchedGridEvent, storeMeasurement, type BatteryPerformance, type DispatchedGridEvent, type NewGridEvent } from "../data/operations-grid-events";
import { adapterForDevice, replaySince } from "./adapters";

/**
 * Telemetry arrives a step or two after the fact: an event is measured this long after it ends (a minute, or
 * OPERATIONS_MEASURE_DELAY_SECONDS when the simulator runs in fast motion for browser tests).
 */
export function measureAfterMs(): number {
  return (Number(process.env.OPERATIONS_MEASURE_DELAY_SECONDS) || 60) * 1000;
}
/** Samples from before the start: performance.ts holds the last one into the window. */
const TELEMETRY_LEAD_MS = 15 * 60_000;

export type DispatchOutcome = ({ ok: true } & DispatchedGridEvent) | { ok: false; message: string };

/** Stores the event and its commands in one transaction, or nothing when it is refused (Grid Services off). */
export async function createAndDispatchGridEvent(organizationId: string, createdByName: string, input: NewGridEvent, now: Date = new Date()): Promise<DispatchOutcome> {
  const { devices, gridServicesOn } = await findBatteriesEnrolledIn(organizationId, input.programId);
  const loaded = devices.map(toBatteryDevice);
  const draft: GridEvent = { id: "", programId: input.programId, startAt: input.startAt, endAt: input.endAt, maxKwPerBattery: input.maxKwPerBattery };
  const plan = planGridEvent({ event: draft, devices: loaded.map((entry) => entry.device), enrollments: loaded.flatMap((entry) => entry.enrollments), gridServicesOn, now });
  if (plan.kind === "refused") return { ok: false, message: plan.message };
  const refusals = plan.commands.filter((entry) => entry.decision.kind === "refused");
  if (refusals.length > 0 && refusals.length === plan.commands.length) {
    const first = refusals[0]!.decision;
    return { ok: false, message: first.kind === "refused" ? first.message : "The event could not be sent." };
  }
  const stored = await storeDispatchedGridEvent(organizationId, createdByName, input, plan.commands, now);
  return { ok: true, ...stored };
}

/** Measures every dispatched event that ended at least measureAfterMs() ago; returns how many. */
export async function measureEndedGridEvents(now: Date = new Date()): Promise<number> {
  const due = await findEventsToMeasure(new Date(now.getTime() - measureAfterMs()));
  let measured = 0;
  for (const event of due) {
    const rows: BatteryPerformance[] = [];
    for (const deviceId of new Set(event.commands.map((command) => command.deviceId))) {
      const stored = await findBatteryWithEnrollments(deviceId);
      if (!stored) continue;
      const device = { ...stored, commands: await findCommandsToReplay(deviceId, replaySince(stored)) };
      const adapter = await adapterForDevice(device, device.commands, device.enrollments);
      // No adapter, no telemetry: the battery is left out rather than counted as delivering nothing.
      if (!adapter) continue;
      const ref = { deviceId: device.id, serialNumber: device.serialNumber };
      const samples = await adapter.readTelemetry(ref, new Date(event.startAt.getTime() - TELEMETRY_LEAD_MS), event.endAt);
      const performance = measurePerformance(samples, { startAt: event.startAt, endAt: event.endAt });
      rows.push({ deviceId, averageKw: performance.averageKw, deliveredKwh: performance.deliveredKwh, coverage: performance.coverage });
    }
    if (await storeMeasurement(event, rows, now)) measured++;
  }
  return measured;
}
