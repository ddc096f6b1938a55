import { describe, expect, test } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, moneyInput, numberInput } from "./fields";
import { ZOptionFormSchema } from "./option";
import { ZProjectFormSchema } from "./project";
import { centsToDollarsInput } from "./form-values";

describe("moneyInput", () => {
  const schema = moneyInput("solar cost");
  test.each([
    { label: "whole dollars", text: "24000", cents: 2_400_000 },
    { label: "grouping commas and a dollar sign", text: "$24,000", cents: 2_400_000 },
    { label: "0.29 is exactly 29 cents, not 28.999…", text: "0.29", cents: 29 },
    { label: "one decimal means dimes", text: "1250.5", cents: 125_050 },
    { label: "two decimals", text: "1250.55", cents: 125_055 },
  ])("$label: $text → $cents", ({ text, cents }) => {
    expect(schema.parse(text)).toBe(cents);
  });

  test.each([
    { label: "three decimals are refused", text: "1.234", message: "Solar cost must be an amount in dollars, with at most two decimals." },
    { label: "negative amounts are refused", text: "-5", message: "Solar cost cannot be negative." },
    { label: "words are refused", text: "ten", message: "Solar cost must be an amount in dollars, with at most two decimals." },
    { label: "blank is refused when required", text: "", message: "Enter solar cost." },
    { label: "above the ceiling is refused", text: "10000001", message: "Solar cost cannot be more than $10,000,000." },
  ])("$label", ({ text, message }) => {
    const result = schema.safeParse(text);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ _form: message });
  });

  test("an optional amount left blank is zero", () => {
    expect(moneyInput("other costs", { required: false }).parse("")).toBe(0);
  });

  test("centsToDollarsInput round-trips through moneyInput", () => {
    for (const cents of [0, 1, 29, 100, 125_050, 2_400_000, 99_999_999]) {
      expect(schema.parse(centsToDollarsInput(cents))).toBe(cents);
    }
  });
});

describe("numberInput", () => {
  const schema = z.object({ powerKw: numberInput("battery power", { min: 0, max: 1000, unit: "kW" }) });
  test.each([
    { label: "a negative kW is refused in the installer's words", text: "-5", message: "Battery power cannot be less than 0 kW." },
    { label: "not a number", text: "abc", message: "Battery power must be a number." },
    { label: "blank", text: "  ", message: "Enter battery power." },
    { label: "too large", text: "5000", message: "Battery power cannot be more than 1,000 kW." },
  ])("$label", ({ text, message }) => {
    const result = schema.safeParse({ powerKw: text });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ powerKw: message });
  });
});

describe("project and option forms", () => {
  const project = { customerName: "Dana Whitfield", email: "", phone: "", street: "41 Orchard Lane", city: "Glastonbury", state: "CT", zip: "06033", utility: "Eversource", tariff: "other", segment: "residential", notes: "" };

  test("a complete project parses, blanks become null", () => {
    const parsed = ZProjectFormSchema.parse(project);
    expect(parsed).toMatchObject({ customerName: "Dana Whitfield", email: null, phone: null, state: "CT", notes: null });
  });

  test("every bad project field gets its own message", () => {
    const result = ZProjectFormSchema.safeParse({ ...project, customerName: " ", email: "dana@", state: "XX", zip: "6033", tariff: "NEM9" });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(["customerName", "email", "state", "tariff", "zip"]);
  });

  const option = {
    name: "Option A", pvKw: "8.4", annualProductionKwh: "10,500", batteryModel: "Powerwall 3", batteryCapacityKwh: "13.5", batteryPowerKw: "11.5", batteryCount: "1", reservePercent: "20",
    solarCostCents: "24,000", batteryCostCents: "15,000", otherCostCents: "", billSavingsYear1Cents: "2,100", horizonYears: "25", utilityEscalationPercent: "3", discountRatePercent: "5", degradationPercent: "0.5", omCostYearlyCents: "",
  };

  test("an option parses into stored units (cents, numbers)", () => {
    expect(ZOptionFormSchema.parse(option)).toMatchObject({ pvKw: 8.4, annualProductionKwh: 10_500, batteryCount: 1, solarCostCents: 2_400_000, otherCostCents: 0, omCostYearlyCents: 0 });
  });

  test("a battery count without capacity, or capacity without a count, is refused", () => {
    const noCapacity = ZOptionFormSchema.safeParse({ ...option, batteryCapacityKwh: "0" });
    expect(noCapacity.success || fieldErrorsOf(noCapacity.error)).toEqual({ batteryCapacityKwh: "Enter the capacity of each battery, or set the battery count to 0." });
    const noCount = ZOptionFormSchema.safeParse({ ...option, batteryCount: "0" });
    expect(noCount.success || fieldErrorsOf(noCount.error)).toEqual({ batteryCount: "Set how many batteries this option has (at least 1), or clear the capacity." });
  });

  test("a fractional battery count is refused", () => {
    const result = ZOptionFormSchema.safeParse({ ...option, batteryCount: "1.5" });
    expect(result.success || fieldErrorsOf(result.error)).toEqual({ batteryCount: "Battery count must be a whole number." });
  });
});
