/**
 * Average delivered power: the basis of every performance payment (docs/programs.md, "Average
 * delivered power"). A simple model an installer can check by hand:
 *
 *   usable energy per event = capacity × (state of charge at event start − reserve)
 *   delivered kW per event  = min(rated kW, usable energy ÷ event hours, home load if no export)
 *   share of events served  = participation share × (1 − Storm Guard days ÷ season days)
 *   season average kW       = delivered kW per event × share of events served
 *
 * The installer may replace the season average with a figure from the manufacturer
 * (`averageDeliveredKw`); the explanation says which one was used.
 *
 * Every figure is rounded to the precision it is printed with before anything uses it (kW and kWh
 * to 0.01, percentages, hours and days to 0.01, shares to 0.1 %), with the one tie rule of
 * lib/core/money/round.ts, so every line of the explanation can be recomputed by hand from the
 * numbers it prints (explanations.test.ts parses them and does).
 */
import { formatKw, formatKwh, formatNumber, formatPercent } from "../money/format";
import { roundKw, roundKwh, roundShare, roundToPlaces } from "../money/round";
import type { AverageKw, BatterySpec, Participation } from "./types";

/**
 * Share of called events a battery serves, before Storm Guard. "Expected" allows for the events
 * lost to connectivity, firmware updates and customer opt-outs; "low" and "high" bracket it for
 * a sensitivity view. These are Gridfolio's assumptions, not program data.
 */
export const PARTICIPATION_SHARE: Readonly<Record<Participation, number>> = {
  low: 0.75,
  expected: 0.9,
  high: 1,
};

/**
 * Typical home load during an evening event, used when the battery may not export: it can then
 * only cover the home's own load. 2 kW is a home with some air conditioning running; the
 * installer should change it for all-electric or very small homes.
 */
export const DEFAULT_HOME_LOAD_KW = 2;

export interface AveragePowerInput {
  battery: BatterySpec | null;
  /** The reserve in force for events: the program input if set, else the option's. */
  reservePercent: number;
  stateOfChargePercent: number;
  eventDurationHours: number;
  exportAllowed: boolean;
  homeLoadKw: number;
  participation: Participation;
  stormGuardDays: number;
  /** Days in the event season (Storm Guard days are spread over it). */
  seasonDays: number;
  /** The installer's figure, replacing the modeled season average. */
  overrideKw?: number | undefined;
}

export type PowerLimit = "rated power" | "stored energy" | "home load";

export interface AveragePower {
  /** Delivered power during an event the battery serves (modeled), kW to 0.01. */
  perEventKw: number;
  /** What bounds the per-event power. */
  limitedBy: PowerLimit;
  /** Share of called events served, to 0.001. */
  shareOfEventsServed: number;
  /** The modeled season average, kW to 0.01. */
  modeledKw: number;
  /** The figure the program pays on: the override if given, else the modeled one. */
  average: AverageKw;
  explanation: string[];
}

/**
 * A battery's totals from its per-unit figures as they are printed (kWh and kW to 0.01), so "2 × 20.51 kWh"
 * is 41.02 kWh wherever it appears, whatever finer figure was stored per unit.
 */
export function batteryTotals(battery: BatterySpec): { unitCapacityKwh: number; capacityKwh: number; unitPowerKw: number; ratedKw: number } {
  const unitCapacityKwh = roundKwh(battery.capacityKwh);
  const unitPowerKw = roundKw(battery.powerKw);
  // The products are exact in decimal; rounding again only removes binary noise.
  return { unitCapacityKwh, capacityKwh: roundKwh(unitCapacityKwh * battery.count), unitPowerKw, ratedKw: roundKw(unitPowerKw * battery.count) };
}

/** Percentages, hours and days as the explanation prints them: to 0.01. */
function roundFigure(value: number): number {
  return roundToPlaces(value, 2);
}

/** Storm Guard days that count against the season: at most the season itself, to 0.01 day. */
function stormGuardDaysCounted(stormGuardDays: number, seasonDays: number): number {
  return roundFigure(Math.min(Math.max(0, stormGuardDays), seasonDays));
}

/** Share of events served once Storm Guard days (spread evenly over the season) are taken out. */
export function shareOfEventsServed(
  participation: Participation,
  stormGuardDays: number,
  seasonDays: number,
): number {
  const days = stormGuardDaysCounted(stormGuardDays, seasonDays);
  const stormGuardShare = seasonDays > 0 ? days / seasonDays : 0;
  return roundShare(PARTICIPATION_SHARE[participation] * (1 - stormGuardShare));
}

/**
 * The modeled average kW at a share of the battery's capacity (1 = as new), as computeAveragePower gives it for a
 * battery of that capacity, without the explanation: battery fade asks for every project year, and writing 25
 * explanations nobody reads was most of an option's evaluation time. Everything that does not depend on the
 * capacity is worked out once.
 */
export function averageKwAtCapacity(input: AveragePowerInput): (capacityShare: number) => number {
  const battery = input.battery;
  if (battery === null || battery.count <= 0) return () => 0;
  const share = shareOfEventsServed(input.participation, input.stormGuardDays, input.seasonDays);
  const ratedKw = roundKw(roundKw(battery.powerKw) * battery.count);
  const usablePercent = Math.max(0, roundFigure(roundFigure(input.stateOfChargePercent) - roundFigure(input.reservePercent)));
  const eventHours = roundFigure(input.eventDurationHours);
  const homeLoadKw = input.exportAllowed ? Number.POSITIVE_INFINITY : roundKw(input.homeLoadKw);
  return (capacityShare) => {
    // The same roundings as batteryTotals and modelEvent, on the faded unit capacity.
    const capacityKwh = roundKwh(roundKwh(battery.capacityKwh * capacityShare) * battery.count);
    const energyLimitedKw = roundKw(roundKwh((capacityKwh * usablePercent) / 100) / eventHours);
    return roundKw(Math.min(ratedKw, energyLimitedKw, homeLoadKw) * share);
  };
}

