import { describe, expect, test } from "vitest";
import { getProgram, parseProgramInputs } from "../programs";
import { describeInputIssues, programInputsFromForm } from "./program-inputs";

const ctEss = getProgram("ct-ess")!;

describe("program inputs from a form", () => {
  test("numbers, booleans and selects become the schema's types; blanks are left to the defaults", () => {
    const raw = programInputsFromForm(ctEss.fields, { customerTier: "low-income", gridEdge: "true", averageDeliveredKw: "4.5", reservePercent: "" });
    expect(raw).toEqual({ customerTier: "low-income", gridEdge: true, averageDeliveredKw: 4.5 });
    expect(parseProgramInputs("ct-ess", raw)?.success).toBe(true);
  });

  test("a negative kW is refused with the field's label and unit", () => {
    const raw = programInputsFromForm(ctEss.fields, { averageDeliveredKw: "-2" });
    const parsed = parseProgramInputs("ct-ess", raw);
    expect(parsed?.success).toBe(false);
    if (parsed && !parsed.success) {
      expect(describeInputIssues(ctEss.fields, parsed.error.issues)).toEqual({ averageDeliveredKw: "Average delivered power (override) cannot be less than 0 kW." });
    }
  });

  test("text in a number field is a type error in plain words", () => {
    const parsed = parseProgramInputs("ct-ess", programInputsFromForm(ctEss.fields, { homeLoadKw: "lots" }));
    expect(parsed && !parsed.success && describeInputIssues(ctEss.fields, parsed.error.issues)).toEqual({ homeLoadKw: "Home load during events must be a number." });
  });

  test("an unknown tier is refused", () => {
    const parsed = parseProgramInputs("ct-ess", programInputsFromForm(ctEss.fields, { customerTier: "platinum" }));
    expect(parsed && !parsed.success && describeInputIssues(ctEss.fields, parsed.error.issues)).toEqual({ customerTier: expect.stringContaining("Choose one of the listed values") });
  });
});
