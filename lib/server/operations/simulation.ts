/**
 * What a simulated battery stores beside its row (Device.simulation): the charge it started with and the Storm
 * Guard windows a demo switched on. Everything else the simulator answers is recomputed from these, the device's
 * creation time and the commands it was sent (lib/operations/simulator.ts).
 */
import { z } from "zod";

const ZSimulation = z.object({
  initialChargePercent: z.number().min(0).max(100),
  stormGuardWindows: z.array(z.object({ from: z.iso.datetime(), to: z.iso.datetime() })).default([]),
  /**
   * Where the simulation restarts from: the charge at a quiet moment (no command running, nothing left to measure),
   * on the step grid. Without it every reading would re-simulate the battery from the day it was added: 4 ms for
   * a day-old battery, 0.55 s for a year-old one (measured), on every worker tick.
   */
  checkpoint: z.object({ at: z.iso.datetime(), stateOfChargePercent: z.number().min(0).max(100) }).optional(),
});

export type DeviceSimulation = z.output<typeof ZSimulation>;

export const NEW_SIMULATION: DeviceSimulation = { initialChargePercent: 90, stormGuardWindows: [] };

export function readSimulation(stored: unknown): DeviceSimulation {
  const parsed = ZSimulation.safeParse(stored ?? NEW_SIMULATION);
  // A row written by an older version is read as a fresh battery rather than failing the whole page.
  return parsed.success ? parsed.data : NEW_SIMULATION;
}

/** Storm Guard on from `at` for a day (a storm alert usually lasts about that), or off from `at`. */
export function switchStormGuard(simulation: DeviceSimulation, on: boolean, at: Date): DeviceSimulation {
  const atIso = at.toISOString();
  const open = simulation.stormGuardWindows.filter((window) => window.from <= atIso && window.to > atIso);
  if (on) {
    if (open.length > 0) return simulation;
    return { ...simulation, stormGuardWindows: [...simulation.stormGuardWindows, { from: atIso, to: new Date(at.getTime() + 86_400_000).toISOString() }] };
  }
  return { ...simulation, stormGuardWindows: simulation.stormGuardWindows.map((window) => (open.includes(window) ? { ...window, to: atIso } : window)) };
}
