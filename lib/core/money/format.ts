/**
 * Display formatting, pinned to en-US so that the server, the browser, the PDF and the command
 * line print the same text for the same number.
 *
 * `Intl.NumberFormat("en-US")` is the reference: format.test.ts checks these helpers against it
 * for random values across the whole range. They do its work by hand (the shortest decimal form
 * of the number, rounded half away from zero, grouped in threes) because Intl takes about 0.6 µs
 * a call, and one option's explanations format a few dozen numbers: Intl alone would use most of
 * the engine's time budget (scripts/bench-engine.ts). One deliberate difference: a value that
 * rounds to zero prints without a sign ("0", "$0.00"), where Intl prints "-0" and "-$0.00".
 */
import type { Cents } from "./round";

/** Shown in place of a number that is not finite: a formatter must never print "NaN" to a customer. */
export const NOT_A_NUMBER = "—";

const LOCALE = "en-US";
/** At and above 1e21, `String(number)` switches to exponent form; such values go to Intl. */
const PLAIN_DECIMAL_LIMIT = 1e21;
const intlFallbacks = new Map<string, Intl.NumberFormat>();

function intlFormat(value: number, minDecimals: number, maxDecimals: number, isCurrency: boolean): string {
  const key = `${minDecimals}/${maxDecimals}/${isCurrency}`;
  let format = intlFallbacks.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE, {
      ...(isCurrency ? { style: "currency", currency: "USD" } : {}),
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    intlFallbacks.set(key, format);
  }
  return format.format(value);
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  const length = digits.length;
  if (length <= 3) return digits;
  let grouped = digits.slice(0, ((length - 1) % 3) + 1);
  for (let index = grouped.length; index < length; index += 3) grouped += `,${digits.slice(index, index + 3)}`;
  return grouped;
}

/** Adds one to a string of decimal digits: "0999" → "1000", "99" → "100". */
function incrementDigits(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits[index] === "9") index--;
  if (index < 0) return `1${"0".repeat(digits.length)}`;
  return digits.slice(0, index) + String.fromCharCode(digits.charCodeAt(index) + 1) + "0".repeat(digits.length - index - 1);
}

/**
 * A non-negative finite value below 1e21, rounded half away from zero to `maxDecimals` and
 * padded to `minDecimals`, as [integer digits, fraction digits]. Rounds the shortest decimal
 * form of the double (what a person reads: 1.005 → "1.01"), as ICU does.
 */
function roundDecimal(magnitude: number, minDecimals: number, maxDecimals: number): [string, string] {
  const text = String(magnitude);
  if (text.includes("e")) {
    // Below 1e-6 (exponent form): rounds to zero at 6 decimals or fewer (the caller sends the rest to Intl).
    return ["0", "0".repeat(minDecimals)];
  }
  const dot = text.indexOf(".");
  let integer = dot < 0 ? text : text.slice(0, dot);
  let fraction = dot < 0 ? "" : text.slice(dot + 1);
  if (fraction.length > maxDecimals) {
    const isRoundingUp = fraction.charCodeAt(maxDecimals) >= 53; // "5"
    fraction = fraction.slice(0, maxDecimals);
    if (isRoundingUp) {
      const incremented = incrementDigits(integer + fraction);
      integer = incremented.slice(0, incremented.length - maxDecimals);
      fraction = incremented.slice(incremented.length - maxDecimals);
    }
  }
  // Drop trailing zeros beyond the minimum, then pad up to it.
  let end = fraction.length;
  while (end > minDecimals && fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end).padEnd(minDecimals, "0");
  return [integer, fraction];
}

