import { z } from "zod";
export { jsonNumber } from "../core/numbers/json-number";
import { capitalize, numberProblem, readTypedNumber, typedNumberMessage, type NumberBounds } from "../core/numbers/rules";

/**
 * Field builders shared by the browser (instant feedback) and the server actions (the check that counts).
 * Inputs arrive as the strings a form posts; each builder trims, parses and says in plain words what is wrong.
 */

export type { NumberBounds };

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

/** A number typed into a form (or, from a test or a script, already a number), checked against its field. */
function readNumberInput(label: string, raw: string | number, bounds: NumberBounds): { ok: true; value: number } | { ok: false; message: string | null } {
  let value: number;
  if (typeof raw === "number") {
    value = raw === 0 ? 0 : raw;
  } else {
    const typed = readTypedNumber(raw);
    // A blank field has no message here: a required field asks for it, an optional one is null.
    if (!typed.ok) return { ok: false, message: typed.problem === "blank" ? null : typedNumberMessage(label, typed.problem) };
    value = typed.value;
  }
  const problem = numberProblem(label, value, bounds);
  return problem === null ? { ok: true, value } : { ok: false, message: problem };
}

/** A required number typed into a text or number input: a plain decimal within the field's bounds (lib/core/numbers/rules.ts). */
export function numberInput(label: string, bounds: NumberBounds) {
  return z.union([z.string(), z.number()], { error: `Enter ${label}.` }).transform((raw, ctx) => {
    const read = readNumberInput(label, raw, bounds);
    if (read.ok) return read.value;
    ctx.addIssue({ code: "custom", message: read.message ?? `Enter ${label}.` });
    return z.NEVER;
  });
}

/** A number that may be left blank (null): a power for commands that take none, a cap that is optional. */
export function optionalNumberInput(label: string, bounds: NumberBounds) {
  return z
    .union([z.string(), z.number()], { error: `${capitalize(label)} must be a number, or left blank.` })
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined) return null;
      const read = readNumberInput(label, raw, bounds);
      if (read.ok) return read.value;
      if (read.message === null) return null;
      ctx.addIssue({ code: "custom", message: read.message });
      return z.NEVER;
    });
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
      // Commas only between thousands, as in numberInput: "1,2,3" or "1 000" is a typo, not 123 or 1000.
      if (!/^-?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d{0,2})?$/.test(text) || !/\d/.test(text)) {
        ctx.addIssue({ code: "custom", message: `${capitalize(label)} must be an amount in dollars, with at most two decimals.` });
        return z.NEVER;
      }
      const dollars = Number(text.replace(/,/g, ""));
      // "-0" and "-.00" too: the cents below are read from the digits, which a minus sign would turn into NaN.
      if (text.startsWith("-")) {
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

/**
 * A posted form as a plain object of strings (the last value wins, files are ignored), or null when the value is
 * not a FormData at all. A server action can be called by hand with any argument (a string, an object, null): it
 * answers such a call with a form message (lib/actions/messages `unreadableFormMessage`) instead of throwing.
 */
export function readForm(value: unknown): Record<string, string> | null {
  if (!(value instanceof FormData)) return null;
  const values: Record<string, string> = {};
  value.forEach((entry, key) => {
    if (typeof entry === "string" && !key.startsWith("$ACTION")) values[key] = entry;
  });
  return values;
}

/** `readForm` for code that holds a FormData already (the browser's own checks); anything else reads as an empty form. */
export function formDataToObject(formData: unknown): Record<string, string> {
  return readForm(formData) ?? {};
}
