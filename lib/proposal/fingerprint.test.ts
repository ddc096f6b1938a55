import { describe, expect, test } from "vitest";
import { proposalFingerprint } from "./fingerprint";

describe("the proposal fingerprint", () => {
  test("is the SHA-256 of the canonical JSON: key order does not matter, any figure does", () => {
    const a = proposalFingerprint({ b: 1, a: { d: [1, 2], c: "x" } });
    expect(a).toBe(proposalFingerprint({ a: { c: "x", d: [1, 2] }, b: 1 }));
    expect(a).not.toBe(proposalFingerprint({ a: { c: "x", d: [1, 3] }, b: 1 }));
    // sha256('{"a":{"c":"x","d":[1,2]},"b":1}')
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
