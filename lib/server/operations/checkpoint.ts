/**
 * Moves a simulated battery's checkpoint forward (simulation.ts), so the simulator replays at most a day or so of
 * history instead of everything since the battery was added. Safe only at a quiet moment: every command sent before
 * it has ended, and no grid event still to be measured needs telemetry from before it. The charge stored is the
 * simulator's own reading at that instant, so the battery carries on exactly as it would have.
 */
import { storeSimulation } from "../data/operations-batteries";
import { isFinal, type CommandStatus, type ManufacturerAdapter } from "../../core/operations";
import { isSimulated, simulationStart, type AdapterDevice } from "./adapters";
import { readSimulation } from "./simulation";
import { simulatorSettings } from "./simulator-settings";

const HOUR_MS = 3_600_000;
/** Kept behind now: telemetry is read up to an hour back (an event's lead-in is 15 minutes). */
const LAG_MS = 2 * HOUR_MS;
/** No write for less: one checkpoint a day keeps replays short and writes rare. */
const MIN_ADVANCE_MS = 24 * HOUR_MS;
/** An unmeasured event reads telemetry from this long before its start (grid-events.ts). */
const EVENT_LEAD_MS = 15 * 60_000;

export interface CheckpointCommand {
  sentAt: Date | null;
  status: string;
  endAt: Date;
  gridEvent: { status: string; startAt: Date } | null;
}

/** The checkpoint time to move to, or null when there is none worth writing. */
export function nextCheckpointAt(origin: Date, stepMs: number, commands: readonly CheckpointCommand[], now: Date): Date | null {
  let limitMs = now.getTime() - LAG_MS;
  for (const command of commands) {
    if (command.gridEvent?.status === "dispatched") limitMs = Math.min(limitMs, command.gridEvent.startAt.getTime() - EVENT_LEAD_MS);
  }
  // A command still running at the limit (or that may run: not final) keeps it before the command was sent, since
  // commands sent before the checkpoint are not replayed. Moving the limit back can catch other commands: repeat.
  for (let moved = true; moved; ) {
    moved = false;
    for (const command of commands) {
      if (command.sentAt === null || command.sentAt.getTime() >= limitMs) continue;
      const mayRunPastLimit = !isFinal(command.status as CommandStatus) || command.endAt.getTime() > limitMs;
      if (mayRunPastLimit) {
        limitMs = command.sentAt.getTime();
        moved = true;
      }
    }
  }
  const originMs = origin.getTime();
  const atMs = originMs + Math.floor((limitMs - originMs) / stepMs) * stepMs;
  return atMs - originMs >= MIN_ADVANCE_MS ? new Date(atMs) : null;
}

export async function advanceCheckpoint(device: AdapterDevice, commands: readonly CheckpointCommand[], adapter: ManufacturerAdapter, now: Date): Promise<boolean> {
  if (!isSimulated(device.manufacturer)) return false;
  const simulation = readSimulation(device.simulation);
  const origin = simulation.checkpoint ? new Date(simulation.checkpoint.at) : simulationStart(device);
  const at = nextCheckpointAt(origin, simulatorSettings().stepSeconds * 1000, commands, now);
  if (at === null) return false;
  const [sample] = await adapter.readTelemetry({ deviceId: device.id, serialNumber: device.serialNumber }, at, new Date(at.getTime() + 1));
  if (!sample || sample.at.getTime() !== at.getTime()) return false;
  await storeSimulation(device.id, { ...simulation, checkpoint: { at: at.toISOString(), stateOfChargePercent: sample.stateOfChargePercent } });
  return true;
}
