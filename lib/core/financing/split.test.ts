import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EQUAL_MONTH_SHARES, splitCents } from "./split";

describe("splitting cents by shares", () => {
  test.each([
    { label: "$1,200 into twelve equal months: $100 each", total: 120_000, shares: EQUAL_MONTH_SHARES, expected: new Array(12).fill(10_000) },
    // 100 ÷ 3 = 33.33…: running totals 33.33 → 33, 66.67 → 67, 100 → 100, so the parts are 33, 34, 33.
    { label: "100¢ in thirds: 33, 34, 33 (running totals 33, 67, 100)", total: 100, shares: [1 / 3, 1 / 3, 1 / 3], expected: [33, 34, 33] },
    { label: "shares that do not sum to 1 are scaled: 1 : 3", total: 1000, shares: [1, 3], expected: [250, 750] },
    { label: "a zero share gets nothing", total: 999, shares: [0.5, 0, 0.5], expected: [500, 0, 499] },
    { label: "a negative amount splits the same way", total: -100, shares: [1 / 3, 1 / 3, 1 / 3], expected: [-33, -34, -33] },
  ])("$label", ({ total, shares, expected }) => {
    expect(splitCents(total, shares)).toEqual(expected);
  });

  test("all-zero shares are a bug upstream: refused", () => {
    expect(() => splitCents(100, [0, 0])).toThrow(RangeError);
  });

  test("property: the parts always add up to the amount, each within a cent of its share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 24 }).filter((weights) => weights.some((weight) => weight > 0)),
        (total, weights) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          const parts = splitCents(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, index) => expect(Math.abs(part - (total * (weights[index] ?? 0)) / sum)).toBeLessThanOrEqual(1));
        },
      ),
    );
  });
});
