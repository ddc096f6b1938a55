import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "./fields";
import { catalogPriceField, ZCustomBatteryModelForm, ZPriceAdderForm, ZPriceListForm } from "./price-list";

function errorsOf(schema: { safeParse: (values: unknown) => { success: boolean; error?: unknown } }, values: Record<string, string>): Record<string, string> {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe("ZPriceListForm", () => {
  test("reads dollars as integer cents; a blank model price is no price of its own", () => {
    const parsed = ZPriceListForm.parse({ solarCentsPerWatt: "$2.90", batteryUnitCents: "12,000", [catalogPriceField("tesla-powerwall-3")]: "15500", [catalogPriceField("tesla-powerwall-2")]: "" });
    expect(parsed).toEqual({ solarCentsPerWatt: 290, batteryUnitCents: 1_200_000, catalogUnitCents: { "tesla-powerwall-3": 1_550_000 } });
  });

  test("a blank default battery price is none", () => {
    expect(ZPriceListForm.parse({ solarCentsPerWatt: "3" }).batteryUnitCents).toBeNull();
  });

  test.each([
    { label: "a negative solar price", field: "solarCentsPerWatt", value: "-2.90", message: "Solar price per watt cannot be negative." },
    { label: "$0 per watt", field: "solarCentsPerWatt", value: "0", message: "Enter a solar price per watt above $0, like 2.90." },
    { label: "a price per watt above the $20 cap (a per-kW price typed here)", field: "solarCentsPerWatt", value: "2900", message: "Solar price per watt cannot be more than $20." },
    { label: "a blank solar price", field: "solarCentsPerWatt", value: "", message: "Enter solar price per watt." },
    { label: "a negative default battery price", field: "batteryUnitCents", value: "-1", message: "Default battery price cannot be negative." },
    { label: "a model's price in words", field: catalogPriceField("tesla-powerwall-3"), value: "fifteen", message: "The price of one Tesla Powerwall 3 must be an amount in dollars, with at most two decimals." },
  ])("refuses $label, naming the field", ({ field, value, message }) => {
    expect(errorsOf(ZPriceListForm, { solarCentsPerWatt: "2.90", [field]: value })[field]).toBe(message);
  });
});

describe("ZPriceAdderForm", () => {
  test("an adder ticked to start every new option", () => {
    expect(ZPriceAdderForm.parse({ name: " Main panel upgrade ", amountCents: "2,500", isDefaultOn: "on" })).toEqual({ name: "Main panel upgrade", amountCents: 250_000, isDefaultOn: true });
  });

  test("an unticked box posts nothing: off", () => {
    expect(ZPriceAdderForm.parse({ name: "Trenching", amountCents: "1800" }).isDefaultOn).toBe(false);
  });

  test.each([
    { label: "a blank name", field: "name", values: { name: "", amountCents: "450" }, message: "Enter the adder's name." },
    { label: "a negative amount", field: "amountCents", values: { name: "Critter guard", amountCents: "-450" }, message: "The adder's amount cannot be negative." },
    { label: "an amount of $0", field: "amountCents", values: { name: "Critter guard", amountCents: "0" }, message: "Enter an amount above $0." },
  ])("refuses $label", ({ field, values, message }) => {
    expect(errorsOf(ZPriceAdderForm, values)[field]).toBe(message);
  });
});

describe("ZCustomBatteryModelForm", () => {
  const valid = { manufacturer: "Acme Storage", model: "Home 12", usableKwh: "12", continuousKw: "6", roundTripEfficiencyPercent: "90", warrantyYears: "10", datasheetUrl: "", unitCents: "" };

  test("a model within the catalog's bounds, without a datasheet or price", () => {
    expect(ZCustomBatteryModelForm.parse(valid)).toEqual({ ...valid, usableKwh: 12, continuousKw: 6, roundTripEfficiencyPercent: 90, warrantyYears: 10, datasheetUrl: null, unitCents: null });
  });

  test.each([
    // The bounds are the catalog's (lib/core/equipment/bounds.ts): 30 kWh, 15 kW, 80 to 98 %, 5 to 20 years.
    { label: "usable energy above the catalog's 30 kWh", field: "usableKwh", value: "31", message: "Usable energy cannot be more than 30 kWh." },
    { label: "0 kWh", field: "usableKwh", value: "0", message: "Usable energy must be more than 0 kWh." },
    { label: "a negative kWh", field: "usableKwh", value: "-5", message: "Usable energy cannot be less than 0 kWh." },
    { label: "power above the catalog's 15 kW", field: "continuousKw", value: "16", message: "Continuous power cannot be more than 15 kW." },
    { label: "a round trip typed as a fraction", field: "roundTripEfficiencyPercent", value: "0.9", message: "Round-trip efficiency cannot be less than 80 %." },
    { label: "a round trip above 98 %", field: "roundTripEfficiencyPercent", value: "99", message: "Round-trip efficiency cannot be more than 98 %." },
    { label: "a warranty under 5 years", field: "warrantyYears", value: "2", message: "Warranty cannot be less than 5 years." },
    { label: "a datasheet that is not a web address", field: "datasheetUrl", value: "javascript:alert(1)", message: "Enter the datasheet's address like https://example.com/datasheet.pdf, or leave it blank." },
    { label: "a negative price per unit", field: "unitCents", value: "-1", message: "Price per unit cannot be negative." },
    { label: "a blank manufacturer", field: "manufacturer", value: "", message: "Enter the manufacturer." },
  ])("refuses $label, naming the field", ({ field, value, message }) => {
    expect(errorsOf(ZCustomBatteryModelForm, { ...valid, [field]: value })[field]).toBe(message);
  });
});