function isZero(integer: string, fraction: string): boolean {
  if (integer !== "0") return false;
  for (let index = 0; index < fraction.length; index++) if (fraction.charCodeAt(index) !== 48) return false;
  return true;
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * The fast case: a value that is exactly k ÷ 10^maxDecimals (10.8, 4.5, 0.25). Its shortest
 * decimal form has at most maxDecimals decimals, so no rounding is needed: the digits of k are
 * the answer, split with integer arithmetic. Returns undefined for anything else.
 */
function formatExactDecimal(value: number, magnitude: number, minDecimals: number, maxDecimals: number, prefix: string): string | undefined {
  const scale = POWERS_OF_TEN[maxDecimals];
  if (scale === undefined) return undefined;
  const scaled = Math.round(magnitude * scale);
  // Below 2^52, decimals with at most maxDecimals places are far apart compared with the spacing
  // of doubles, so k ÷ 10^d is the shortest form of the value.
  if (scaled >= 2 ** 52 || scaled / scale !== magnitude) return undefined;
  const integer = Math.floor(scaled / scale);
  let fraction = scaled - integer * scale;
  let decimals = maxDecimals;
  while (decimals > minDecimals && fraction % 10 === 0) {
    fraction /= 10;
    decimals--;
  }
  const sign = value < 0 && scaled !== 0 ? "-" : "";
  const grouped = integer < 1000 ? String(integer) : groupThousands(String(integer));
  return decimals === 0 ? `${sign}${prefix}${grouped}` : `${sign}${prefix}${grouped}.${String(fraction).padStart(decimals, "0")}`;
}

function formatDecimal(value: number, minDecimals: number, maxDecimals: number, prefix: string): string {
  const magnitude = Math.abs(value);
  // Exponent forms: huge values, and tiny ones at a precision that could show their digits.
  if (magnitude >= PLAIN_DECIMAL_LIMIT || (maxDecimals > 6 && magnitude < 1e-6)) {
    return intlFormat(value, minDecimals, maxDecimals, prefix === "$");
  }
  const exact = formatExactDecimal(value, magnitude, minDecimals, maxDecimals, prefix);
  if (exact !== undefined) return exact;
  const [integer, fraction] = roundDecimal(magnitude, minDecimals, maxDecimals);
  const sign = value < 0 && !isZero(integer, fraction) ? "-" : "";
  return `${sign}${prefix}${groupThousands(integer)}${fraction === "" ? "" : `.${fraction}`}`;
}

export interface FormatUsdOptions {
  /**
   * true: always two decimals ("$3,375.00"); false: whole dollars ("$3,375", rounded half away
   * from zero); omitted: decimals only when the amount has cents ("$3,375", "$24.50").
   */
  cents?: boolean;
}

/** Formats cents as US dollars: 337500 → "$3,375"; −2450 → "-$24.50". */
export function formatUsd(amountCents: Cents, options: FormatUsdOptions = {}): string {
  if (!Number.isFinite(amountCents)) return NOT_A_NUMBER;
  const showCents = options.cents ?? amountCents % 100 !== 0;
  if (Number.isSafeInteger(amountCents)) {
    // Whole cents (the engine's money) need no decimal rounding: split into dollars and cents.
    const magnitude = Math.abs(amountCents);
    const dollars = showCents ? Math.floor(magnitude / 100) : Math.floor((magnitude + 50) / 100);
    const sign = amountCents < 0 && (showCents ? magnitude : dollars) !== 0 ? "-" : "";
    if (!showCents) return `${sign}$${groupThousands(String(dollars))}`;
    const cents = magnitude - dollars * 100;
    return `${sign}$${groupThousands(String(dollars))}.${cents < 10 ? "0" : ""}${cents}`;
  }
  const decimals = showCents ? 2 : 0;
  return formatDecimal(amountCents / 100, decimals, decimals, "$");
}

/**
 * Dollars for a chart axis, where space is short: 1_400_000 cents → "$14K", −3_050_000 → "-$30.5K",
 * 120_000_000 → "$1.2M". Built on formatNumber, so it rounds exactly as every other figure does.
 */
export function formatUsdCompact(amountCents: Cents): string {
  if (!Number.isFinite(amountCents)) return NOT_A_NUMBER;
  const dollars = Math.abs(amountCents) / 100;
  const sign = amountCents < 0 && dollars >= 0.5 ? "-" : "";
  if (dollars < 1_000) return `${sign}$${formatNumber(Math.round(dollars), 0)}`;
  if (dollars < 999_950) return `${sign}$${formatNumber(dollars / 1_000, 1)}K`;
  return `${sign}$${formatNumber(dollars / 1_000_000, 1)}M`;
}

/** A plain number with grouping and at most `maxDecimals` decimals: 1234.5 → "1,234.5". */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  if (Number.isSafeInteger(value)) return value < 0 ? `-${groupThousands(String(-value))}` : groupThousands(String(value));
  return formatDecimal(value, 0, maxDecimals, "");
}

/** Power: 3.6 → "3.6 kW". */
export function formatKw(kw: number, maxDecimals = 2): string {
  return `${formatNumber(kw, maxDecimals)} kW`;
}

/** Energy: 13.5 → "13.5 kWh". */
export function formatKwh(kwh: number, maxDecimals = 2): string {
  return `${formatNumber(kwh, maxDecimals)} kWh`;
}

/** A fraction as a percentage: 0.863 → "86.3%". */
export function formatPercent(fraction: number, maxDecimals = 1): string {
  if (!Number.isFinite(fraction)) return NOT_A_NUMBER;
  return `${formatNumber(fraction * 100, maxDecimals)}%`;
}

/** A rate in dollars per unit, as rate tables write it: (225, "kW-year") → "$225/kW-year". */
export function formatUsdPer(dollarsPerUnit: number, unit: string): string {
  return `${formatUsd(dollarsPerUnit * 100)}/${unit}`;
}

/**
 * Cents as a plain decimal string, no symbol or grouping, built from the integer (no float division):
 * 125050 → "1250.50" (CSV). With `trimZeroCents`, whole dollars drop ".00": 2400000 → "24000" (form inputs).
 */
export function formatCentsAsDecimal(cents: Cents, { trimZeroCents = false }: { trimZeroCents?: boolean } = {}): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(Math.trunc(cents));
  const dollars = Math.floor(absolute / 100);
  const remainder = absolute % 100;
  if (trimZeroCents && remainder === 0) return `${sign}${dollars}`;
  return `${sign}${dollars}.${String(remainder).padStart(2, "0")}`;
}
