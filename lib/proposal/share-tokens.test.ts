import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createShareToken, hashShareToken, isWellFormedShareToken } from "./share-tokens";

describe("share-link tokens", () => {
  test("a token is 43 base64url characters carrying 256 random bits, and each one is new", () => {
    const tokens = Array.from({ length: 1000 }, createShareToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // 43 base64url characters are 258 bits; they decode to exactly 32 bytes and re-encode to the same text.
      const bytes = Buffer.from(token, "base64url");
      expect(bytes).toHaveLength(32);
      expect(bytes.toString("base64url")).toBe(token);
      expect(isWellFormedShareToken(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
    // Every base64url character shows up across 1,000 tokens (43,000 characters): the alphabet is really used.
    expect(new Set(tokens.join("")).size).toBe(64);
  });

  test("the stored hash is SHA-256 in hex, and does not contain the token", () => {
    const token = createShareToken();
    const hash = hashShareToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).not.toContain(token);
    expect(hashShareToken(createShareToken())).not.toBe(hash);
  });

  test("anything but 43 base64url characters is not a token", () => {
    for (const value of [null, undefined, 43, {}, [], "", "a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}+`, `${"a".repeat(42)}/`, ` ${"a".repeat(42)}`, `${"a".repeat(42)}\n`]) {
      expect(isWellFormedShareToken(value)).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isWellFormedShareToken(value)).toBe(typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value));
      }),
    );
  });
});
