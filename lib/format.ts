/** Dates for display; numbers and money are formatted by lib/money. Locale and zone pinned so server and browser agree. */

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
