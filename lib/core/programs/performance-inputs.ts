/**
 * Inputs every performance program shares (the average-power model, the first participating
 * season, the paid seasons, the rate version). A program's schema spreads these into its own
 * `z.object({...})` and adds its specific inputs; its form fields do the same.
 */
import { z } from "zod";
import { computeAveragePower, DEFAULT_HOME_LOAD_KW } from "./average-power";
import type { AveragePower, AveragePowerInput } from "./average-power";
import type { InputField, ProgramContext, RateVersion } from "./types";

/** Per-program defaults of the shared inputs. */
export interface PerformanceDefaults {
  eventDurationHours: number;
  /** The longest event the program calls, in hours (the field's maximum). */
  maxEventDurationHours: number;
  /**
   * Seasons the program is assumed to pay, counted from the first participating season.
   * Absent: the input is optional, and a blank means every season of the horizon (no announced
   * end) unless the program's rule resolves it from the context (DSGS: from the proposal date).
   */
  paidSeasons?: number;
  /** Why that default: shown under the field and in the explanation. */
  paidSeasonsAssumption: string;
}

export const LATEST_RATES = "latest";

export function performanceInputShape(defaults: PerformanceDefaults) {
  const paidSeasons = z.number().int().min(0).max(50);
  return {
    averageDeliveredKw: z.number().min(0).max(1000).optional(),
    reservePercent: z.number().min(0).max(100).optional(),
    startYear: z.number().int().min(1).max(50).default(1),
    stateOfChargePercent: z.number().min(0).max(100).default(100),
    eventDurationHours: z.number().min(0.25).max(defaults.maxEventDurationHours).default(defaults.eventDurationHours),
    homeLoadKw: z.number().min(0).max(100).default(DEFAULT_HOME_LOAD_KW),
    stormGuardDays: z.number().min(0).max(366).default(0),
    paidSeasons: defaults.paidSeasons === undefined ? paidSeasons.optional() : paidSeasons.default(defaults.paidSeasons),
  };
}

/** The inputs of `performanceInputShape` once parsed. */
export interface PerformanceInputs {
  averageDeliveredKw?: number | undefined;
  reservePercent?: number | undefined;
  startYear: number;
  stateOfChargePercent: number;
  eventDurationHours: number;
  homeLoadKw: number;
  stormGuardDays: number;
  paidSeasons?: number | undefined;
}

export function performanceFields(defaults: PerformanceDefaults): InputField[] {
  return [
    {
      name: "averageDeliveredKw",
      label: "Average delivered power (override)",
      kind: "number",
      unit: "kW",
      min: 0,
      step: 0.1,
      optional: true,
      help: "The manufacturer's figure for this battery's season average. Blank: Gridfolio models it from the battery, reserve, event length and home load.",
    },
    {
      name: "reservePercent",
      label: "Backup reserve during events",
      kind: "number",
      unit: "%",
      min: 0,
      max: 100,
      step: 5,
      optional: true,
      help: "Blank: the option's reserve.",
    },
    {
      name: "startYear",
      label: "First participating season",
      kind: "number",
      unit: "project year",
      min: 1,
      step: 1,
      help: "1 = the first year. Use 2 when the battery is installed too late for this season (enrollment takes weeks: the manufacturer tests and configures the device first).",
    },
    {
      name: "stateOfChargePercent",
      label: "State of charge at event start",
      kind: "number",
      unit: "%",
      min: 0,
      max: 100,
      step: 5,
      help: "Default 100%: the battery is charged ahead of an event.",
    },
    {
      name: "eventDurationHours",
      label: "Event length",
      kind: "number",
      unit: "h",
      min: 0.25,
      max: defaults.maxEventDurationHours,
      step: 0.25,
      help: `Default ${defaults.eventDurationHours} h; the program calls events of up to ${defaults.maxEventDurationHours} h.`,
    },
    {
      name: "homeLoadKw",
      label: "Home load during events",
      kind: "number",
      unit: "kW",
      min: 0,
      step: 0.1,
      help: `Default ${DEFAULT_HOME_LOAD_KW} kW. A battery that may not export only covers this load.`,
    },
    {
      name: "stormGuardDays",
      label: "Storm Guard days per season",
      kind: "number",
      unit: "days",
      min: 0,
      step: 1,
      help: "Days the battery is held full for a storm during the event season: it serves no events then.",
    },
    {
      name: "paidSeasons",
      label: "Paid seasons",
      kind: "number",
      unit: "seasons",
      min: 0,
      step: 1,
      optional: defaults.paidSeasons === undefined,
      help: defaults.paidSeasonsAssumption,
    },
  ];
}

