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

/**
 * A moment in a named IANA time zone, with the zone's abbreviation ("Dec 3, 2026, 9:15 AM EST"): the customer's own
 * time on an acceptance certificate. An unknown zone falls back to UTC.
 */
export function formatDateTimeIn(date: Date, timeZone: string | null): string {
  try {
    return new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: timeZone ?? "UTC", timeZoneName: "short" }).format(date);
  } catch {
    return formatDateTime(date);
  }
}
