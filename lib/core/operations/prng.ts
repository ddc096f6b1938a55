/**
 * A tiny seeded random number generator for the simulator: the same seed gives the same numbers
 * on every machine and every run, so a demo, a test or a bug report can be replayed exactly.
 * Not for anything secret (webhook secrets and tokens use node:crypto).
 */

/** A source of numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger's public-domain generator): 32 bits of state, a period of 2³², and
 * good enough statistics for simulated delays and failure draws. Seeds are taken modulo 2³².
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * FNV-1a, 32 bits, over the text's UTF-16 code units (the same as the usual byte version for
 * ASCII text, which ids and names here are).
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A 32-bit seed from several parts (hashed as JSON, so ["a", "bc"] and ["ab", "c"] differ).
 * The simulator seeds one generator per command, per day and per enrollment from (seed, what, id),
 * so the answer for one command does not depend on which other commands were asked about first.
 */
export function seedFrom(...parts: readonly (string | number)[]): number {
  return fnv1a32(JSON.stringify(parts));
}

/** A generator for one named purpose under a seed: `randomFor(seed, "command", commandId)`. */
export function randomFor(...parts: readonly (string | number)[]): Random {
  return mulberry32(seedFrom(...parts));
}