/**
 * The `rateVersion` input. "latest" (the default, kept under that name for stored inputs) means the rates in
 * force on the proposal date; a version id pins one, and counts only while it is in force on that date.
 */
export function rateVersionSchema(versions: readonly RateVersion[]) {
  const ids = versions.map((version) => version.id);
  return z.enum([LATEST_RATES, ...ids] as [string, ...string[]]).default(LATEST_RATES);
}

/** The newest rates: the last version (the catalog page lists them; proposals use `rateVersionInForce`). */
export function latestRateVersion<Rates>(versions: readonly RateVersion<Rates>[]): RateVersion<Rates> {
  const latest = versions[versions.length - 1];
  if (latest === undefined) throw new Error("a program needs at least one rate version");
  return latest;
}

/**
 * The version in force on a day (YYYY-MM-DD): the last whose effective date is on or before it. A new enrollment
 * on that day gets these rates; a day before the first version gets the first (the oldest rates we know).
 */
export function rateVersionInForce<Rates>(versions: readonly RateVersion<Rates>[], day: string): RateVersion<Rates> {
  let inForce = versions[0];
  if (inForce === undefined) throw new Error("a program needs at least one rate version");
  for (const version of versions) if (version.effectiveDate <= day) inForce = version;
  return inForce;
}

export interface SelectedRates<Rates> {
  version: RateVersion<Rates>;
  /** The explanation line that says why these rates: the proposal date, or a pin that was or was not honoured. */
  line: string;
  /** A pinned version that a new enrollment on the proposal date cannot get: set aside, with this warning. */
  warning: string | null;
}

/**
 * The rates a proposal dated `day` uses: by date, so a new proposal never counts rates a new enrollment cannot
 * get (Massachusetts 2023's $275/kW, Connecticut's design before April 2026). A pinned id counts only when it is
 * the version in force on that day; frozen proposal versions keep the rates they were finalized with because they
 * are never recomputed.
 */
export function selectRateVersion<Rates>(versions: readonly RateVersion<Rates>[], requested: string, day: string): SelectedRates<Rates> {
  const inForce = rateVersionInForce(versions, day);
  const next = versions[versions.indexOf(inForce) + 1];
  const until = next === undefined ? "" : `, until ${next.effectiveDate}`;
  const line = `Rates in force on the proposal date ${day}: ${inForce.id} (from ${inForce.effectiveDate}${until})`;
  if (requested === LATEST_RATES || requested === inForce.id) return { version: inForce, line, warning: null };
  const pinned = versions.find((version) => version.id === requested);
  if (pinned === undefined) return { version: inForce, line, warning: null };
  return {
    version: inForce,
    line: `${line}; the pinned ${pinned.id} is not offered to an enrollment on that date`,
    warning: `Rates ${pinned.id} are not offered to a new enrollment on ${day}: counted at ${inForce.id}.`,
  };
}

/**
 * The average-power model's input from the shared inputs: the program's reserve if set, else the option's. Programs
 * only say whether the battery may export and how long their event seasons are.
 */
export function averagePowerModel(
  context: ProgramContext,
  inputs: PerformanceInputs,
  program: { exportAllowed: boolean; eventSeasonDaysPerYear: number },
): AveragePowerInput {
  return {
    battery: context.battery,
    reservePercent: inputs.reservePercent ?? context.battery?.reservePercent ?? 0,
    stateOfChargePercent: inputs.stateOfChargePercent,
    eventDurationHours: inputs.eventDurationHours,
    exportAllowed: program.exportAllowed,
    homeLoadKw: inputs.homeLoadKw,
    participation: context.participation,
    stormGuardDays: inputs.stormGuardDays,
    seasonDays: program.eventSeasonDaysPerYear,
    overrideKw: inputs.averageDeliveredKw,
  };
}

/** The average-power model fed from the shared inputs (see `averagePowerModel`). */
export function modelAveragePower(
  context: ProgramContext,
  inputs: PerformanceInputs,
  program: { exportAllowed: boolean; eventSeasonDaysPerYear: number },
): AveragePower {
  return computeAveragePower(averagePowerModel(context, inputs, program));
}
