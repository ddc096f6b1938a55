import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { TelemetrySample } from "./adapter";
import { DEFAULT_MAX_HOLD_MS, measurePerformance } from "./performance";
import { at, minutes } from "./test-helpers";

const event = { startAt: at("17:00"), endAt: at("18:00") };

function samples(...points: [time: string, kw: number][]): TelemetrySample[] {
  return points.map(([time, kw]) => ({ at: at(time), deliveredKw: kw, stateOfChargePercent: 50 }));
}

describe("average kW over the event window (hand-computed)", () => {
  test.each([
    {
      label: "regular 15-minute samples: (4 + 4 + 2 + 2) ÷ 4 = 3 kW",
      telemetry: samples(["17:00", 4], ["17:15", 4], ["17:30", 2], ["17:45", 2]),
      result: { deliveredKwh: 3, averageKw: 3, coverage: 1 },
    },
    {
      label: "irregular samples weigh by the time they hold: 6 kW × 10 min + 3 kW × 15 min + 3 kW × 15 min + 0 kW × 20 min = 2.5 kWh",
      telemetry: samples(["17:00", 6], ["17:10", 3], ["17:25", 3], ["17:40", 0], ["17:55", 0]),
      result: { deliveredKwh: 2.5, averageKw: 2.5, coverage: 1 },
    },
    {
      label: "a sample before the window counts for the part inside it: 5 kW from 16:55 covers 17:00–17:05",
      telemetry: samples(["16:55", 5], ["17:05", 1], ["17:20", 1], ["17:35", 1], ["17:50", 1]),
      // 5 × 5/60 + 1 × 55/60 = 80/60 kWh
      result: { deliveredKwh: 80 / 60, averageKw: 80 / 60, coverage: 1 },
    },
    {
      label: "samples after the window end do not count, and one exactly at the end holds for 0 minutes",
      telemetry: samples(["17:00", 2], ["17:15", 2], ["17:30", 2], ["17:45", 2], ["18:00", 9], ["18:05", 9]),
      result: { deliveredKwh: 2, averageKw: 2, coverage: 1 },
    },
    {
      label: "a gap: a sample holds at most 15 minutes; the rest is 0 kW, and coverage says so (4 kW × 30 of 60 min)",
      telemetry: samples(["17:00", 4], ["17:40", 4]),
      result: { deliveredKwh: 2, averageKw: 2, coverage: 0.5 },
    },
    {
      label: "charging during the event counts against it: 30 min at 4 kW, 30 min at −2 kW = 1 kWh",
      telemetry: samples(["17:00", 4], ["17:15", 4], ["17:30", -2], ["17:45", -2]),
      result: { deliveredKwh: 1, averageKw: 1, coverage: 1 },
    },
    {
      label: "a missing reading (NaN) ends the previous hold and adds nothing: 15 of 60 minutes uncovered",
      telemetry: samples(["17:00", 4], ["17:15", Number.NaN], ["17:30", 4], ["17:45", 4]),
      result: { deliveredKwh: 3, averageKw: 3, coverage: 0.75 },
    },
    {
      label: "of two samples at the same time, the last given holds",
      telemetry: samples(["17:00", 1], ["17:00", 3], ["17:15", 3], ["17:30", 3], ["17:45", 3]),
      result: { deliveredKwh: 3, averageKw: 3, coverage: 1 },
    },
    { label: "no telemetry: nothing delivered, nothing covered", telemetry: [], result: { deliveredKwh: 0, averageKw: 0, coverage: 0 } },
  ])("$label", ({ telemetry, result }) => {
    const performance = measurePerformance(telemetry, event);
    expect(performance.deliveredKwh).toBeCloseTo(result.deliveredKwh, 12);
    expect(performance.averageKw).toBeCloseTo(result.averageKw, 12);
    expect(performance.coverage).toBeCloseTo(result.coverage, 12);
  });

  test("samples in any order give the same result", () => {
    const ordered = samples(["17:00", 6], ["17:10", 3], ["17:25", 3], ["17:40", 0], ["17:55", 0]);
    expect(measurePerformance([...ordered].reverse(), event)).toEqual(measurePerformance(ordered, event));
  });

  test("the hold limit is an option: 40 minutes lets a 17:00 and a 17:40 sample cover the hour", () => {
    expect(measurePerformance(samples(["17:00", 4], ["17:40", 4]), event, { maxHoldMs: minutes(40) }).coverage).toBe(1);
  });

  test.each([
    { label: "a window that ends when it starts", run: () => measurePerformance([], { startAt: at("17:00"), endAt: at("17:00") }) },
    { label: "a sample with an invalid time", run: () => measurePerformance([{ at: new Date("x"), deliveredKw: 1, stateOfChargePercent: 1 }], event) },
    { label: "a hold limit of 0", run: () => measurePerformance([], event, { maxHoldMs: 0 }) },
  ])("throws on $label (a bug upstream)", ({ run }) => {
    expect(run).toThrow(RangeError);
  });
});

