import { describe, expect, test } from "vitest";
import { escalatedByYear } from "./escalation";

describe("yearly escalation", () => {
  test.each([
    { label: "no escalator: flat", base: 15_000, escalator: 0, expected: [15_000, 15_000, 15_000] },
    // $150 × 1.029 = $154.35; × 1.029² = $158.826… → $158.83.
    { label: "2.9%: $150, $154.35, $158.83", base: 15_000, escalator: 0.029, expected: [15_000, 15_435, 15_883] },
    // 10¢ × 1.05^y: 10, 10.5 → 11, 11.025 → 11, 11.576… → 12 (rounding 10.5 → 11 first would compound to 11.55 → 12, 12.13 → 12).
    { label: "each year rounded from the exact product (10¢ at 5%)", base: 10, escalator: 0.05, expected: [10, 11, 11, 12] },
  ])("$label", ({ base, escalator, expected }) => {
    expect(escalatedByYear(base, expected.length, escalator)).toEqual(expected);
  });
});
