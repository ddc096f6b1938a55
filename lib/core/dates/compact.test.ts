import { describe, expect, it } from "vitest";
import { formatCompactDateTime } from "./compact";

const now = new Date("2026-12-03T15:00:00Z");

describe("formatCompactDateTime", () => {
  it.each([
    { label: "this year: month, day and time, no year", date: "2026-12-03T14:05:00Z", text: "Dec 3, 2:05 PM" },
    { label: "midnight reads 12:00 AM, not 0:00", date: "2026-01-01T00:00:00Z", text: "Jan 1, 12:00 AM" },
    // Boundary: the year is compared in UTC, the zone the time is shown in, so New Year's Eve in UTC keeps its year.
    { label: "last year: the year is named", date: "2025-12-31T23:58:00Z", text: "Dec 31, 2025, 11:58 PM" },
    { label: "a future year (a retry scheduled past New Year) is named too", date: "2027-01-01T00:01:00Z", text: "Jan 1, 2027, 12:01 AM" },
  ])("$label", ({ date, text }) => {
    expect(formatCompactDateTime(new Date(date), now)).toBe(text);
  });
});
