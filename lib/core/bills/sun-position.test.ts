import { describe, expect, test } from "vitest";
import { clearSkyShape, sunAt } from "./sun-position";

describe("sun position (NOAA's general solar position equations)", () => {
  test.each([
    { label: "June solstice: declination +23.4°", day: 172, declination: 23.44 },
    { label: "December solstice: declination −23.4°", day: 355, declination: -23.44 },
    { label: "March equinox: declination near 0°", day: 80, declination: 0 },
  ])("$label", ({ day, declination }) => {
    expect(sunAt(day, 12 * 60, 365, 0, 0, 0).declinationDegrees).toBeCloseTo(declination, 0);
  });

  test.each([
    { label: "early November: the sun runs about 16 minutes fast", day: 307, minutes: 16.4 },
    { label: "mid-February: about 14 minutes slow", day: 42, minutes: -14.2 },
  ])("equation of time, $label", ({ day, minutes }) => {
    expect(sunAt(day, 12 * 60, 365, 0, 0, 0).equationOfTimeMinutes).toBeCloseTo(minutes, 0);
  });

  test("at solar noon the zenith is |latitude − declination| (Oakland, 37.8° N, on the June solstice: 14.4°)", () => {
    // Solar noon at 122.3° W in UTC−8: 12:00 + (122.3 − 120) × 4 minutes − equation of time (≈ −1.7 min) ≈ 12:11.
    let best = 90;
    for (let minute = 11 * 60; minute < 13 * 60; minute++) best = Math.min(best, sunAt(172, minute, 365, 37.8, -122.3, -8).zenithDegrees);
    expect(best).toBeCloseTo(37.8 - 23.44, 0);
  });

  test("the clear-sky shape is zero with the sun down and largest overhead", () => {
    expect(clearSkyShape(95)).toBe(0);
    expect(clearSkyShape(0)).toBeGreaterThan(clearSkyShape(45));
    expect(clearSkyShape(45)).toBeGreaterThan(clearSkyShape(80));
    expect(clearSkyShape(0)).toBeCloseTo(1.1 * 1.353 * 0.7 ** 1, 2);
  });
});
