import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseCsv } from "@/tests/support/csv";
import { csvCell, csvCents, csvDocument, csvInteger, csvRow } from "./writer";

/** A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const parseLine = (line: string): string[] => parseCsv(line)[0] ?? [""];

describe("text cells that a spreadsheet would run are neutralized", () => {
  test.each([
    { label: "a formula", text: "=1+1", cell: `"'=1+1"` },
    { label: "a link formula (the custom incentive of issue #14)", text: '=HYPERLINK("http://evil","x")', cell: `"'=HYPERLINK(""http://evil"",""x"")"` },
    { label: "a plus", text: "+1+1", cell: `"'+1+1"` },
    { label: "a minus", text: "-2+3", cell: `"'-2+3"` },
    { label: "text that looks like a negative number", text: "-1234.56", cell: `"'-1234.56"` },
    { label: "an at sign (Lotus-style function)", text: "@SUM(A1:A2)", cell: `"'@SUM(A1:A2)"` },
    { label: "a tab", text: "\t=1+1", cell: `"'\t=1+1"` },
    { label: "a carriage return", text: "\r=1+1", cell: `"'\r=1+1"` },
    { label: "a DDE payload", text: "=cmd|' /C calc'!A0", cell: `"'=cmd|' /C calc'!A0"` },
  ])("$label: $text", ({ text, cell }) => {
    expect(csvCell(text)).toBe(cell);
    expect(parseLine(csvCell(text))).toEqual([`'${text}`]);
  });

  test.each([
    { label: "plain text", text: "Bill savings", cell: "Bill savings" },
    { label: "an empty cell", text: "", cell: "" },
    { label: "a comma", text: "Town rebate, phase 2", cell: `"Town rebate, phase 2"` },
    { label: "a quote", text: 'The "Co-op" credit', cell: `"The ""Co-op"" credit"` },
    { label: "a semicolon (a separator in many locales)", text: "a;=1+1", cell: `"a;=1+1"` },
    { label: "a line break", text: "two\nlines", cell: `"two\nlines"` },
    { label: "an equals sign inside", text: "Rate = $225/kW", cell: "Rate = $225/kW" },
  ])("$label is written as is, quoted where needed: $text", ({ text, cell }) => {
    expect(csvCell(text)).toBe(cell);
  });

  test("property: no text cell starts a formula once read back, and reading gives the text back (with its quote when neutralized)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("=", "+", "-", "@", "\t", "\r").chain((start) => fc.string().map((rest) => start + rest))), { minLength: 1, maxLength: 5 }), (texts) => {
        const cells = parseLine(csvRow(texts));
        expect(cells).toEqual(texts.map((text) => (FORMULA_START.test(text) ? `'${text}` : text)));
        for (const cell of cells) expect(FORMULA_START.test(cell)).toBe(false);
      }),
    );
  });
});

describe("number cells of our own stay numbers", () => {
  test.each([
    { label: "a negative cash flow", cell: csvCents(-123_456), text: "-1234.56" },
    { label: "a positive amount", cell: csvCents(125_050), text: "1250.50" },
    { label: "zero", cell: csvCents(0), text: "0.00" },
    { label: "less than a dollar, negative", cell: csvCents(-5), text: "-0.05" },
    { label: "a year", cell: csvInteger(25), text: "25" },
    { label: "a negative whole number", cell: csvInteger(-3), text: "-3" },
  ])("$label: $text", ({ cell, text }) => {
    expect(csvCell(cell)).toBe(text);
  });

  test("a number cell that is not a plain number is a bug, not a cell", () => {
    expect(() => csvCell({ csvNumber: "=1+1" })).toThrow(/not a plain number/);
    expect(() => csvCents(Number.NaN)).toThrow();
    expect(() => csvInteger(1.5)).toThrow();
  });

  test("a document: CRLF after every row, empty cells for null", () => {
    expect(csvDocument([["Year", "Total"], [csvInteger(1), csvCents(-100)], ["Lifetime", null]])).toBe("Year,Total\r\n1,-1.00\r\nLifetime,\r\n");
  });
});
