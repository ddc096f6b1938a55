import { z } from "zod";
import { batteryCatalog } from "../core/equipment/catalog";
import { BATTERY_BOUNDS } from "../core/equipment/bounds";
import { moneyInput, numberInput, optionalText, requiredText } from "./fields";

/**
 * The Prices and equipment forms (owners and admins): the price list that fills a new option's costs, its adders,
 * and the battery models the organization adds to the catalog's. The same schemas check the form as it is typed
 * and the server action that saves it.
 */

/** Above any installed residential price: a larger figure is a typo (a price per kW typed as per W). */
export const MAX_SOLAR_DOLLARS_PER_WATT = 20;
const MAX_BATTERY_UNIT_DOLLARS = 100_000;
const MAX_ADDER_DOLLARS = 100_000;

/** An amount that may be left blank: null, which is "no price of its own", not $0. */
function optionalMoneyInput(label: string, maxDollars: number) {
  const money = moneyInput(label, { maxDollars });
  return z
    .union([z.string(), z.number()], { error: `${label.charAt(0).toUpperCase()}${label.slice(1)} must be an amount in dollars, or left blank.` })
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) return null;
      const parsed = money.safeParse(raw);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    });
}

/** The form field of a catalog model's price: one per battery and expansion in the catalog. */
export function catalogPriceField(catalogId: string): string {
  return `unitPrice-${catalogId}`;
}

const catalogPriceFields = Object.fromEntries(
  batteryCatalog.map((model) => [catalogPriceField(model.id), optionalMoneyInput(`the price of one ${model.manufacturer} ${model.model}`, MAX_BATTERY_UNIT_DOLLARS)]),
);

export const ZPriceListForm = z
  .object({
    // Cents per watt: "$2.90" per watt is 290, typed like any dollar amount.
    solarCentsPerWatt: moneyInput("solar price per watt", { maxDollars: MAX_SOLAR_DOLLARS_PER_WATT }).refine((cents) => cents > 0, "Enter a solar price per watt above $0, like 2.90."),
    batteryUnitCents: optionalMoneyInput("default battery price", MAX_BATTERY_UNIT_DOLLARS),
    ...catalogPriceFields,
  })
  .transform((fields) => {
    const catalogUnitCents: Record<string, number> = {};
    for (const model of batteryCatalog) {
      const cents = (fields as Record<string, number | null>)[catalogPriceField(model.id)];
      if (typeof cents === "number") catalogUnitCents[model.id] = cents;
    }
    return { solarCentsPerWatt: fields.solarCentsPerWatt, batteryUnitCents: fields.batteryUnitCents, catalogUnitCents };
  });

export type TPriceListForm = z.infer<typeof ZPriceListForm>;

/** A checkbox posts "on" when ticked and nothing when not. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on");

export const ZPriceAdderForm = z.object({
  name: requiredText("the adder's name", 80),
  amountCents: moneyInput("the adder's amount", { maxDollars: MAX_ADDER_DOLLARS }).refine((cents) => cents > 0, "Enter an amount above $0."),
  isDefaultOn: checkbox,
});

export type TPriceAdderForm = z.infer<typeof ZPriceAdderForm>;

/** An http(s) address, scheme included, or blank. */
const datasheetUrl = optionalText("datasheet address", 500).refine((value) => {
  if (value === null) return true;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}, "Enter the datasheet's address like https://example.com/datasheet.pdf, or leave it blank.");

export const ZCustomBatteryModelForm = z.object({
  manufacturer: requiredText("the manufacturer", 60),
  model: requiredText("the model", 80),
  // Above 0 (a battery of 0 kWh or 0 kW is no battery) and within the catalog's bounds (lib/core/equipment/bounds.ts).
  usableKwh: numberInput("usable energy", { min: BATTERY_BOUNDS.usableKwh.min, max: BATTERY_BOUNDS.usableKwh.max, unit: "kWh" }).refine((kwh) => kwh > 0, "Usable energy must be more than 0 kWh."),
  continuousKw: numberInput("continuous power", { min: BATTERY_BOUNDS.continuousKw.min, max: BATTERY_BOUNDS.continuousKw.max, unit: "kW" }).refine((kw) => kw > 0, "Continuous power must be more than 0 kW."),
  roundTripEfficiencyPercent: numberInput("round-trip efficiency", {
    min: BATTERY_BOUNDS.roundTripEfficiency.min * 100,
    max: BATTERY_BOUNDS.roundTripEfficiency.max * 100,
    decimals: 1,
    unit: "%",
  }),
  warrantyYears: numberInput("warranty", { min: BATTERY_BOUNDS.warrantyYears.min, max: BATTERY_BOUNDS.warrantyYears.max, integer: true, unit: "years" }),
  datasheetUrl,
  unitCents: optionalMoneyInput("price per unit", MAX_BATTERY_UNIT_DOLLARS),
});

export type TCustomBatteryModelForm = z.infer<typeof ZCustomBatteryModelForm>;
