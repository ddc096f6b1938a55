import { describe, expect, test } from "vitest";
import { getProgram, parseProgramInputs } from "../core/programs";
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

  test.each([
    { label: "hex", text: "0x10", message: "Home load during events must be a plain number like 1,250.5: no spaces, letters or exponents." },
    { label: "a denormal", text: "1e-320", message: "Home load during events must be a plain number like 1,250.5: no spaces, letters or exponents." },
    { label: "spaces between digits", text: "1 0", message: "Home load during events must be a plain number like 1,250.5: no spaces, letters or exponents." },
    { label: "a fraction of a watt", text: "1.0001", message: "Home load during events can have at most 3 decimals." },
    { label: "Infinity", text: "Infinity", message: "Home load during events must be a number." },
  ])("$label stays text, which the schema refuses, and the message says what a number looks like", ({ text, message }) => {
    const values = { homeLoadKw: text };
    const raw = programInputsFromForm(ctEss.fields, values);
    expect(raw).toEqual({ homeLoadKw: text });
    const parsed = parseProgramInputs("ct-ess", raw);
    expect(parsed && !parsed.success && describeInputIssues(ctEss.fields, parsed.error.issues, values)).toEqual({ homeLoadKw: message });
  });

  test("a plain number with grouping commas is read", () => {
    expect(programInputsFromForm(ctEss.fields, { homeLoadKw: "1,000.5" })).toEqual({ homeLoadKw: 1000.5 });
  });

  test("an unknown tier is refused", () => {
    const parsed = parseProgramInputs("ct-ess", programInputsFromForm(ctEss.fields, { customerTier: "platinum" }));
    expect(parsed && !parsed.success && describeInputIssues(ctEss.fields, parsed.error.issues)).toEqual({ customerTier: expect.stringContaining("Choose one of the listed values") });
  });
});
