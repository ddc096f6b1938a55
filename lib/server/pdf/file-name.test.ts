import { describe, expect, test } from "vitest";
import { paperOf, pdfFileName } from "./file-name";

describe("pdfFileName", () => {
  test.each([
    { label: "a plain name is kept as is", name: "Dana Whitfield", number: 3, kind: "proposal", expected: "Dana Whitfield - proposal v3.pdf" },
    { label: "the customer's signed copy says so", name: "Dana Whitfield", number: 1, kind: "signed proposal", expected: "Dana Whitfield - signed proposal v1.pdf" },
    // A quote would end the header's filename="…" early; a slash would name a folder.
    { label: "quotes, slashes and apostrophes are dropped", name: `Kevin "K" O'Brien/Smith`, number: 2, kind: "proposal", expected: "Kevin K OBrienSmith - proposal v2.pdf" },
    { label: "a line break in the name cannot split the header", name: "Ana\r\nMaria", number: 1, kind: "proposal", expected: "Ana Maria - proposal v1.pdf" },
    { label: "letters outside ASCII are dropped: a header's plain filename is ASCII", name: "Zoë Ångström", number: 1, kind: "proposal", expected: "Zo ngstrm - proposal v1.pdf" },
  ] as const)("$label", ({ name, number, kind, expected }) => {
    expect(pdfFileName(name, number, kind)).toBe(expected);
  });
});

describe("paperOf", () => {
  test.each([
    { label: "a4 asks for A4", query: "?paper=a4", expected: "a4" },
    { label: "letter asks for Letter", query: "?paper=letter", expected: "letter" },
    { label: "no choice is Letter", query: "", expected: "letter" },
    { label: "an unknown size is Letter, never an error", query: "?paper=A3%00", expected: "letter" },
  ] as const)("$label", ({ query, expected }) => {
    expect(paperOf(new URL(`http://localhost/x/pdf${query}`))).toBe(expected);
  });
});
