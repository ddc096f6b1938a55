import type { StoredOption } from "../../lib/proposal/option-input";

/**
 * The Connecticut homeowner's option the proposal's unit tests start from: 8 kW of solar ($24,000), one 13.5 kWh /
 * 11.5 kW battery ($15,000), $2,100 of year-1 bill savings, CT-ESS on as a standard customer off Grid Edge. A test
 * spreads over it only what it is about.
 */
export const ctStoredOption: StoredOption = {
  pvKw: 8,
  batteryCapacityKwh: 13.5,
  batteryPowerKw: 11.5,
  batteryCount: 1,
  reservePercent: 20,
  solarCostCents: 2_400_000,
  batteryCostCents: 1_500_000,
  otherCostCents: 0,
  billSavingsYear1Cents: 210_000,
  horizonYears: 25,
  utilityEscalationPercent: 3,
  discountRatePercent: 5,
  degradationPercent: 0.5,
  omCostYearlyCents: 0,
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: "other" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: { customerTier: "standard", gridEdge: false } }],
  customIncentives: [],
};
