/**
 * The manufacturer adapter for one stored battery. Only the built-in simulator exists today; a real adapter
 * (SolarEdge, Enphase...) is added here behind the same interface.
 *
 * The simulator keeps no state between requests (an app may run on several servers, and restart): it is rebuilt
 * for each use from the battery's row, then sent again every command and enrollment request it was sent, at their
 * original times. The simulator is deterministic, so every answer comes out as it did the first time.
 */
import { createSimulator, toAdapterCommand, type ManufacturerAdapter } from "../../core/operations";
import { isSimulated } from "../../core/operations/manufacturers";
import { seedFrom } from "../../core/operations/prng";
import { commandFromRow, historyFromJson, type CommandRowLike } from "../data/operations-rows";
import { readSimulation } from "./simulation";
import { simulatorSettings } from "./simulator-settings";

export interface AdapterDevice {
  id: string;
  manufacturer: string;
  serialNumber: string;
  capacityKwh: number;
  powerKw: number;
  backupReservePercent: number | null;
  simulation: unknown;
  createdAt: Date;
}

export interface SentCommandRow extends CommandRowLike {
  id: string;
  sentAt: Date | null;
}

export interface RequestedEnrollmentRow {
  programId: string;
  mode: string;
  history: unknown;
}

export { hasAdapter, isSimulated } from "../../core/operations/manufacturers";

/**
 * Since when an adapter needs its commands replayed: the checkpoint (every command sent earlier had ended by then, so
 * its effect is in the checkpoint's charge), or null for every command ever sent. Loading only these keeps a tick's
 * reads from growing with the battery's age.
 */
export function replaySince(device: Pick<AdapterDevice, "simulation">): Date | null {
  const checkpoint = readSimulation(device.simulation).checkpoint;
  return checkpoint ? new Date(checkpoint.at) : null;
}

/** When a simulated battery starts reporting: its creation, on a whole minute so steps fall on round times. */
export function simulationStart(device: Pick<AdapterDevice, "createdAt">): Date {
  return new Date(Math.floor(device.createdAt.getTime() / 60_000) * 60_000);
}

/**
 * The adapter for a battery, with its past replayed; null when Gridfolio has no adapter for its manufacturer.
 * `commands`: every command of the battery with `sentAt` (others are ignored); `enrollments`: its enrollments.
 */
export async function adapterForDevice(device: AdapterDevice, commands: readonly SentCommandRow[], enrollments: readonly RequestedEnrollmentRow[]): Promise<ManufacturerAdapter | null> {
  if (!isSimulated(device.manufacturer)) return null;
  const settings = simulatorSettings();
  const simulation = readSimulation(device.simulation);
  const checkpointAt = simulation.checkpoint ? new Date(simulation.checkpoint.at) : null;
  const adapter = createSimulator({
    seed: seedFrom("gridfolio-app", device.id),
    startAt: checkpointAt ?? simulationStart(device),
    stepSeconds: settings.stepSeconds,
    responseDelaySeconds: settings.responseDelaySeconds,
    failureRate: settings.failureRate,
    enrollmentStepMinutes: settings.enrollmentStepMinutes,
    stormGuardWindows: simulation.stormGuardWindows.map((window) => ({ from: new Date(window.from), to: new Date(window.to) })),
    batteries: [
      {
        deviceId: device.id,
        serialNumber: device.serialNumber,
        capacityKwh: device.capacityKwh,
        powerKw: device.powerKw,
        backupReservePercent: device.backupReservePercent ?? 20,
        initialStateOfChargePercent: simulation.checkpoint?.stateOfChargePercent ?? simulation.initialChargePercent,
      },
    ],
  });
  const ref = { deviceId: device.id, serialNumber: device.serialNumber };
  // Replay in the order things happened: requests and sends interleaved by time.
  const past: { at: Date; replay: () => Promise<unknown> }[] = [];
  for (const row of commands) {
    // Commands sent before the checkpoint had finished by then (checkpoint.ts): their effect is in its charge.
    if (row.sentAt === null || (checkpointAt !== null && row.sentAt < checkpointAt)) continue;
    const sentAt = row.sentAt;
    past.push({ at: sentAt, replay: () => adapter.sendCommand(toAdapterCommand(row.id, { id: device.id, serialNumber: device.serialNumber }, commandFromRow(row)), sentAt) });
  }
  for (const row of enrollments) {
    if (row.mode !== "automatic" || adapter.enrollment === null) continue;
    const enrollment = adapter.enrollment;
    for (const step of historyFromJson(row.history)) {
      if (step.status === "requested") past.push({ at: step.at, replay: () => enrollment.request(ref, row.programId, step.at) });
    }
  }
  past.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of past) await event.replay();
  return adapter;
}
