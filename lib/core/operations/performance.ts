/**
 * How much a battery delivered during a grid event, from its telemetry (issue #7): the average
 * kW over the event window, which is what programs pay on.
 *
 *   delivered kWh = Σ kW of each sample × hours it holds inside the window
 *   average kW    = delivered kWh ÷ window hours
 *
 * - A sample's kW holds from its time until the next sample (adapter.ts: adapters restamp
 *   end-of-interval averages to the interval's start), so irregular samples weigh by the time
 *   they cover, and a sample taken before the window counts for the part that falls inside it.
 * - A sample holds at most `maxHoldMs` (15 minutes by default, the longest interval manufacturers
 *   report at): a battery that stopped reporting cannot show it delivered, so the rest of a gap
 *   counts as 0 kW, and `coverage` says how much of the window the telemetry covered.
 * - A sample whose kW is not a finite number is a missing reading: it ends the previous sample's
 *   hold and adds nothing.
 * - Power is net: a battery that charges during the event (negative kW) lowers its average, as it
 *   raises the load the program is trying to shed.
 * Nothing is rounded here; round or format (formatKw) where the figure is shown or stored.
 */
import type { TelemetrySample } from "./adapter";

export const DEFAULT_MAX_HOLD_MS = 15 * 60_000;

export interface EventWindow {
  startAt: Date;
  endAt: Date;
}

export interface EventPerformance {
  /** Net energy out of the battery inside the window, kWh (negative if it charged). */
  deliveredKwh: number;
  /** deliveredKwh ÷ the window's hours. */
  averageKw: number;
  /** Share of the window covered by telemetry, 0–1. */
  coverage: number;
}

const MS_PER_HOUR = 3_600_000;

export function measurePerformance(samples: readonly TelemetrySample[], window: EventWindow, options: { maxHoldMs?: number } = {}): EventPerformance {
  const startMs = window.startAt.getTime();
  const endMs = window.endAt.getTime();
  if (!(endMs > startMs)) throw new RangeError("measurePerformance: the window must end after it starts");
  const maxHoldMs = options.maxHoldMs ?? DEFAULT_MAX_HOLD_MS;
  if (!(maxHoldMs > 0)) throw new RangeError("measurePerformance: maxHoldMs must be positive");

  // A stable sort: of samples with the same time, the last given holds (the others hold for 0 ms).
  const sorted = samples
    .map((sample) => {
      const atMs = sample.at.getTime();
      if (Number.isNaN(atMs)) throw new RangeError("measurePerformance: a telemetry sample has an invalid time");
      return { atMs, kw: sample.deliveredKw };
    })
    .sort((a, b) => a.atMs - b.atMs);

  let kwMs = 0;
  let coveredMs = 0;
  for (let index = 0; index < sorted.length; index++) {
    const sample = sorted[index];
    if (sample === undefined || !Number.isFinite(sample.kw)) continue;
    const nextMs = sorted[index + 1]?.atMs ?? Number.POSITIVE_INFINITY;
    const holdsUntilMs = Math.min(nextMs, sample.atMs + maxHoldMs);
    const insideMs = Math.max(0, Math.min(holdsUntilMs, endMs) - Math.max(sample.atMs, startMs));
    kwMs += sample.kw * insideMs;
    coveredMs += insideMs;
  }

  const windowMs = endMs - startMs;
  const deliveredKwh = kwMs / MS_PER_HOUR;
  return {
    deliveredKwh: deliveredKwh || 0,
    averageKw: (deliveredKwh / (windowMs / MS_PER_HOUR)) || 0,
    coverage: coveredMs / windowMs,
  };
}