export function computeAveragePower(input: AveragePowerInput): AveragePower {
  const share = shareOfEventsServed(input.participation, input.stormGuardDays, input.seasonDays);
  const event = modelEvent(input);
  const modeledKw = roundKw(event.perEventKw * share);
  const figures = { perEventKw: event.perEventKw, limitedBy: event.limitedBy, shareOfEventsServed: share, modeledKw };

  if (input.overrideKw !== undefined) {
    // The installer's figure is already a season average: participation and Storm Guard are in it.
    const overrideKw = roundKw(input.overrideKw);
    return {
      ...figures,
      average: { kw: overrideKw, source: "override" },
      explanation: [`Average delivered power: ${formatKw(overrideKw)}, the installer's figure (the model gives ${formatKw(modeledKw)})`],
    };
  }

  return {
    ...figures,
    average: { kw: modeledKw, source: "modeled" },
    explanation: [
      ...describeEvent(event),
      describeEventsServed(input, share),
      `Average delivered power (modeled): ${formatKw(event.perEventKw)} × ${formatPercent(share)} = ${formatKw(modeledKw)}`,
    ],
  };
}

function describeEventsServed(input: AveragePowerInput, share: number): string {
  const participationShare = formatPercent(PARTICIPATION_SHARE[input.participation]);
  if (input.stormGuardDays <= 0) return `Events served: ${formatPercent(share)} (${input.participation} participation)`;
  const days = stormGuardDaysCounted(input.stormGuardDays, input.seasonDays);
  // More Storm Guard days than the season has: the line shows the days that count, so it still adds up.
  const capped = input.stormGuardDays > input.seasonDays ? ` (${formatNumber(input.stormGuardDays)} Storm Guard days entered: at most the season's ${formatNumber(input.seasonDays)} count)` : "";
  return (
    `Events served: ${participationShare} (${input.participation} participation) × (1 − ${formatNumber(days)} Storm Guard days ÷ ` +
    `${formatNumber(input.seasonDays)} season days) = ${formatPercent(share)}${capped}`
  );
}

/** One event the battery serves: the bounds, each rounded as printed, and the one that sets the power. */
interface EventModel {
  perEventKw: number;
  limitedBy: PowerLimit;
  /** Absent without a battery. */
  bounds?: {
    capacityKwh: number;
    ratedKw: number;
    stateOfChargePercent: number;
    reservePercent: number;
    usableKwh: number;
    eventHours: number;
    energyLimitedKw: number;
    /** Present when the battery may not export. */
    homeLoadKw: number | null;
  };
}

function modelEvent(input: AveragePowerInput): EventModel {
  const battery = input.battery;
  if (battery === null || battery.count <= 0) return { perEventKw: 0, limitedBy: "stored energy" };
  const { capacityKwh, ratedKw } = batteryTotals(battery);
  const stateOfChargePercent = roundFigure(input.stateOfChargePercent);
  const reservePercent = roundFigure(input.reservePercent);
  const usablePercent = Math.max(0, roundFigure(stateOfChargePercent - reservePercent));
  const usableKwh = roundKwh((capacityKwh * usablePercent) / 100);
  const eventHours = roundFigure(input.eventDurationHours);
  const energyLimitedKw = roundKw(usableKwh / eventHours);
  const homeLoadKw = input.exportAllowed ? null : roundKw(input.homeLoadKw);

  // The smallest bound wins; on a tie the physical one (rated power, then energy) is named.
  let perEventKw = ratedKw;
  let limitedBy: PowerLimit = "rated power";
  if (energyLimitedKw < perEventKw) {
    perEventKw = energyLimitedKw;
    limitedBy = "stored energy";
  }
  if (homeLoadKw !== null && homeLoadKw < perEventKw) {
    perEventKw = homeLoadKw;
    limitedBy = "home load";
  }
  return {
    perEventKw,
    limitedBy,
    bounds: { capacityKwh, ratedKw, stateOfChargePercent, reservePercent, usableKwh, eventHours, energyLimitedKw, homeLoadKw },
  };
}

function describeEvent(event: EventModel): string[] {
  const bounds = event.bounds;
  if (bounds === undefined) return ["No battery: nothing to deliver during events (0 kW)"];
  const limits = [
    `${formatKw(bounds.ratedKw)} rated`,
    `${formatKwh(bounds.usableKwh)} ÷ ${formatNumber(bounds.eventHours)} h = ${formatKw(bounds.energyLimitedKw)}`,
  ];
  if (bounds.homeLoadKw !== null) limits.push(`home load ${formatKw(bounds.homeLoadKw)} (no export)`);
  const charged = formatNumber(bounds.stateOfChargePercent);
  const reserve = formatNumber(bounds.reservePercent);
  const usable =
    bounds.stateOfChargePercent > bounds.reservePercent
      ? `Usable energy per event: ${formatKwh(bounds.capacityKwh)} × (${charged}% charged − ${reserve}% reserve) = ${formatKwh(bounds.usableKwh)}`
      : // A negative product would not be what the battery does: it simply has nothing above its reserve.
        `Usable energy per event: none, the ${reserve}% reserve is at or above the ${charged}% charge at event start (${formatKwh(0)})`;
  return [usable, `Delivered per event: min(${limits.join("; ")}) = ${formatKw(event.perEventKw)}, set by ${event.limitedBy}`];
}
