import { describe, expect, test } from "vitest";
import { stormGuardSchedule } from "./storm-guard-schedule";
import { at } from "./test-helpers";

describe("Storm Guard schedule", () => {
  const DAY = 86_400_000;

  test("about the configured share of days (30 % over 2,000 days, within 3 points), whole UTC days", () => {
    const schedule = stormGuardSchedule(3, "dev_1", { stormGuardDailyChance: 0.3 });
    let stormDays = 0;
    for (let day = 0; day < 2000; day++) {
      const active = schedule.isActive(day * DAY);
      expect(schedule.isActive(day * DAY + DAY - 1)).toBe(active);
      if (active) stormDays++;
    }
    expect(Math.abs(stormDays / 2000 - 0.3)).toBeLessThan(0.03);
  });

  test("differs between batteries, repeats for the same one", () => {
    const days = (deviceId: string) => Array.from({ length: 200 }, (_, day) => stormGuardSchedule(3, deviceId, { stormGuardDailyChance: 0.3 }).isActive(day * DAY));
    expect(days("dev_1")).toEqual(days("dev_1"));
    expect(days("dev_1")).not.toEqual(days("dev_2"));
  });

  test("firstActiveIn finds a window's start, a storm day's start, or nothing", () => {
    const windows = stormGuardSchedule(1, "dev_1", { stormGuardWindows: [{ from: at("17:30"), to: at("18:00") }, { deviceId: "dev_2", from: at("17:10"), to: at("18:00") }] });
    expect(windows.firstActiveIn(at("17:00").getTime(), at("18:00").getTime())).toBe(at("17:30").getTime());
    expect(windows.firstActiveIn(at("17:40").getTime(), at("18:00").getTime())).toBe(at("17:40").getTime());
    expect(windows.firstActiveIn(at("18:00").getTime(), at("19:00").getTime())).toBeNull();
    const everyDay = stormGuardSchedule(1, "dev_1", { stormGuardDailyChance: 1 });
    expect(everyDay.firstActiveIn(at("17:00").getTime(), at("18:00").getTime())).toBe(at("17:00").getTime());
  });
});
