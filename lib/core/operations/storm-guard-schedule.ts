/**
 * When Storm Guard is on for a simulated battery: the windows a test or demo asks for, plus whole
 * UTC days drawn from the seed (a storm alert usually lasts about a day). Each day is drawn from
 * (seed, battery, day), so a battery's storm days repeat for a seed and differ between batteries.
 */
import { randomFor } from "./prng";

const DAY_MS = 86_400_000;

/** Storm Guard on over [from, to): for one battery, or for every battery when `deviceId` is absent. */
export interface StormGuardWindow {
  deviceId?: string | undefined;
  from: Date;
  to: Date;
}

export interface StormGuardOptions {
  stormGuardWindows?: readonly StormGuardWindow[] | undefined;
  /** Chance, 0–1, that Storm Guard is on for a whole UTC day, drawn per battery and day. None by default. */
  stormGuardDailyChance?: number | undefined;
}

/** When Storm Guard is on for one battery: the configured windows plus the seeded whole days. */
export interface StormGuardSchedule {
  isActive(ms: number): boolean;
  /** The first instant in [fromMs, toMs) at which it is on, or null. */
  firstActiveIn(fromMs: number, toMs: number): number | null;
}

export function stormGuardSchedule(seed: number, deviceId: string, options: StormGuardOptions): StormGuardSchedule {
  const windows = (options.stormGuardWindows ?? [])
    .filter((window) => window.deviceId === undefined || window.deviceId === deviceId)
    .map((window) => ({ fromMs: window.from.getTime(), toMs: window.to.getTime() }));
  const dailyChance = options.stormGuardDailyChance ?? 0;
  const days = new Map<number, boolean>();
  const isStormDay = (day: number): boolean => {
    if (dailyChance <= 0) return false;
    let active = days.get(day);
    if (active === undefined) {
      active = randomFor(seed, "storm-guard", deviceId, day)() < dailyChance;
      days.set(day, active);
    }
    return active;
  };
  const isActive = (ms: number) => isStormDay(Math.floor(ms / DAY_MS)) || windows.some((window) => window.fromMs <= ms && ms < window.toMs);
  return {
    isActive,
    firstActiveIn(fromMs, toMs) {
      // Storm Guard only switches on at a window's start or a day's start: check those instants.
      const candidates = [fromMs, ...windows.map((window) => window.fromMs)];
      for (let day = Math.floor(fromMs / DAY_MS) + 1; day * DAY_MS < toMs; day++) candidates.push(day * DAY_MS);
      const inRange = candidates.filter((ms) => fromMs <= ms && ms < toMs).sort((a, b) => a - b);
      return inRange.find(isActive) ?? null;
    },
  };
}
