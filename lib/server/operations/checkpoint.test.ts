import { describe, expect, test } from "vitest";
import { nextCheckpointAt, type CheckpointCommand } from "./checkpoint";

const origin = new Date("2026-01-01T00:00:00Z");
const now = new Date("2026-01-10T12:00:00Z");
const step = 15_000;
const hours = (n: number) => n * 3_600_000;
const at = (ms: number) => new Date(ms);
const command = (sentAt: Date, endAt: Date, status: string, gridEvent: CheckpointCommand["gridEvent"] = null): CheckpointCommand => ({ sentAt, endAt, status, gridEvent });

describe("where a simulated battery's checkpoint may move", () => {
  test("two hours behind now, on the step grid, when nothing is running", () => {
    expect(nextCheckpointAt(origin, step, [], now)).toEqual(at(now.getTime() - hours(2)));
    expect(nextCheckpointAt(origin, 7_000, [], now)!.getTime() % 1000).toBe(0); // a whole number of 7-second steps from midnight
    expect((nextCheckpointAt(origin, 7_000, [], now)!.getTime() - origin.getTime()) % 7_000).toBe(0);
  });

  test("not past the sending of a command that may still run, nor past the lead-in of an event still to measure", () => {
    const sent = at(now.getTime() - hours(30));
    expect(nextCheckpointAt(origin, step, [command(sent, at(now.getTime() + hours(1)), "executing")], now)).toEqual(sent);
    // Final, but its window reaches past the limit: it could still be running there.
    expect(nextCheckpointAt(origin, step, [command(sent, at(now.getTime() - hours(1)), "completed")], now)).toEqual(sent);
    // Final and over before the limit: no hold.
    expect(nextCheckpointAt(origin, step, [command(sent, at(sent.getTime() + hours(1)), "completed")], now)).toEqual(at(now.getTime() - hours(2)));
    const eventStart = at(now.getTime() - hours(20));
    const measured = nextCheckpointAt(origin, step, [command(at(eventStart.getTime() - 60_000), at(eventStart.getTime() + hours(1)), "completed", { status: "dispatched", startAt: eventStart })], now);
    expect(measured!.getTime()).toBeLessThanOrEqual(eventStart.getTime() - 15 * 60_000);
  });

  test("a hold can uncover another: the limit moves back until no command straddles it", () => {
    const first = command(at(now.getTime() - hours(50)), at(now.getTime() - hours(29)), "completed");
    const second = command(at(now.getTime() - hours(30)), at(now.getTime() + hours(1)), "sent");
    expect(nextCheckpointAt(origin, step, [first, second], now)).toEqual(first.sentAt);
  });

  test("nothing to write for less than a day of progress", () => {
    expect(nextCheckpointAt(at(now.getTime() - hours(20)), step, [], now)).toBeNull();
  });
});
