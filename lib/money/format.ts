/**
 * Display formatting. The locale is pinned to en-US so that the server, the browser, the PDF and
 * the command line print the same text for the same number.
 */
import type { Cents } from "./round";

const LOCALE = "en-US";

/** Shown in place of a number that is not finite: a formatter must never print "NaN" to a customer. */
export const NOT_A_NUMBER = "—";

const usdWithCents = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "USD" });
const usdWholeDollars = new Intl.NumberFormat(LOCALE, {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

export interface FormatUsdOptions {
  /**
   * true: always two decimals ("$3,375.00"); false: whole dollars ("$3,375", rounded half away
   * from zero); omitted: decimals only when the amount has cents ("$3,375", "$24.50").
   */
  cents?: boolean;
}

/** Formats integer cents as US dollars: 337500 → "$3,375". */
export function formatUsd(amountCents: Cents, options: FormatUsdOptions = {}): string {
  if (!Number.isFinite(amountCents)) return NOT_A_NUMBER;
  const showCents = options.cents ?? amountCents % 100 !== 0;
  return (showCents ? usdWithCents : usdWholeDollars).format(amountCents / 100);
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/** A plain number with grouping and at most `maxDecimals` decimals: 1234.5 → "1,234.5". */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  let format = decimalFormats.get(maxDecimals);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: maxDecimals });
    decimalFormats.set(maxDecimals, format);
  }
  // `+ 0` turns −0 into 0 ("0", not "-0").
  return format.format(value + 0);
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
