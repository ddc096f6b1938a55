import { describe, expect, test } from "vitest";
import { annualTotalLabel, summarizeBenefit } from "./program-benefit";

describe("the yearly total's label names the years paid, not the horizon", () => {
  test.each([
    { label: "CT-ESS pays years 1–10 of 25", annual: [...new Array<number>(10).fill(100), ...new Array<number>(15).fill(0)], text: "Annual, years 1–10 total" },
    { label: "payments from year 2", annual: [0, 100, 100], text: "Annual, years 2–3 total" },
    { label: "one paid year", annual: [0, 0, 100, 0], text: "Annual, year 3 only" },
    { label: "nothing paid", annual: [0, 0], text: "Annual payments, total" },
  ])("$label", ({ annual, text }) => {
    expect(annualTotalLabel(summarizeBenefit({ upfrontCents: 0, annualCents: annual }))).toBe(text);
  });
});
