import { formatCentsAsDecimal } from "../core/money/format";

/** Stored values shown back in form inputs, in the units the form asks for. */

export function centsToDollarsInput(cents: number): string {
  return formatCentsAsDecimal(cents, { trimZeroCents: true });
}

export function numberToInput(value: number): string {
  // Round away binary noise (0.1 + 0.2) before showing a stored double to a person.
  return String(Math.round(value * 1e6) / 1e6);
}

export type OptionFormValues = Record<
  | "name" | "pvKw" | "annualProductionKwh" | "batteryModel" | "batteryCapacityKwh" | "batteryPowerKw" | "batteryCount" | "reservePercent"
  | "solarCostCents" | "batteryCostCents" | "otherCostCents" | "billSavingsYear1Cents" | "horizonYears" | "utilityEscalationPercent"
  | "discountRatePercent" | "degradationPercent" | "omCostYearlyCents" | "batteryFadePercent" | "omEscalationPercent"
  | "inverterReplacementCents" | "inverterWarrantyYears" | "batteryReplacementCents" | "batteryWarrantyYears" | "billTodayMonthlyCents",
  string
>;

type StoredOption = {
  name: string; pvKw: number; annualProductionKwh: number; batteryModel: string | null; batteryCapacityKwh: number; batteryPowerKw: number;
  batteryCount: number; reservePercent: number; solarCostCents: number; batteryCostCents: number; otherCostCents: number;
  billSavingsYear1Cents: number; horizonYears: number; utilityEscalationPercent: number; discountRatePercent: number;
  degradationPercent: number; omCostYearlyCents: number; batteryFadePercent: number; omEscalationPercent: number;
  inverterReplacementCents: number | null; inverterWarrantyYears: number | null; batteryReplacementCents: number | null;
  batteryWarrantyYears: number | null; billTodayMonthlyCents: number | null;
};

/** A blank input for a value that was never entered (null), which is not the same as 0. */
const optionalCents = (cents: number | null) => (cents === null ? "" : centsToDollarsInput(cents));
const optionalWhole = (value: number | null) => (value === null ? "" : String(value));

export function optionToFormValues(option: StoredOption): OptionFormValues {
  return {
    name: option.name,
    pvKw: numberToInput(option.pvKw),
    annualProductionKwh: numberToInput(option.annualProductionKwh),
    batteryModel: option.batteryModel ?? "",
    batteryCapacityKwh: numberToInput(option.batteryCapacityKwh),
    batteryPowerKw: numberToInput(option.batteryPowerKw),
    batteryCount: String(option.batteryCount),
    reservePercent: numberToInput(option.reservePercent),
    solarCostCents: centsToDollarsInput(option.solarCostCents),
    batteryCostCents: centsToDollarsInput(option.batteryCostCents),
    otherCostCents: centsToDollarsInput(option.otherCostCents),
    billSavingsYear1Cents: centsToDollarsInput(option.billSavingsYear1Cents),
    horizonYears: String(option.horizonYears),
    utilityEscalationPercent: numberToInput(option.utilityEscalationPercent),
    discountRatePercent: numberToInput(option.discountRatePercent),
    degradationPercent: numberToInput(option.degradationPercent),
    omCostYearlyCents: centsToDollarsInput(option.omCostYearlyCents),
    batteryFadePercent: numberToInput(option.batteryFadePercent),
    omEscalationPercent: numberToInput(option.omEscalationPercent),
    inverterReplacementCents: optionalCents(option.inverterReplacementCents),
    inverterWarrantyYears: optionalWhole(option.inverterWarrantyYears),
    batteryReplacementCents: optionalCents(option.batteryReplacementCents),
    batteryWarrantyYears: optionalWhole(option.batteryWarrantyYears),
    billTodayMonthlyCents: optionalCents(option.billTodayMonthlyCents),
  };
}

export const newOptionValues: OptionFormValues = {
  name: "",
  pvKw: "",
  annualProductionKwh: "",
  batteryModel: "",
  batteryCapacityKwh: "0",
  batteryPowerKw: "0",
  batteryCount: "0",
  reservePercent: "20",
  solarCostCents: "",
  batteryCostCents: "0",
  otherCostCents: "0",
  billSavingsYear1Cents: "",
  horizonYears: "25",
  utilityEscalationPercent: "3",
  discountRatePercent: "5",
  degradationPercent: "0.5",
  omCostYearlyCents: "0",
  batteryFadePercent: "3",
  omEscalationPercent: "0",
  inverterReplacementCents: "",
  inverterWarrantyYears: "",
  batteryReplacementCents: "",
  batteryWarrantyYears: "",
  billTodayMonthlyCents: "",
};
