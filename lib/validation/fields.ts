import { z } from "zod";

/**
 * Field builders shared by the browser (instant feedback) and the server actions (the check that counts).
 * Inputs arrive as the strings a form posts; each builder trims, parses and says in plain words what is wrong.
 */

const capitalize = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

// PostgreSQL cannot store U+0000 in text: refuse it with a message rather than fail at the write.
const NUL = /\u0000/;
const nulMessage = (label: string) => `${capitalize(label)} contains an invisible null character; retype it.`;

export function requiredText(label: string, maxLength = 200) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(maxLength, `${capitalize(label)} must be at most ${maxLength} characters.`)
    .refine((value) => !NUL.test(value), nulMessage(label));
}

export function optionalText(label: string, maxLength = 200) {
  return z
    .string({ error: `${capitalize(label)} must be text.` })
    .trim()
    .max(maxLength, `${capitalize(label)} must be at most ${maxLength} characters.`)
    .refine((value) => !NUL.test(value), nulMessage(label))
    .optional()
    .transform((value) => (value ? value : null));
}

type NumberBounds = { min: number; max: number; integer?: boolean; unit?: string };

function parseNumber(label: string, text: string, ctx: z.RefinementCtx): number {
  const normalized = text.replace(/[,\s]/g, "");
  const value = normalized === "" ? Number.NaN : Number(normalized);
  if (!Number.isFinite(value)) {
    ctx.addIssue({ code: "custom", message: `${capitalize(label)} must be a number.` });
    return z.NEVER;
  }
  return value;
}

function bounded(label: string, { min, max, integer, unit }: NumberBounds) {
  const suffix = unit ? ` ${unit}` : "";
  let schema = z
    .number()
    .min(min, `${capitalize(label)} cannot be less than ${min}${suffix}.`)
    .max(max, `${capitalize(label)} cannot be more than ${max.toLocaleString("en-US")}${suffix}.`);
  if (integer) schema = schema.int(`${capitalize(label)} must be a whole number.`);
  return schema;
}

/** A required number typed into a text or number input. */
export function numberInput(label: string, bounds: NumberBounds) {
  return z
    .union([z.string(), z.number()], { error: `Enter ${label}.` })
    .transform((raw, ctx) => {
      if (typeof raw === "number") return raw;
      if (raw.trim() === "") {
        ctx.addIssue({ code: "custom", message: `Enter ${label}.` });
        return z.NEVER;
      }
      return parseNumber(label, raw, ctx);
    })
    .pipe(bounded(label, bounds));
}

/** A dollar amount typed as "12,500" or "$12,500.50", returned as integer cents. */
export function moneyInput(label: string, { maxDollars = 10_000_000, required = true } = {}) {
  return z
    .union([z.string(), z.number()], { error: `Enter ${label}.` })
    .optional()
    .transform((raw, ctx) => {
      const text = typeof raw === "number" ? String(raw) : (raw ?? "").trim().replace(/^\$/, "");
      if (text === "") {
        if (!required) return 0;
        ctx.addIssue({ code: "custom", message: `Enter ${label}.` });
        return z.NEVER;
      }
      if (!/^-?[\d,]*(\.\d{0,2})?$/.test(text) || !/\d/.test(text)) {
        ctx.addIssue({ code: "custom", message: `${capitalize(label)} must be an amount in dollars, with at most two decimals.` });
        return z.NEVER;
      }
      const dollars = Number(text.replace(/,/g, ""));
      if (dollars < 0) {
        ctx.addIssue({ code: "custom", message: `${capitalize(label)} cannot be negative.` });
        return z.NEVER;
      }
      if (dollars > maxDollars) {
        ctx.addIssue({ code: "custom", message: `${capitalize(label)} cannot be more than $${maxDollars.toLocaleString("en-US")}.` });
        return z.NEVER;
      }
      // Parse the digits rather than multiplying a float, so "0.29" is exactly 29 cents.
      const [whole = "0", fraction = ""] = text.replace(/,/g, "").split(".");
      return Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0"));
    });
}

/** Maps zod issues to the first message per field, keyed by the field's dotted path. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** FormData to a plain object of strings; the last value wins, files are ignored. */
export function formDataToObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  formData.forEach((value, key) => {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  });
  return values;
}
