/**
 * How a catalog model fills an option's battery fields. The option stores one unit's capacity and power and a count
 * (lib/validation/option.ts), so a Powerwall 3 with Expansions becomes one combined unit first (withExpansions).
 * The installer may still edit every figure afterwards; these are the starting values.
 */
import { DomainError } from "../errors/domain-error";
import type { BatteryExpansion, BatteryUnit, EfficiencyBasis } from "./types";

export interface BatteryFields {
  /** The option's "battery model" text: manufacturer and model, as a homeowner reads it on the proposal. */
  batteryModel: string;
  /** Per unit, kWh. */
  batteryCapacityKwh: number;
  /** Per unit, continuous kW. */
  batteryPowerKw: number;
  batteryCount: number;
  /** Round trip, percent, as the bill model takes it. */
  roundTripEfficiencyPercent: number;
  /** What that percentage measures; anything but "AC to AC" leaves out some conversion losses. */
  efficiencyBasis: EfficiencyBasis;
  /** The catalog id, so an edited figure can be told from the datasheet's. */
  catalogId: string;
}

/** The option form's own limit on the battery count. */
const MAX_COUNT = 100;

export function batteryFieldsFrom(model: BatteryUnit, count: number): BatteryFields {
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new DomainError("invalid", `Choose between 1 and ${MAX_COUNT} batteries; got ${count}.`, { batteryCount: `Enter a whole number from 1 to ${MAX_COUNT}.` });
  }
  return {
    batteryModel: `${model.manufacturer} ${model.model}`,
    batteryCapacityKwh: model.usableKwh,
    batteryPowerKw: model.continuousKw,
    batteryCount: count,
    // One decimal: 0.965 is 96.5 %, and 0.1 + 0.2 style noise never reaches the form.
    roundTripEfficiencyPercent: Math.round(model.roundTripEfficiency * 1000) / 10,
    efficiencyBasis: model.efficiencyBasis,
    catalogId: model.id,
  };
}

/**
 * A battery unit with `perUnit` expansions attached, as one unit: the energy adds up, the power stays the unit's
 * (an expansion has no inverter). Its id and name say how many expansions it carries.
 */
export function withExpansions(unit: BatteryUnit, expansion: BatteryExpansion, perUnit: number): BatteryUnit {
  if (expansion.expands !== unit.id) {
    throw new DomainError("invalid", `${expansion.manufacturer} ${expansion.model} does not attach to ${unit.manufacturer} ${unit.model}.`);
  }
  if (!Number.isInteger(perUnit) || perUnit < 0 || perUnit > expansion.maxPerUnit) {
    throw new DomainError("invalid", `A ${unit.model} takes 0 to ${expansion.maxPerUnit} ${expansion.model} units; got ${perUnit}.`);
  }
  if (perUnit === 0) return unit;
  const label = perUnit === 1 ? "Expansion" : "Expansions";
  return {
    ...unit,
    id: `${unit.id}+${perUnit}x${expansion.id}`,
    model: `${unit.model} + ${perUnit} ${label}`,
    // Rounded to the Wh so 13.5 × 3 reads 40.5, never 40.49999.
    usableKwh: Math.round((unit.usableKwh + perUnit * expansion.usableKwh) * 1000) / 1000,
    otherSources: [...unit.otherSources, expansion.source, ...expansion.otherSources],
  };
}