describe("properties", () => {
  const startMs = at("17:00").getTime();
  /** Samples within 10 minutes of each other (under the hold limit), from 20 minutes before the window to after it. */
  const telemetry = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 10 * 60 }), fc.double({ min: -10, max: 10, noNaN: true })), { minLength: 1, maxLength: 40 })
    .map((gaps) => {
      let ms = startMs - minutes(20);
      return gaps.map(([gapSeconds, kw]) => {
        const sample = { at: new Date(ms), deliveredKw: kw, stateOfChargePercent: 50 };
        ms += gapSeconds * 1000;
        return sample;
      });
    });
  const window = fc.tuple(fc.integer({ min: -30, max: 200 }), fc.integer({ min: 1, max: 240 })).map(([offset, length]) => ({
    startAt: new Date(startMs + minutes(offset)),
    endAt: new Date(startMs + minutes(offset + length)),
  }));

  test("property: a constant power over a fully covered window averages to that power", () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.integer({ min: 1, max: 60 }), (kw, everyMinutes) => {
        const regular = Array.from({ length: Math.ceil(80 / everyMinutes) + 1 }, (_, index) => ({ at: new Date(startMs - minutes(10) + index * minutes(everyMinutes)), deliveredKw: kw, stateOfChargePercent: 50 }));
        const performance = measurePerformance(regular, { startAt: at("17:00"), endAt: at("18:00") }, { maxHoldMs: minutes(60) });
        expect(performance.averageKw).toBeCloseTo(kw, 9);
        expect(performance.coverage).toBe(1);
      }),
    );
  });

  test("property: the average lies between the lowest and highest kW (and 0, for uncovered time)", () => {
    fc.assert(
      fc.property(telemetry, window, (points, span) => {
        const { averageKw, coverage } = measurePerformance(points, span);
        const kws = points.map((point) => point.deliveredKw);
        expect(averageKw).toBeGreaterThanOrEqual(Math.min(0, ...kws) - 1e-9);
        expect(averageKw).toBeLessThanOrEqual(Math.max(0, ...kws) + 1e-9);
        expect(coverage).toBeGreaterThanOrEqual(0);
        expect(coverage).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  test("property: energy adds up over adjacent windows", () => {
    fc.assert(
      fc.property(telemetry, window, fc.integer({ min: 1, max: 120 }), (points, first, extraMinutes) => {
        const middle = first.endAt;
        const end = new Date(middle.getTime() + minutes(extraMinutes));
        const whole = measurePerformance(points, { startAt: first.startAt, endAt: end }).deliveredKwh;
        const parts = measurePerformance(points, first).deliveredKwh + measurePerformance(points, { startAt: middle, endAt: end }).deliveredKwh;
        expect(whole).toBeCloseTo(parts, 9);
      }),
    );
  });

  test("property: doubling every sample doubles the average; the order of samples does not matter", () => {
    fc.assert(
      fc.property(telemetry, window, (points, span) => {
        const once = measurePerformance(points, span);
        const doubled = measurePerformance(points.map((point) => ({ ...point, deliveredKw: 2 * point.deliveredKw })), span);
        expect(doubled.averageKw).toBeCloseTo(2 * once.averageKw, 9);
        expect(measurePerformance([...points].reverse(), span).averageKw).toBeCloseTo(once.averageKw, 12);
      }),
    );
  });

  // Not for the last sample: a repeat of it would hold 15 minutes of its own, past the original's end.
  test("property: splitting a sample's hold with a repeat of it changes nothing", () => {
    fc.assert(
      fc.property(telemetry, window, fc.nat(), (points, span, pick) => {
        const index = pick % points.length;
        const sample = points[index];
        const next = points[index + 1];
        if (sample === undefined || next === undefined) return;
        const untilMs = Math.min(next.at.getTime(), sample.at.getTime() + DEFAULT_MAX_HOLD_MS);
        const splitAt = new Date(Math.floor((sample.at.getTime() + untilMs) / 2));
        const split = [...points.slice(0, index + 1), { ...sample, at: splitAt }, ...points.slice(index + 1)];
        expect(measurePerformance(split, span).deliveredKwh).toBeCloseTo(measurePerformance(points, span).deliveredKwh, 9);
      }),
    );
  });
});
