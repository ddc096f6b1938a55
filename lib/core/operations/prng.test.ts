import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fnv1a32, mulberry32, randomFor, seedFrom } from "./prng";

describe("mulberry32", () => {
  test("matches the reference implementation's first values (seed 1 and 42)", () => {
    const one = mulberry32(1);
    expect([one(), one(), one()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const answer = mulberry32(42);
    expect([answer(), answer()]).toEqual([0.6011037519201636, 0.44829055899754167]);
  });

  test("property: the same seed gives the same sequence, always in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let index = 0; index < 20; index++) {
          const value = a();
          expect(value).toBe(b());
          expect(value >= 0 && value < 1).toBe(true);
        }
      }),
    );
  });

  test("seeds are taken modulo 2³² (−1 is 2³² − 1)", () => {
    expect(mulberry32(-1)()).toBe(mulberry32(2 ** 32 - 1)());
  });

  test("draws are spread evenly: 100,000 draws fill 10 buckets within 2 % of 10,000 each", () => {
    const random = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    for (let index = 0; index < 100_000; index++) buckets[Math.floor(random() * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(200);
  });
});

describe("seeds from names", () => {
  test.each([
    { label: "the empty string is the offset basis", text: "", hash: 0x811c9dc5 },
    { label: '"a"', text: "a", hash: 0xe40c292c },
    { label: '"foobar"', text: "foobar", hash: 0xbf9cf968 },
  ])("FNV-1a reference vector: $label", ({ text, hash }) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  test("parts cannot run into each other", () => {
    expect(seedFrom("a", "bc")).not.toBe(seedFrom("ab", "c"));
    expect(seedFrom(1, "command")).not.toBe(seedFrom("1", "command"));
  });

  test("one generator per purpose: the same parts repeat, other parts differ", () => {
    expect(randomFor(7, "command", "cmd_1")()).toBe(randomFor(7, "command", "cmd_1")());
    expect(randomFor(7, "command", "cmd_1")()).not.toBe(randomFor(7, "command", "cmd_2")());
    expect(randomFor(7, "command", "cmd_1")()).not.toBe(randomFor(8, "command", "cmd_1")());
  });
});
