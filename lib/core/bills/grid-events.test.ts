import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { optionEvents } from "./grid-events";
import { hourlyUsageFromMonthly } from "./usage";

const calendar = createCalendar({ kind: "year", year: 2026 });
const usage = hourlyUsageFromMonthly(calendar, [900, 800, 800, 700, 700, 900, 1300, 1200, 900, 700, 800, 950]);
const monthOfDay = (day: number) => calendar.clockMonthOfHour[day * 24 + 12]! + 1;

describe("optionEvents", () => {
  it.each<{ label: string; programs: Parameters<typeof optionEvents>[2]; days: number; months: number[]; window: [number, number] }>([
    { label: "ELRP: event hours per season ÷ event length", programs: [{ programId: "elrp", eventHoursPerSeason: 30, eventDurationHours: 2 }], days: 15, months: [5, 6, 7, 8, 9, 10], window: [17, 2] },
    { label: "ELRP without inputs: the pattern's 10 events", programs: [{ programId: "elrp" }], days: 10, months: [5, 6, 7, 8, 9, 10], window: [17, 2] },
    { label: "ConnectedSolutions MA: 45 summer and 5 winter events", programs: [{ programId: "connected-solutions-ma" }], days: 50, months: [6, 7, 8, 9, 12, 1, 2, 3], window: [15, 3] },
    { label: "Storm Guard days take their share from each season (45 − 9, 5 − 1)", programs: [{ programId: "connected-solutions-ma", stormGuardDays: 10 }], days: 40, months: [6, 7, 8, 9, 12, 1, 2, 3], window: [15, 3] },
    { label: "CT-ESS: 50 summer and 5 winter events", programs: [{ programId: "ct-ess" }], days: 55, months: [6, 7, 8, 9, 12, 1, 2], window: [16, 3] },
    { label: "a 4-hour event that would run past midnight starts earlier", programs: [{ programId: "connected-solutions-ri", eventDurationHours: 4 }], days: 45, months: [6, 7, 8, 9], window: [16, 4] },
  ])("$label", ({ programs, days, months, window }) => {
    const events = optionEvents(calendar, usage, programs)!;
    expect(events.schedule.days).toHaveLength(days);
    for (const day of events.schedule.days) {
      expect(months).toContain(monthOfDay(day));
      expect([0, 6]).not.toContain(calendar.weekdayOfDay[day]);
    }
    expect([events.lines[0]!.startHour, events.lines[0]!.durationHours]).toEqual(window);
    // Each event day has exactly `duration` event hours, at the window's clock hours.
    let eventHours = 0;
    for (let hour = 0; hour < calendar.hours; hour++) {
      if (!events.schedule.isEventHour[hour]) continue;
      eventHours++;
      const clock = calendar.clockHourOfDay[hour]!;
      expect(clock).toBeGreaterThanOrEqual(window[0]);
      expect(clock).toBeLessThan(window[0] + window[1]);
    }
    expect(eventHours).toBe(days * window[1]);
  });

  it("schedules nothing for a program without events in the model", () => {
    expect(optionEvents(calendar, usage, [{ programId: "some-rebate" }])).toBeNull();
    expect(optionEvents(calendar, usage, [])).toBeNull();
  });

  it("picks the weekdays with the most use in the window: a hotter July gets the events first", () => {
    const events = optionEvents(calendar, usage, [{ programId: "elrp", eventHoursPerSeason: 4, eventDurationHours: 2 }])!;
    expect(events.schedule.days.map(monthOfDay)).toEqual([7, 7]);
  });
});
