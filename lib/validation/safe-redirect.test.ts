import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["a page of ours", "/projects", "/projects"],
    ["with its query and fragment", "/projects/abc?x=1#top", "/projects/abc?x=1#top"],
    ["dot segments resolved", "/projects/./a/../b", "/projects/b"],
    ["an encoded slash stays a path segment", "/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["an encoded backslash stays a path segment", "/%5C%5Cevil.example", "/%5C%5Cevil.example"],
  ])("keeps %s", (_label, candidate, expected) => {
    expect(safeRedirectPath(candidate)).toBe(expected);
  });

  it.each([
    ["a dot segment before a double slash", "/.//evil.example"],
    ["a parent segment before a double slash", "/..//evil.example"],
    ["a backslash", "/\\evil.example"],
    ["two backslashes", "/\\\\evil.example"],
    ["a slash and a backslash", "/\\/evil.example"],
    ["a tab between slashes", "/\t/evil.example"],
    ["a newline between slashes", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["scheme-relative", "//evil.example"],
    ["absolute", "https://evil.example/"],
    ["javascript", "javascript:alert(1)"],
    ["a relative name", "evil.example"],
    ["encoded slashes at the start of a scheme-relative URL", "//%2F%2Fevil.example"],
    ["a user-info trick", "/@evil.example"],
    ["too long", `/projects?q=${"a".repeat(500)}`],
    ["empty", ""],
    ["not text", ["/a", "/b"]],
    ["missing", undefined],
  ])("refuses %s", (_label, candidate) => {
    const result = safeRedirectPath(candidate);
    // "/@evil.example" is a path on our origin, which is fine; everything else must be refused outright.
    if (result !== undefined) expect(new URL(result, "https://app.example").origin).toBe("https://app.example");
    else expect(result).toBeUndefined();
  });

  it("never yields a place a browser would read as another site", () => {
    const pieces = fc.constantFrom("/", "\\", ".", "..", "%2F", "%5C", "\t", "\n", "@", ":", "evil.example", "x", "?", "#", "%09");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const result = safeRedirectPath(`/${parts.join("")}`);
        if (result === undefined) return;
        expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
        // What the browser does with the Location header: it stays on our origin.
        expect(new URL(result, "https://app.example").origin).toBe("https://app.example");
      }),
      { numRuns: 2000 },
    );
  });
});
