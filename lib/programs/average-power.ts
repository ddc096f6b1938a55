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
  const modeled = modelPerEventKw(input);
  const modeledKw = roundKw(modeled.perEventKw * share);
  const common = { perEventKw: modeled.perEventKw, limitedBy: modeled.limitedBy, shareOfEventsServed: share, modeledKw };

  if (input.overrideKw !== undefined) {
    // The installer's figure is already a season average: participation and Storm Guard are in it.
    const overrideKw = roundKw(input.overrideKw);
    return {
      ...common,
      average: { kw: overrideKw, source: "override" },
      explanation: [
        `Average delivered power: ${formatKw(overrideKw)}, the installer's figure (the model gives ${formatKw(modeledKw)})`,
      ],
    };
  }

  const stormGuardNote =
    input.stormGuardDays > 0
      ? ` × (1 − ${formatNumber(input.stormGuardDays)} Storm Guard days ÷ ${formatNumber(input.seasonDays)} season days)`
      : "";
  return {
    ...common,
    average: { kw: modeledKw, source: "modeled" },
    explanation: [
      ...modeled.explanation,
      stormGuardNote === ""
        ? `Events served: ${formatPercent(share)} (${input.participation} participation)`
        : `Events served: ${formatPercent(PARTICIPATION_SHARE[input.participation])} (${input.participation} participation)${stormGuardNote} = ${formatPercent(share)}`,
      `Average delivered power (modeled): ${formatKw(modeled.perEventKw)} × ${formatPercent(share)} = ${formatKw(modeledKw)}`,
    ],
  };
}

function modelPerEventKw(input: AveragePowerInput): { perEventKw: number; limitedBy: PowerLimit; explanation: string[] } {
  const battery = input.battery;
  if (battery === null || battery.count <= 0) {
    return { perEventKw: 0, limitedBy: "stored energy", explanation: ["No battery: nothing to deliver during events (0 kW)"] };
  }
  const capacityKwh = battery.capacityKwh * battery.count;
  const ratedKw = battery.powerKw * battery.count;
  const usableShare = Math.max(0, input.stateOfChargePercent - input.reservePercent) / 100;
  const usableKwh = capacityKwh * usableShare;
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
  perEventKw = roundKw(perEventKw);

  const bounds = [
    `${formatKw(ratedKw)} rated`,
    `${formatKwh(usableKwh)} ÷ ${formatNumber(input.eventDurationHours)} h = ${formatKw(energyLimitedKw)}`,
  ];
  if (!input.exportAllowed) bounds.push(`home load ${formatKw(input.homeLoadKw)} (no export)`);
  return {
    perEventKw,
    limitedBy,
    explanation: [
      `Usable energy per event: ${formatKwh(capacityKwh)} × (${formatNumber(input.stateOfChargePercent)}% charged − ${formatNumber(input.reservePercent)}% reserve) = ${formatKwh(usableKwh)}`,
      `Delivered per event: min(${bounds.join("; ")}) = ${formatKw(perEventKw)}, set by ${limitedBy}`,
    ],
  };
}
