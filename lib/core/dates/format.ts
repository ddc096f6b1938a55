/** Dates for display; numbers and money are formatted by lib/money. Locale and zone pinned so server and browser agree. */

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

// Activity times: the installer cares about the day and the minute; the zone is named so nobody misreads it.
const dateTimeFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}
