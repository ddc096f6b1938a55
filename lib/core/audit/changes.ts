/**
 * What an edit changed, as the sentence the project's activity list shows: "Battery cost $12,000.00 → $13,500.00;
 * backup reserve 20 → 25 %". Pure, so it is tested without a database.
 */
import { formatNumber, formatUsd } from "../money/format";
import type { Cents } from "../money/round";

export type FieldKind = "money" | "number" | "text";

export interface FieldSpec {
  label: string;
  kind: FieldKind;
  unit?: string;
}

function show(value: unknown, spec: FieldSpec): string {
  if (value === null || value === undefined || value === "") return "empty";
  if (spec.kind === "money" && typeof value === "number") return formatUsd(value as Cents, { cents: true });
  if (spec.kind === "number" && typeof value === "number") return `${formatNumber(value, 3)}${spec.unit ? ` ${spec.unit}` : ""}`;
  return `“${String(value)}”`;
}

/** One "label before → after" part per changed field, in the order of `fields`; empty when nothing changed. */
export function describeChanges(fields: Record<string, FieldSpec>, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const parts: string[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    if (!(key in after)) continue;
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (from === to) continue;
    parts.push(`${spec.label} ${show(from, spec)} → ${show(to, spec)}`);
  }
  return parts;
}

/** "Changed costs of Option A: …" or a plain fallback when the save changed nothing. */
export function changeSummary(subject: string, parts: string[]): string {
  return parts.length === 0 ? `Saved ${subject} without changes.` : `Changed ${subject}: ${parts.join("; ")}.`;
}

export const OPTION_FIELDS: Record<string, FieldSpec> = {
  name: { label: "name", kind: "text" },
  pvKw: { label: "PV size", kind: "number", unit: "kW" },
  annualProductionKwh: { label: "annual production", kind: "number", unit: "kWh" },
  batteryModel: { label: "battery model", kind: "text" },
  batteryCapacityKwh: { label: "battery capacity", kind: "number", unit: "kWh" },
  batteryPowerKw: { label: "battery power", kind: "number", unit: "kW" },
  batteryCount: { label: "battery count", kind: "number" },
  reservePercent: { label: "backup reserve", kind: "number", unit: "%" },
  solarCostCents: { label: "solar cost", kind: "money" },
  batteryCostCents: { label: "battery cost", kind: "money" },
  otherCostCents: { label: "other costs", kind: "money" },
  billSavingsYear1Cents: { label: "year-1 bill savings", kind: "money" },
  horizonYears: { label: "horizon", kind: "number", unit: "years" },
  utilityEscalationPercent: { label: "utility escalation", kind: "number", unit: "%" },
  discountRatePercent: { label: "discount rate", kind: "number", unit: "%" },
  degradationPercent: { label: "panel degradation", kind: "number", unit: "%" },
  omCostYearlyCents: { label: "yearly O&M cost", kind: "money" },
  omEscalationPercent: { label: "O&M escalation", kind: "number", unit: "%" },
  inverterReplacementCents: { label: "inverter replacement", kind: "money" },
  inverterWarrantyYears: { label: "inverter warranty", kind: "number", unit: "years" },
  batteryReplacementCents: { label: "battery replacement", kind: "money" },
  batteryWarrantyYears: { label: "battery warranty", kind: "number", unit: "years" },
  billTodayMonthlyCents: { label: "today's monthly bill", kind: "money" },
};

export const PROJECT_FIELDS: Record<string, FieldSpec> = {
  customerName: { label: "customer", kind: "text" },
  email: { label: "email", kind: "text" },
  phone: { label: "phone", kind: "text" },
  street: { label: "street", kind: "text" },
  city: { label: "city", kind: "text" },
  state: { label: "state", kind: "text" },
  zip: { label: "ZIP", kind: "text" },
  utility: { label: "utility", kind: "text" },
  tariff: { label: "tariff", kind: "text" },
  segment: { label: "segment", kind: "text" },
  notes: { label: "notes", kind: "text" },
};
