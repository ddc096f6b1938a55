/**
 * The option form's upkeep, checked before the save (lib/core/finance/plausibility.ts, `checkUpkeep`): a replacement
 * that cannot be meant is refused beside its price or its warranty, and nothing is saved.
 */
import { DomainError } from "../../core/errors/domain-error";
import { checkUpkeep, refusals } from "../../core/finance";
import { replacementsOf } from "../../proposal/option-input";
import type { TOptionForm } from "../../validation/option";
import { fieldsNeedAttention } from "../state";

export function requirePlausibleUpkeep(segment: "residential" | "commercial", fields: TOptionForm): void {
  const findings = checkUpkeep({
    project: { state: "", segment },
    system: {
      pvKw: fields.pvKw,
      battery: { capacityKwh: fields.batteryCapacityKwh, powerKw: fields.batteryPowerKw, count: fields.batteryCount, reservePercent: fields.reservePercent },
    },
    costs: { solarCents: fields.solarCostCents, batteryCents: fields.batteryCostCents, otherCents: fields.otherCostCents },
    billSavingsYear1Cents: 0,
    assumptions: { years: fields.horizonYears, utilityEscalation: 0, discountRate: 0, degradation: 0, replacements: replacementsOf(fields) },
    programs: [],
    customIncentives: [],
  });
  const fieldErrors: Record<string, string> = {};
  for (const { target, message } of refusals(findings)) {
    const field = target.field === "costCents" ? `${target.component}ReplacementCents` : `${target.component}WarrantyYears`;
    if (!(field in fieldErrors)) fieldErrors[field] = message;
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("invalid", fieldsNeedAttention, fieldErrors);
}
