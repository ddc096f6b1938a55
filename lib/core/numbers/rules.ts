/**
 * Numbers as Gridfolio accepts them, typed into a form (text) or sent as JSON (the REST API, the command line).
 *
 * `Number()` alone reads "0x10" as 16, "1e-320" as a subnormal, "Infinity" as infinity, and stripping spaces read
 * "1 0 0 0 0" as 10000: each of those reached a stored row. Typed text must be a plain decimal: digits, commas
 * between thousands ("12,500"), at most one decimal point and an optional leading minus (the field's minimum says
 * whether a negative is allowed). Every number, typed or JSON, must then fit its field: its bounds, a smallest value
 * other than 0 where a tiny one is meaningless (a battery of 0.0001 kW), and a number of decimals (3 unless the field
 * says), so a subnormal such as 5e-324 has far too many decimals to pass even where 0 is allowed.
 */

export type NumberBounds = {
  min: number;
  max: number;
  /** Whole numbers only: counts, years, minutes. */
  integer?: boolean;
  /** The most decimals a value may have; DEFAULT_DECIMALS when left out (kW and kWh to the watt-hour). */
  decimals?: number;
  /** Values strictly between 0 and this are refused: "0, or at least 0.1 kW". */
  smallestNonZero?: number;
  unit?: string;
  /** Added to the bound messages: "a fraction, 0.03 means 3% a year". */
  hint?: string;
};

export const DEFAULT_DECIMALS = 3;

export const capitalize = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

// The whole-part is plain digits, or 1-3 digits followed by groups of exactly three: "12,500" yes, "1,2,3" no.
const PLAIN_DECIMAL = /^-?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?$/;

export type TypedNumber = { ok: true; value: number } | { ok: false; problem: "blank" | "not-a-number" | "spelling" };

/** Typed text to a number, or why not: blank, no digit at all ("eight", "Infinity"), or digits in another spelling ("0x10", "1e3", "1 000"). */
export function readTypedNumber(text: string): TypedNumber {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "blank" };
  // \d without the u flag is ASCII only: "١٢٣" and "１２３" have no digit here.
  if (!/\d/.test(trimmed)) return { ok: false, problem: "not-a-number" };
  if (!PLAIN_DECIMAL.test(trimmed)) return { ok: false, problem: "spelling" };
  const value = Number(trimmed.replace(/,/g, ""));
  // "-0" is 0: a stored -0 would show as "-0" in a form.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** What a typed number that failed `readTypedNumber` is told. */
export function typedNumberMessage(label: string, problem: "blank" | "not-a-number" | "spelling"): string {
  if (problem === "blank") return `Enter ${label}.`;
  if (problem === "not-a-number") return `${capitalize(label)} must be a number.`;
  return `${capitalize(label)} must be a plain number like 1,250.5: no spaces, letters or exponents.`;
}

/** Decimals of a number as JavaScript writes it shortest: 1.25 → 2, 5e-324 → 324, 1e21 → 0. */
export function decimalsOf(value: number): number {
  const [digits = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const fraction = digits.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** The messages of a field's bounds: "Battery power cannot be less than 0 kW." */
export function boundMessages(label: string, bounds: NumberBounds): { min: string; max: string; integer: string } {
  const name = capitalize(label);
  const unit = bounds.unit ? ` ${bounds.unit}` : "";
  const hint = bounds.hint ? `: ${bounds.hint}` : "";
  return {
    min: `${name} cannot be less than ${bounds.min}${unit}${hint}.`,
    max: `${name} cannot be more than ${bounds.max.toLocaleString("en-US")}${unit}${hint}.`,
    integer: `${name} must be a whole number.`,
  };
}

/** Why `value` does not fit the field, in the installer's words; null when it fits. */
export function numberProblem(label: string, value: number, bounds: NumberBounds): string | null {
  const name = capitalize(label);
  const unit = bounds.unit ? ` ${bounds.unit}` : "";
  const messages = boundMessages(label, bounds);
  if (Number.isNaN(value)) return `${name} must be a number.`;
  if (value < bounds.min) return messages.min;
  if (value > bounds.max) return messages.max;
  if (bounds.smallestNonZero !== undefined && value !== 0 && Math.abs(value) < bounds.smallestNonZero) {
    return `${name} must be 0, or at least ${bounds.smallestNonZero}${unit}.`;
  }
  if (bounds.integer) return Number.isInteger(value) ? null : messages.integer;
  const decimals = bounds.decimals ?? DEFAULT_DECIMALS;
  if (decimalsOf(value) > decimals) return decimals === 0 ? messages.integer : `${name} can have at most ${decimals} decimal${decimals === 1 ? "" : "s"}.`;
  return null;
}

/** Program inputs are kW, hours, percentages, seasons and dollars: 3 decimals are to the watt, the second, the cent. */
export const PROGRAM_INPUT_DECIMALS = 3;
