import { describe, expect, test } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, formDataToObject, jsonNumber, moneyInput, numberInput, optionalNumberInput, readForm } from "./fields";
import { ZCommandForm, ZDeviceForm, ZGridEventForm } from "./operations";
import { ZCustomIncentiveFormSchema } from "./custom-incentive";
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

  test.each([
    { label: "commas out of place (1,2,3 is a typo, not 123)", text: "1,2,3" },
    { label: "a comma after four digits", text: "1000,000" },
    { label: "spaces between digits (not 10000)", text: "1 0 0 0 0" },
    { label: "hex (not 16)", text: "0x10" },
    { label: "an exponent", text: "1e3" },
    { label: "a subnormal", text: "5e-324" },
    { label: "Infinity", text: "Infinity" },
    { label: "a minus before the dollar sign", text: "-$100" },
  ])("$label is refused: $text", ({ text }) => {
    const result = schema.safeParse(text);
    expect(result.success || fieldErrorsOf(result.error)).toEqual({ _form: "Solar cost must be an amount in dollars, with at most two decimals." });
  });

  test.each([
    { label: "a negative zero", text: "-0" },
    { label: "a negative zero with cents (was NaN cents)", text: "-.00" },
  ])("$label is refused as negative: $text", ({ text }) => {
    const result = schema.safeParse(text);
    expect(result.success || fieldErrorsOf(result.error)).toEqual({ _form: "Solar cost cannot be negative." });
  });

  test.each([
    { label: "a JSON number with binary noise", value: 0.1 + 0.2 },
    { label: "a subnormal JSON number", value: 5e-324 },
    { label: "a huge JSON number", value: 1e21 },
  ])("$label is refused", ({ value }) => {
    expect(schema.safeParse(value).success).toBe(false);
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

describe("numberInput reads plain decimals only", () => {
  // Each spelling of the security issue (#14), and the usual ones installers type.
  const power = numberInput("battery power", { min: 0, smallestNonZero: 0.1, max: 1000, unit: "kW" });
  const escalation = numberInput("utility escalation", { min: -5, max: 15, unit: "%" });
  const spelling = (label: string) => `${label} must be a plain number like 1,250.5: no spaces, letters or exponents.`;

  test.each([
    { label: "digits", text: "11.5", value: 11.5 },
    { label: "grouping commas in the right places", text: "1,000", value: 1000 },
    { label: "spaces around (trimmed)", text: "  5 ", value: 5 },
    { label: "a leading decimal point", text: ".5", value: 0.5 },
    { label: "a trailing decimal point", text: "5.", value: 5 },
    { label: "three decimals (to the watt)", text: "3.125", value: 3.125 },
    { label: "trailing zeros do not count as decimals", text: "3.12500", value: 3.125 },
    { label: "zero", text: "0", value: 0 },
    { label: "negative zero is zero", text: "-0", value: 0 },
  ])("$label: $text → $value", ({ text, value }) => {
    expect(Object.is(power.parse(text), value)).toBe(true);
  });

  test("a negative number where negatives make sense", () => {
    expect(escalation.parse("-1.5")).toBe(-1.5);
  });

  test.each([
    { label: "a subnormal (5e-324)", text: "5e-324", message: spelling("Battery power") },
    { label: "hex, not 16 kW", text: "0x10", message: spelling("Battery power") },
    { label: "spaces between digits, not 10000", text: "1 0 0 0 0", message: spelling("Battery power") },
    { label: "a denormal battery power (1e-320)", text: "1e-320", message: spelling("Battery power") },
    { label: "an exponent", text: "1e3", message: spelling("Battery power") },
    { label: "binary", text: "0b11", message: spelling("Battery power") },
    { label: "an underscore separator", text: "1_000", message: spelling("Battery power") },
    { label: "commas out of place", text: "1,0,0", message: spelling("Battery power") },
    { label: "two decimal points", text: "1.2.3", message: spelling("Battery power") },
    { label: "a plus sign", text: "+5", message: spelling("Battery power") },
    { label: "a unit typed in", text: "5kW", message: spelling("Battery power") },
    { label: "Infinity", text: "Infinity", message: "Battery power must be a number." },
    { label: "-Infinity", text: "-Infinity", message: "Battery power must be a number." },
    { label: "NaN", text: "NaN", message: "Battery power must be a number." },
    { label: "Arabic-Indic digits", text: "١٢٣", message: "Battery power must be a number." },
    { label: "full-width digits", text: "１２３", message: "Battery power must be a number." },
    { label: "a tiny battery (not 0, under 0.1 kW)", text: "0.05", message: "Battery power must be 0, or at least 0.1 kW." },
    { label: "a fraction of a watt", text: "5.0001", message: "Battery power can have at most 3 decimals." },
    { label: "400 digits", text: "9".repeat(400), message: "Battery power cannot be more than 1,000 kW." },
    { label: "a negative where none make sense", text: "-5", message: "Battery power cannot be less than 0 kW." },
  ])("$label is refused: $text", ({ text, message }) => {
    const result = power.safeParse(text);
    expect(result.success || fieldErrorsOf(result.error)).toEqual({ _form: message });
  });

  test.each([
    { label: "a subnormal", value: 5e-324, message: "Battery power must be 0, or at least 0.1 kW." },
    { label: "binary noise", value: 0.1 + 0.2, message: "Battery power can have at most 3 decimals." },
  ])("a number value ($label) is held to the same rules", ({ value, message }) => {
    const result = power.safeParse(value);
    expect(result.success || fieldErrorsOf(result.error)).toEqual({ _form: message });
  });

  test("integer fields say so for a decimal and for an exponent", () => {
    const count = numberInput("battery count", { min: 0, max: 100, integer: true });
    expect(count.parse("2")).toBe(2);
    expect(count.safeParse("1.5").error?.issues[0]?.message).toBe("Battery count must be a whole number.");
    expect(count.safeParse("1e1").error?.issues[0]?.message).toBe(spelling("Battery count"));
  });
});

describe("optionalNumberInput and jsonNumber", () => {
  const cap = optionalNumberInput("the cap per battery", { min: 0.1, max: 1000, unit: "kW" });

  test("blank or left out is null; a plain number is read", () => {
    expect(cap.parse(undefined)).toBeNull();
    expect(cap.parse("  ")).toBeNull();
    expect(cap.parse("2.5")).toBe(2.5);
  });

  test.each([
    { text: "0x10", message: "The cap per battery must be a plain number like 1,250.5: no spaces, letters or exponents." },
    { text: "1e-320", message: "The cap per battery must be a plain number like 1,250.5: no spaces, letters or exponents." },
    { text: "0", message: "The cap per battery cannot be less than 0.1 kW." },
  ])("an optional number still refuses $text", ({ text, message }) => {
    expect(cap.safeParse(text).error?.issues[0]?.message).toBe(message);
  });

  const json = jsonNumber("battery power", { min: 0.1, max: 1000, unit: "kW" }, "Battery power must be a number of kW.");
  test.each([
    { label: "a subnormal", value: 5e-324, message: "Battery power cannot be less than 0.1 kW." },
    { label: "a denormal", value: 1e-320, message: "Battery power cannot be less than 0.1 kW." },
    { label: "absurd precision", value: 1.0000001, message: "Battery power can have at most 3 decimals." },
    { label: "Infinity", value: Number.POSITIVE_INFINITY, message: "Battery power must be a number of kW." },
    { label: "text", value: "5", message: "Battery power must be a number of kW." },
    { label: "too large", value: 1e21, message: "Battery power cannot be more than 1,000 kW." },
  ])("a JSON number: $label is refused with one message", ({ value, message }) => {
    const result = json.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  test("a JSON number within bounds passes", () => {
    expect(json.parse(11.5)).toBe(11.5);
  });
});

describe("every numeric form field is strict", () => {
  test.each([
    { label: "a command's power in hex", schema: ZCommandForm, values: { action: "discharge", powerKw: "0x10", startsInMinutes: "0", durationMinutes: "30" }, field: "powerKw" },
    { label: "a command's power as a subnormal", schema: ZCommandForm, values: { action: "discharge", powerKw: "1e-320", startsInMinutes: "0", durationMinutes: "30" }, field: "powerKw" },
    { label: "a command's start with spaces", schema: ZCommandForm, values: { action: "idle", powerKw: "", startsInMinutes: "1 0", durationMinutes: "30" }, field: "startsInMinutes" },
    { label: "a grid event's cap in hex", schema: ZGridEventForm, values: { programId: "ct-ess", startsInMinutes: "1", durationMinutes: "60", maxKwPerBattery: "0x10" }, field: "maxKwPerBattery" },
    { label: "a battery's power with spaces", schema: ZDeviceForm, values: { manufacturer: "Tesla", model: "Powerwall 3", serialNumber: "TSL-1", capacityKwh: "13.5", powerKw: "1 1.5", backupReservePercent: "20" }, field: "powerKw" },
    { label: "a battery's capacity as an exponent", schema: ZDeviceForm, values: { manufacturer: "Tesla", model: "Powerwall 3", serialNumber: "TSL-1", capacityKwh: "1.35e1", powerKw: "11.5", backupReservePercent: "20" }, field: "capacityKwh" },
    { label: "an incentive's years as an exponent", schema: ZCustomIncentiveFormSchema, values: { name: "Co-op credit", kind: "annual", amountCents: "50", years: "1e1" }, field: "years" },
  ])("$label is refused on its field", ({ schema, values, field }) => {
    const result = (schema as z.ZodType).safeParse(values);
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toEqual([field]);
  });

  test("a battery's power of 1e-320, or 0.05, in an option is refused; 0 without batteries is fine", () => {
    const option = {
      name: "Option A", pvKw: "8.4", annualProductionKwh: "10,500", batteryModel: "", batteryCapacityKwh: "13.5", batteryPowerKw: "11.5", batteryCount: "1", reservePercent: "20",
      solarCostCents: "24,000", batteryCostCents: "15,000", otherCostCents: "", billSavingsYear1Cents: "2,100", horizonYears: "25", utilityEscalationPercent: "3", discountRatePercent: "5", degradationPercent: "0.5", omCostYearlyCents: "",
    };
    expect(fieldErrorsOf(ZOptionFormSchema.safeParse({ ...option, batteryPowerKw: "1e-320" }).error!)).toEqual({ batteryPowerKw: "Battery power must be a plain number like 1,250.5: no spaces, letters or exponents." });
    expect(fieldErrorsOf(ZOptionFormSchema.safeParse({ ...option, batteryPowerKw: "0.05" }).error!)).toEqual({ batteryPowerKw: "Battery power must be 0, or at least 0.1 kW." });
    expect(fieldErrorsOf(ZOptionFormSchema.safeParse({ ...option, pvKw: "0.0001" }).error!)).toEqual({ pvKw: "PV size must be 0, or at least 0.1 kW." });
    expect(ZOptionFormSchema.parse({ ...option, batteryCapacityKwh: "0", batteryPowerKw: "0", batteryCount: "0" })).toMatchObject({ batteryPowerKw: 0 });
  });
});

describe("readForm", () => {
  test("a FormData becomes its strings, the last value winning, files and React's $ACTION keys left out", () => {
    const data = new FormData();
    data.append("name", "first");
    data.append("name", "Dana");
    data.append("upload", new Blob(["x"]), "x.txt");
    data.append("$ACTION_ID_abc", "");
    expect(readForm(data)).toEqual({ name: "Dana" });
  });

  test.each([
    { label: "a string", value: "name=Dana" },
    { label: "a number", value: 42 },
    { label: "a plain object", value: { name: "Dana" } },
    { label: "an array of entries", value: [["name", "Dana"]] },
    { label: "null", value: null },
    { label: "undefined", value: undefined },
    { label: "URLSearchParams (has forEach, is not a form)", value: new URLSearchParams({ name: "Dana" }) },
    { label: "an object with a forEach that throws", value: { forEach: () => { throw new Error("boom"); } } },
  ])("$label is not a form: null, and formDataToObject reads it as empty", ({ value }) => {
    expect(readForm(value)).toBeNull();
    expect(formDataToObject(value)).toEqual({});
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
