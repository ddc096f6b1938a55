/** Dates for display; numbers and money are formatted by lib/money. Locale and zone pinned so server and browser agree. */

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const dateFormatsByZone = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of a moment in a named IANA time zone, in formatDate's format ("Dec 3, 2026"): a customer's
 * proposal dates its cover, validity and acceptance in the project's own zone (lib/core/dates/time-zone.ts), so a
 * proposal finalized at 8 PM in California is not dated the next day. An unknown zone falls back to UTC.
 */
export function formatDateIn(date: Date, timeZone: string): string {
  let format = dateFormatsByZone.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone });
    } catch {
      return formatDate(date);
    }
    dateFormatsByZone.set(timeZone, format);
  }
  return format.format(date);
}

/** A calendar day the engine and the catalog write as YYYY-MM-DD ("2026-04-01"), in the same format: "Apr 1, 2026". */
export function formatIsoDate(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? isoDate : formatDate(day);
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
