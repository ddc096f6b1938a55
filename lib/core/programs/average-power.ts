/**
 * Average delivered power: the basis of every performance payment (programs.md, "Average
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
 * Figures are rounded before they are multiplied by a rate (kW to 0.01, shares to 0.1 %), so
 * every line of the explanation can be recomputed from the numbers it prints.
 */
import { formatKw, formatKwh, formatNumber, formatPercent } from "../money/format";
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

export function roundKw(kw: number): number {
  return Math.round(kw * 100) / 100;
}

function roundShare(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/** Share of events served once Storm Guard days (spread evenly over the season) are taken out. */
export function shareOfEventsServed(
  participation: Participation,
  stormGuardDays: number,
  seasonDays: number,
): number {
  const stormGuardShare = seasonDays > 0 ? Math.min(stormGuardDays, seasonDays) / seasonDays : 0;
  return roundShare(PARTICIPATION_SHARE[participation] * (1 - stormGuardShare));
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

  const participationShare = formatPercent(PARTICIPATION_SHARE[input.participation]);
  const eventsServed =
    input.stormGuardDays > 0
      ? `Events served: ${participationShare} (${input.participation} participation) × (1 − ${formatNumber(input.stormGuardDays)} Storm Guard days ÷ ${formatNumber(input.seasonDays)} season days) = ${formatPercent(share)}`
      : `Events served: ${formatPercent(share)} (${input.participation} participation)`;
  return {
    ...figures,
    average: { kw: modeledKw, source: "modeled" },
    explanation: [
      ...describeEvent(input, event),
      eventsServed,
      `Average delivered power (modeled): ${formatKw(event.perEventKw)} × ${formatPercent(share)} = ${formatKw(modeledKw)}`,
    ],
  };
}

/** One event the battery serves: the three bounds and the one that sets the power. */
interface EventModel {
  perEventKw: number;
  limitedBy: PowerLimit;
  /** Absent without a battery. */
  bounds?: { capacityKwh: number; ratedKw: number; usableKwh: number; energyLimitedKw: number };
}

function modelEvent(input: AveragePowerInput): EventModel {
  const battery = input.battery;
  if (battery === null || battery.count <= 0) return { perEventKw: 0, limitedBy: "stored energy" };
  const capacityKwh = battery.capacityKwh * battery.count;
  const ratedKw = battery.powerKw * battery.count;
  const usableKwh = (capacityKwh * Math.max(0, input.stateOfChargePercent - input.reservePercent)) / 100;
  const energyLimitedKw = usableKwh / input.eventDurationHours;

  // The smallest bound wins; on a tie the physical one (rated power, then energy) is named.
  let perEventKw = ratedKw;
  let limitedBy: PowerLimit = "rated power";
  if (energyLimitedKw < perEventKw) {
    perEventKw = energyLimitedKw;
    limitedBy = "stored energy";
  }
  if (!input.exportAllowed && input.homeLoadKw < perEventKw) {
    perEventKw = input.homeLoadKw;
    limitedBy = "home load";
  }
  return { perEventKw: roundKw(perEventKw), limitedBy, bounds: { capacityKwh, ratedKw, usableKwh, energyLimitedKw } };
}

function describeEvent(input: AveragePowerInput, event: EventModel): string[] {
  const bounds = event.bounds;
  if (bounds === undefined) return ["No battery: nothing to deliver during events (0 kW)"];
  const limits = [
    `${formatKw(bounds.ratedKw)} rated`,
    `${formatKwh(bounds.usableKwh)} ÷ ${formatNumber(input.eventDurationHours)} h = ${formatKw(bounds.energyLimitedKw)}`,
  ];
  if (!input.exportAllowed) limits.push(`home load ${formatKw(input.homeLoadKw)} (no export)`);
  return [
    `Usable energy per event: ${formatKwh(bounds.capacityKwh)} × (${formatNumber(input.stateOfChargePercent)}% charged − ${formatNumber(input.reservePercent)}% reserve) = ${formatKwh(bounds.usableKwh)}`,
    `Delivered per event: min(${limits.join("; ")}) = ${formatKw(event.perEventKw)}, set by ${event.limitedBy}`,
  ];
}
