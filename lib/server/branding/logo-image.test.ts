import { describe, expect, test } from "vitest";
import { reencodeLogo } from "./logo-image";

/** A 1 × 1 PNG: signature, IHDR (bytes 8–32), IDAT (its name at bytes 37–40), IEND. */
const tinyPng = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

describe("reencodeLogo: a PNG", () => {
  test("a whole PNG is re-encoded", () => {
    expect(reencodeLogo(Uint8Array.from(tinyPng)).ok).toBe(true);
  });

  test("every one-byte change of the image data chunk's name is refused, every time (found by fuzzing: pngjs skipped the chunk and returned memory it never wrote)", () => {
    for (let at = 37; at <= 40; at++) {
      for (let byte = 0; byte < 256; byte++) {
        if (byte === tinyPng[at]) continue;
        const bytes = Uint8Array.from(tinyPng);
        bytes[at] = byte;
        const results = [reencodeLogo(bytes).ok, reencodeLogo(bytes).ok, reencodeLogo(bytes).ok];
        expect(results, `byte ${at} set to ${byte}`).toEqual([false, false, false]);
      }
    }
  });

  test("a file cut anywhere is refused", () => {
    for (let length = 1; length < tinyPng.length; length++) expect(reencodeLogo(Uint8Array.from(tinyPng.subarray(0, length))).ok, `cut at ${length}`).toBe(false);
  });
});
