/**
 * A moment short enough for a table cell that must not wrap: "Dec 3, 2:05 PM", with the year only when it is not
 * the year of `now` ("Dec 30, 2025, 11:58 PM"). In UTC like formatDateTime: the column header names the zone once
 * instead of every cell repeating it.
 */
const sameYear = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC" });
const otherYear = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC" });

export function formatCompactDateTime(date: Date, now: Date = new Date()): string {
  return (date.getUTCFullYear() === now.getUTCFullYear() ? sameYear : otherYear).format(date);
}
