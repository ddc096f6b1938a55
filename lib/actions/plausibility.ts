/**
 * The prologue step that refuses an implausible save (lib/core/finance/plausibility.ts): the option as it would be
 * after the change is checked, and a refusal that belongs to a field of the posted form is shown beside that field.
 * A finding about another part of the option (stored before these checks existed) does not block this form.
 */
import { DomainError } from "../core/errors/domain-error";
import { checkPlausibility, refusals, type PlausibilityTarget } from "../core/finance";
import { toOptionInput, type StoredOption } from "../proposal/option-input";
import { fieldsNeedAttention } from "./state";

export function requirePlausible(option: StoredOption, fieldOf: (target: PlausibilityTarget) => string | null, enabledPrograms: Record<string, boolean> = {}): void {
  const fieldErrors: Record<string, string> = {};
  for (const finding of refusals(checkPlausibility(toOptionInput(option, { enabledPrograms })))) {
    const field = fieldOf(finding.target);
    if (field !== null && !(field in fieldErrors)) fieldErrors[field] = finding.message;
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("invalid", fieldsNeedAttention, fieldErrors);
}

/** The option form's own fields (sizes, price), checked before any program: a utility-scale "home" battery is refused. */
export function requirePlausibleSystem(
  segment: "residential" | "commercial",
  fields: { pvKw: number; batteryCapacityKwh: number; batteryPowerKw: number; batteryCount: number; reservePercent: number; solarCostCents: number; batteryCostCents: number; otherCostCents: number; horizonYears: number },
): void {
  const findings = checkPlausibility({
    project: { state: "", segment },
    system: {
      pvKw: fields.pvKw,
      battery: { capacityKwh: fields.batteryCapacityKwh, powerKw: fields.batteryPowerKw, count: fields.batteryCount, reservePercent: fields.reservePercent },
    },
    costs: { solarCents: fields.solarCostCents, batteryCents: fields.batteryCostCents, otherCents: fields.otherCostCents },
    billSavingsYear1Cents: 0,
    assumptions: { years: fields.horizonYears, utilityEscalation: 0, discountRate: 0, degradation: 0 },
    programs: [],
    customIncentives: [],
  });
  const fieldErrors: Record<string, string> = {};
  for (const finding of refusals(findings)) {
    if (finding.target.kind === "system") fieldErrors[finding.target.field === "pvKw" ? "pvKw" : "batteryCapacityKwh"] = finding.message;
  }
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("invalid", fieldsNeedAttention, fieldErrors);
}
