import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decimalsOf, numberProblem, readTypedNumber } from "./rules";

describe("decimalsOf", () => {
  test.each([
    { value: 0, decimals: 0 },
    { value: 12, decimals: 0 },
    { value: 1.25, decimals: 2 },
    { value: -0.005, decimals: 3 },
    { value: 0.1 + 0.2, decimals: 17 },
    { value: 1.5e-7, decimals: 8 },
    { value: 5e-324, decimals: 324 },
    { value: 1e21, decimals: 0 },
  ])("$value has $decimals", ({ value, decimals }) => {
    expect(decimalsOf(value)).toBe(decimals);
  });

  test("property: a number typed with up to 6 decimals has at most that many", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (units, places) => {
        expect(decimalsOf(units / 10 ** places)).toBeLessThanOrEqual(places);
      }),
    );
  });
});

describe("readTypedNumber", () => {
  test.each([
    { text: "12,500", result: { ok: true, value: 12_500 } },
    { text: "1,234,567.89", result: { ok: true, value: 1_234_567.89 } },
    { text: "-0.5", result: { ok: true, value: -0.5 } },
    { text: "", result: { ok: false, problem: "blank" } },
    { text: "-", result: { ok: false, problem: "not-a-number" } },
    { text: ".", result: { ok: false, problem: "not-a-number" } },
    { text: "Infinity", result: { ok: false, problem: "not-a-number" } },
    { text: "0x10", result: { ok: false, problem: "spelling" } },
    { text: "1 0 0 0 0", result: { ok: false, problem: "spelling" } },
    { text: "5e-324", result: { ok: false, problem: "spelling" } },
    { text: "12,50", result: { ok: false, problem: "spelling" } },
    { text: "--5", result: { ok: false, problem: "spelling" } },
  ])("$text", ({ text, result }) => {
    expect(readTypedNumber(text)).toEqual(result);
  });

  test("property: whatever the text, the value is finite or the answer is a refusal", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = readTypedNumber(text);
        if (read.ok) expect(Number.isNaN(read.value)).toBe(false);
      }),
    );
  });
});

describe("numberProblem", () => {
  test("the smallest value other than 0 is checked after the bounds", () => {
    const bounds = { min: 0, smallestNonZero: 0.1, max: 10, unit: "kW" };
    expect(numberProblem("battery power", 0, bounds)).toBeNull();
    expect(numberProblem("battery power", 0.05, bounds)).toBe("Battery power must be 0, or at least 0.1 kW.");
    expect(numberProblem("battery power", -1, bounds)).toBe("Battery power cannot be less than 0 kW.");
  });

  test("a hint follows the bound", () => {
    expect(numberProblem("utility escalation", 3, { min: -0.5, max: 0.5, hint: "a fraction, 0.03 means 3% a year" })).toBe("Utility escalation cannot be more than 0.5: a fraction, 0.03 means 3% a year.");
  });
});
