import { z } from "zod";
import { MAX_WARRANTY_YEARS } from "../core/finance/option-input";
import { WARRANTY_DEFAULTS } from "../core/financing/replacements";
import { DEFAULT_BATTERY_FADE_PER_YEAR } from "../core/programs/fade";
import { moneyInput, numberInput, optionalNumberInput, optionalText, requiredText } from "./fields";

const DEFAULT_BATTERY_FADE_PERCENT = Math.round(DEFAULT_BATTERY_FADE_PER_YEAR * 100 * 1e6) / 1e6;

/** An amount that may be left blank: null, which is not the same as $0 (a replacement priced at $0 is still stated). */
function optionalMoneyInput(label: string, { maxDollars }: { maxDollars: number }) {
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

/** Blank: the component's default warranty (WARRANTY_DEFAULTS). */
function warrantyInput(component: "battery" | "inverter") {
  const blankForDefault = `leave it blank for the default, ${WARRANTY_DEFAULTS[component].years} years`;
  return optionalNumberInput(`${component} warranty`, { min: 0, max: MAX_WARRANTY_YEARS, integer: true, unit: "years", hint: blankForDefault }).superRefine((years, ctx) => {
    if (years === 0) ctx.addIssue({ code: "custom", message: `A warranty of 0 years would replace the ${component} every year: enter its warranty term, or ${blankForDefault}.` });
  });
}

// Sizes are 0 (no solar, no battery) or at least 0.1 kW or kWh (production: 1 kWh): a battery of 1e-320 kW is no
// battery. Numbers have at most 3 decimals (lib/core/numbers/rules.ts), production and money 2 (whole cents).
export const ZOptionFormSchema = z
  .object({
    name: requiredText("the option name", 120),
    pvKw: numberInput("PV size", { min: 0, smallestNonZero: 0.1, max: 5000, unit: "kW" }),
    annualProductionKwh: numberInput("annual production", { min: 0, smallestNonZero: 1, max: 10_000_000, decimals: 2, unit: "kWh" }),
    batteryModel: optionalText("battery model", 120),
    batteryCapacityKwh: numberInput("battery capacity", { min: 0, smallestNonZero: 0.1, max: 2000, unit: "kWh" }),
    batteryPowerKw: numberInput("battery power", { min: 0, smallestNonZero: 0.1, max: 1000, unit: "kW" }),
    batteryCount: numberInput("battery count", { min: 0, max: 100, integer: true }),
    reservePercent: numberInput("backup reserve", { min: 0, max: 100, unit: "%" }),
    solarCostCents: moneyInput("solar cost"),
    batteryCostCents: moneyInput("battery cost"),
    otherCostCents: moneyInput("other costs", { required: false }),
    billSavingsYear1Cents: moneyInput("year-1 bill savings", { maxDollars: 1_000_000 }),
    horizonYears: numberInput("horizon", { min: 1, max: 40, integer: true, unit: "years" }),
    utilityEscalationPercent: numberInput("utility escalation", { min: -5, max: 15, unit: "%" }),
    discountRatePercent: numberInput("discount rate", { min: 0, max: 20, unit: "%" }),
    degradationPercent: numberInput("panel degradation", { min: 0, max: 5, unit: "%" }),
    omCostYearlyCents: moneyInput("yearly O&M cost", { required: false, maxDollars: 100_000 }),
    // Blank (or a form from before the field existed): the default, the common warranty floor.
    batteryFadePercent: optionalNumberInput("battery fade", { min: 0, max: 20, unit: "%" }).transform((value) => value ?? DEFAULT_BATTERY_FADE_PERCENT),
    // Upkeep and replacements. Blank (or a form from before the fields existed): no escalation, no replacement counted.
    omEscalationPercent: optionalNumberInput("O&M escalation", { min: 0, max: 15, unit: "%" }).transform((value) => value ?? 0),
    inverterReplacementCents: optionalMoneyInput("inverter replacement price", { maxDollars: 100_000 }),
    inverterWarrantyYears: warrantyInput("inverter"),
    batteryReplacementCents: optionalMoneyInput("battery replacement price", { maxDollars: 500_000 }),
    batteryWarrantyYears: warrantyInput("battery"),
    billTodayMonthlyCents: optionalMoneyInput("today's monthly electric bill", { maxDollars: 100_000 }),
  })
  .superRefine((option, ctx) => {
    if (option.batteryCount > 0 && option.batteryCapacityKwh <= 0) {
      ctx.addIssue({ code: "custom", path: ["batteryCapacityKwh"], message: "Enter the capacity of each battery, or set the battery count to 0." });
    }
    if (option.batteryCount > 0 && option.batteryPowerKw <= 0) {
      ctx.addIssue({ code: "custom", path: ["batteryPowerKw"], message: "Enter the rated power of each battery, or set the battery count to 0." });
    }
    if (option.batteryCount === 0 && option.batteryCapacityKwh > 0) {
      ctx.addIssue({ code: "custom", path: ["batteryCount"], message: "Set how many batteries this option has (at least 1), or clear the capacity." });
    }
    // A warranty without a price would silently count nothing: the price is what makes a replacement count.
    for (const component of ["inverter", "battery"] as const) {
      if (option[`${component}WarrantyYears`] !== null && option[`${component}ReplacementCents`] === null) {
        ctx.addIssue({
          code: "custom",
          path: [`${component}ReplacementCents`],
          message: `Enter the price of the ${component} replacement, or clear its warranty: without a price no replacement is counted.`,
        });
      }
    }
  });

export type TOptionForm = z.infer<typeof ZOptionFormSchema>;

/**
 * The optimistic-concurrency token posted with an option edit: digits only (z.coerce would read "0x1" or "1e0" as
 * version 1).
 */
export const ZVersionField = z
  .string({ error: "The form is missing its version; reload the page." })
  .trim()
  .regex(/^[1-9]\d{0,9}$/, "The form is missing its version; reload the page.")
  .transform(Number);
