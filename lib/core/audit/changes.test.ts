import { describe, expect, it } from "vitest";
import { changeSummary, describeChanges, OPTION_FIELDS } from "./changes";

describe("describeChanges", () => {
  it("names each changed field with its old and new value, formatted", () => {
    const parts = describeChanges(OPTION_FIELDS, { batteryCostCents: 1_200_000, reservePercent: 20, name: "A" }, { batteryCostCents: 1_350_050, reservePercent: 25, name: "A" });
    // In the form's field order, whatever order the objects list them in.
    expect(parts).toEqual(["backup reserve 20 % → 25 %", "battery cost $12,000.00 → $13,500.50"]);
    expect(changeSummary("Option A", parts)).toBe("Changed Option A: backup reserve 20 % → 25 %; battery cost $12,000.00 → $13,500.50.");
  });

  it("says so when nothing changed, and shows cleared text as empty", () => {
    expect(changeSummary("Option A", describeChanges(OPTION_FIELDS, { batteryModel: "X" }, { batteryModel: "X" }))).toBe("Saved Option A without changes.");
    expect(describeChanges(OPTION_FIELDS, { batteryModel: "X" }, { batteryModel: null })).toEqual(["battery model “X” → empty"]);
  });
});
