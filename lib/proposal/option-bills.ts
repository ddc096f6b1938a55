/**
 * The bridge from a stored option to the bill model (lib/core/bills/option-bills.ts): the option's usage and rates,
 * its battery (the catalog's round-trip efficiency when the model is one of the catalog's), and the events of its
 * enabled Grid Services programs. The engine input (option-input.ts) and the proposal view read the same result.
 */
import { optionBills, parseUsageAndRates, type OptionBills, type ProgramEvents } from "../core/bills";
import { findBatteryModel } from "../core/equipment";
import { matchBatteryPick } from "../core/equipment/battery-picks";
import { hasBattery } from "./battery-summary";
import type { StoredOption } from "./option-input";

/** Round-trip efficiency when the option's battery is not a catalog model: Powerwall 3's AC figure, the catalog's most common. */
export const DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT = 89;

export function roundTripEfficiencyPercent(batteryModel: string | null | undefined): number {
  if (!batteryModel) return DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT;
  const pick = matchBatteryPick(batteryModel);
  const unit = pick ? findBatteryModel(pick.unitId) : undefined;
  return unit && unit.kind === "battery" ? Math.round(unit.roundTripEfficiency * 1000) / 10 : DEFAULT_ROUND_TRIP_EFFICIENCY_PERCENT;
}

const numberOr = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** The events the model schedules for the enabled programs, with the inputs that shape them. */
function programEvents(option: StoredOption, enabledIds: ReadonlySet<string>): ProgramEvents[] {
  const rows = new Map(option.programs.map((row) => [row.programId, row.inputs]));
  return [...enabledIds].sort().map((programId) => {
    const inputs = (rows.get(programId) ?? {}) as Record<string, unknown>;
    const events: ProgramEvents = { programId };
    const duration = numberOr(inputs.eventDurationHours);
    const seasonHours = numberOr(inputs.eventHoursPerSeason);
    const stormGuard = numberOr(inputs.stormGuardDays);
    if (duration !== undefined) events.eventDurationHours = duration;
    if (seasonHours !== undefined) events.eventHoursPerSeason = seasonHours;
    if (stormGuard !== undefined) events.stormGuardDays = stormGuard;
    return events;
  });
}

/**
 * The option's bills, or null when it has no usage and rates (its typed year-1 savings count alone). Throws a
 * DomainError naming the field when stored usage and rates no longer parse.
 */
export function billsOf(option: StoredOption, enabledIds: ReadonlySet<string>, proposalDate: string): OptionBills | null {
  if (!option.usageAndRates) return null;
  const usageAndRates = parseUsageAndRates(option.usageAndRates);
  return optionBills({
    usageAndRates,
    project: { state: option.project.state, utility: option.project.utility, tariff: option.project.tariff },
    proposalDate,
    annualProductionKwh: option.annualProductionKwh ?? 0,
    battery: hasBattery(option)
      ? {
          usableKwh: option.batteryCapacityKwh * option.batteryCount,
          powerKw: option.batteryPowerKw * option.batteryCount,
          roundTripEfficiencyPercent: roundTripEfficiencyPercent(option.batteryModel),
          reservePercent: option.reservePercent,
        }
      : null,
    gridEvents: programEvents(option, enabledIds),
  });
}

/** Whether the bill model's savings count (usage and rates stored, and not overridden by the typed figure). */
export function countsModelledSavings(option: StoredOption): boolean {
  const stored = option.usageAndRates as { savingsFrom?: unknown } | null | undefined;
  return Boolean(stored) && stored!.savingsFrom !== "typed";
}
