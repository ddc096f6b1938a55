/** Display formatting for non-money values; money is formatted by lib/money. Locale pinned so server and browser agree. */

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatNumber(value: number, maximumFractionDigits = 1): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  return Number.isFinite(value) ? format.format(value) : "—";
}
