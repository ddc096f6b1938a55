/**
 * The option form's upkeep and today's-bill fields: blank means "not entered" (null, or 0 for the escalation), a
 * value out of range gets a message beside its field. The older fields are covered by tests/actions/options.test.ts.
 */
import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "./fields";
import { ZOptionFormSchema } from "./option";

const form = {
  name: "Solar + battery",
  pvKw: "8",
  annualProductionKwh: "9,600",
  batteryModel: "Powerwall 3",
  batteryCapacityKwh: "13.5",
  batteryPowerKw: "5",
  batteryCount: "1",
  reservePercent: "20",
  solarCostCents: "$24,000",
  batteryCostCents: "$15,000",
  otherCostCents: "0",
  billSavingsYear1Cents: "2,100",
  horizonYears: "25",
  utilityEscalationPercent: "3",
  discountRatePercent: "5",
  degradationPercent: "0.5",
  omCostYearlyCents: "200",
};

describe("upkeep and today's bill: what is stored", () => {
  test.each([
    {
      label: "a form from before the fields existed: no escalation, nothing entered",
      change: {},
      expected: { omEscalationPercent: 0, inverterReplacementCents: null, inverterWarrantyYears: null, batteryReplacementCents: null, batteryWarrantyYears: null, billTodayMonthlyCents: null },
    },
    {
      label: "blank inputs are the same as absent ones",
      change: { omEscalationPercent: "", inverterReplacementCents: "", inverterWarrantyYears: " ", batteryReplacementCents: "", batteryWarrantyYears: "", billTodayMonthlyCents: "" },
      expected: { omEscalationPercent: 0, inverterReplacementCents: null, inverterWarrantyYears: null, batteryReplacementCents: null, batteryWarrantyYears: null, billTodayMonthlyCents: null },
    },
    {
      label: "dollars become cents, percent and years stay as typed",
      change: { omEscalationPercent: "2.5", inverterReplacementCents: "$2,500", inverterWarrantyYears: "12", batteryReplacementCents: "9,000.50", batteryWarrantyYears: "10", billTodayMonthlyCents: "210.40" },
      expected: { omEscalationPercent: 2.5, inverterReplacementCents: 250_000, inverterWarrantyYears: 12, batteryReplacementCents: 900_050, batteryWarrantyYears: 10, billTodayMonthlyCents: 21_040 },
    },
    {
      label: "a price of $0 is kept as 0, not blank: the replacement is stated and counts nothing",
      change: { batteryReplacementCents: "0" },
      expected: { batteryReplacementCents: 0 },
    },
  ])("$label", ({ change, expected }) => {
    const parsed = ZOptionFormSchema.parse({ ...form, ...change });
    expect(parsed).toMatchObject(expected);
  });
});

describe("upkeep and today's bill: refused beside the field", () => {
  test.each([
    { label: "a warranty of 0 years", change: { batteryReplacementCents: "9000", batteryWarrantyYears: "0" }, field: "batteryWarrantyYears", message: "A warranty of 0 years would replace the battery every year: enter its warranty term, or leave it blank for the default, 10 years." },
    { label: "a negative warranty", change: { batteryReplacementCents: "9000", batteryWarrantyYears: "-2" }, field: "batteryWarrantyYears", message: "Battery warranty cannot be less than 0 years: leave it blank for the default, 10 years." },
    { label: "a warranty of 60 years", change: { inverterReplacementCents: "2500", inverterWarrantyYears: "60" }, field: "inverterWarrantyYears", message: "Inverter warranty cannot be more than 30 years: leave it blank for the default, 12 years." },
    { label: "a warranty of 10.5 years", change: { batteryReplacementCents: "9000", batteryWarrantyYears: "10.5" }, field: "batteryWarrantyYears", message: "Battery warranty must be a whole number." },
    {
      label: "a warranty without a price (it would count nothing)",
      change: { inverterWarrantyYears: "10" },
      field: "inverterReplacementCents",
      message: "Enter the price of the inverter replacement, or clear its warranty: without a price no replacement is counted.",
    },
    { label: "a negative replacement price", change: { batteryReplacementCents: "-9000" }, field: "batteryReplacementCents", message: "Battery replacement price cannot be negative." },
    { label: "a replacement price in fractions of a cent", change: { inverterReplacementCents: "2500.505" }, field: "inverterReplacementCents", message: "Inverter replacement price must be an amount in dollars, with at most two decimals." },
    { label: "an O&M escalation of 40%", change: { omEscalationPercent: "40" }, field: "omEscalationPercent", message: "O&M escalation cannot be more than 15 %." },
    { label: "a negative O&M escalation", change: { omEscalationPercent: "-1" }, field: "omEscalationPercent", message: "O&M escalation cannot be less than 0 %." },
    { label: "a monthly bill of a million dollars", change: { billTodayMonthlyCents: "1,000,000" }, field: "billTodayMonthlyCents", message: "Today's monthly electric bill cannot be more than $100,000." },
  ])("$label", ({ change, field, message }) => {
    const parsed = ZOptionFormSchema.safeParse({ ...form, ...change });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)[field]).toBe(message);
  });
});
