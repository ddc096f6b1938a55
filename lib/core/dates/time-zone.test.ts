import { describe, expect, test } from "vitest";
import { formatDate, formatDateIn, formatIsoDate } from "./format";
import { FALLBACK_TIME_ZONE, STATE_TIME_ZONES, timeZoneOfState } from "./time-zone";

describe("a project's time zone, from its state", () => {
  test.each([
    { label: "Connecticut is Eastern", state: "CT", zone: "America/New_York" },
    { label: "California is Pacific", state: "CA", zone: "America/Los_Angeles" },
    { label: "Arizona keeps standard time all year", state: "AZ", zone: "America/Phoenix" },
    { label: "Texas is Central (El Paso's corner is not its main zone)", state: "TX", zone: "America/Chicago" },
    { label: "Tennessee is Central: Nashville and Memphis outnumber the Eastern counties", state: "TN", zone: "America/Chicago" },
    { label: "Indiana, mostly Eastern, has its own IANA zone", state: "IN", zone: "America/Indiana/Indianapolis" },
    { label: "Puerto Rico, a territory, has its own zone", state: "PR", zone: "America/Puerto_Rico" },
    { label: "lower case and spaces are read as the code", state: " ma ", zone: "America/New_York" },
    { label: "an unknown code falls back to Eastern", state: "ZZ", zone: FALLBACK_TIME_ZONE },
    { label: "no state at all falls back to Eastern", state: null, zone: FALLBACK_TIME_ZONE },
  ])("$label", ({ state, zone }) => {
    expect(timeZoneOfState(state)).toBe(zone);
  });

  test("every state, DC and the five inhabited territories have a zone Intl knows", () => {
    expect(Object.keys(STATE_TIME_ZONES)).toHaveLength(50 + 1 + 5);
    for (const zone of new Set(Object.values(STATE_TIME_ZONES))) {
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone: zone }), zone).not.toThrow();
    }
  });
});

describe("dates in a zone", () => {
  // 03:30 UTC on Dec 3 is still the evening of Dec 2 in every US mainland zone.
  const lateEvening = new Date("2026-12-03T03:30:00Z");

  test.each([
    { label: "UTC has moved on to the next day", zone: "UTC", text: "Dec 3, 2026" },
    { label: "Hartford is still on Dec 2", zone: "America/New_York", text: "Dec 2, 2026" },
    { label: "San Jose is still on Dec 2", zone: "America/Los_Angeles", text: "Dec 2, 2026" },
    { label: "an unknown zone falls back to UTC's day", zone: "Not/A_Zone", text: "Dec 3, 2026" },
  ])("$label", ({ zone, text }) => {
    expect(formatDateIn(lateEvening, zone)).toBe(text);
  });

  test("the same format as formatDate, so one proposal never mixes two", () => {
    const noon = new Date("2026-04-01T12:00:00Z");
    expect(formatDateIn(noon, "America/Chicago")).toBe(formatDate(noon));
  });

  test.each([
    { label: "a catalog date reads as the day it names, whatever the zone", iso: "2026-04-01", text: "Apr 1, 2026" },
    { label: "text that is not a date is shown as written", iso: "summer 2026", text: "summer 2026" },
  ])("$label", ({ iso, text }) => {
    expect(formatIsoDate(iso)).toBe(text);
  });
});
