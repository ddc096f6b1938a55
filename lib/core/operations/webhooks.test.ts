import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_TOLERANCE_SECONDS,
  idempotencyKeyFor,
  IDEMPOTENCY_HEADER,
  nextRetryAt,
  retryDelayMs,
  RETRY_POLICY,
  signPayload,
  SIGNATURE_HEADER,
  unixSeconds,
  verifySignature,
  webhookHeaders,
} from "./webhooks";
import { at } from "./test-helpers";

const secret = "whsec_test";
const body = '{"type":"command.status_changed","commandId":"cmd_1"}';
const sentAt = at("17:00"); // 1751389200
const timestamp = 1_751_389_200;
const header = signPayload({ secret, timestamp, body });

describe("signing", () => {
  test("the documented example: t=<unix>,v1=<hex HMAC-SHA256 of '<t>.<body>'> (checked with openssl)", () => {
    expect(unixSeconds(sentAt)).toBe(timestamp);
    expect(header).toBe("t=1751389200,v1=4418dc0f1fc101df2b98ccd6fa10e8febe44cc8d6cdafa49cf8b91f089c874b2");
  });

  test("the signed text is '<timestamp>.<body>', byte for byte (UTF-8)", () => {
    const text = '{"note":"Storm Guard — 100 %"}';
    const expected = createHmac("sha256", secret).update(Buffer.from(`${timestamp}.${text}`, "utf8")).digest("hex");
    expect(signPayload({ secret, timestamp, body: text })).toBe(`t=${timestamp},v1=${expected}`);
  });

  test.each([
    { label: "an empty secret", input: { secret: "", timestamp, body } },
    { label: "milliseconds instead of seconds, fractional", input: { secret, timestamp: 1_751_389_200.5, body } },
    { label: "a negative time", input: { secret, timestamp: -1, body } },
  ])("refuses to sign with $label", ({ input }) => {
    expect(() => signPayload(input)).toThrow(RangeError);
  });

  test("webhookHeaders: JSON, signature and idempotency key", () => {
    expect(webhookHeaders({ secret, body, now: sentAt, idempotencyKey: "whk_1" })).toEqual({
      "Content-Type": "application/json",
      [SIGNATURE_HEADER]: header,
      [IDEMPOTENCY_HEADER]: "whk_1",
    });
  });
});

describe("verifying", () => {
  const now = at("17:02");

  test("a genuine delivery within 5 minutes is accepted", () => {
    expect(verifySignature(header, secret, body, { now })).toEqual({ ok: true, timestamp });
  });

  test.each([
    { label: "a tampered body", header, secret, body: body.replace("cmd_1", "cmd_2"), reason: "signature_mismatch" },
    { label: "a body with a space added (re-serialised JSON)", header, secret, body: body.replace(":", ": "), reason: "signature_mismatch" },
    { label: "a tampered timestamp (the signature covers it)", header: header.replace("t=1751389200", "t=1751389260"), secret, body, reason: "signature_mismatch" },
    { label: "the wrong secret", header, secret: "whsec_other", body, reason: "signature_mismatch" },
    { label: "a tampered signature", header: header.replace(/.$/, (last) => (last === "0" ? "1" : "0")), secret, body, reason: "signature_mismatch" },
    { label: "no header", header: undefined, secret, body, reason: "malformed" },
    { label: "an empty header", header: "", secret, body, reason: "malformed" },
    { label: "no signature", header: "t=1751389200", secret, body, reason: "malformed" },
    { label: "no timestamp", header: header.replace("t=1751389200,", ""), secret, body, reason: "malformed" },
    { label: "two timestamps", header: `t=1751389200,${header}`, secret, body, reason: "malformed" },
    { label: "a timestamp that is not a whole number", header: header.replace("t=1751389200", "t=1751389200.5"), secret, body, reason: "malformed" },
    { label: "a short signature", header: "t=1751389200,v1=abc", secret, body, reason: "malformed" },
    { label: "an upper-case signature (we send lower case)", header: header.replace(/v1=(.*)$/, (_, hex: string) => `v1=${hex.toUpperCase()}`), secret, body, reason: "malformed" },
    { label: "a part without '='", header: `${header},garbage`, secret, body, reason: "malformed" },
    { label: "an empty secret on the receiving side", header, secret: "", body, reason: "malformed" },
  ])("refused: $label", ({ header: received, secret: key, body: payload, reason }) => {
    expect(verifySignature(received, key, payload, { now })).toEqual({ ok: false, reason });
  });

  test.each([
    { label: "exactly 5 minutes old: accepted", now: at("17:05"), ok: true },
    { label: "5 minutes and 1 second old: refused (a replay)", now: at("17:05:01"), ok: false },
    { label: "5 minutes in the future: accepted (clock skew)", now: at("16:55"), ok: true },
    { label: "more than 5 minutes in the future: refused", now: at("16:54:59"), ok: false },
  ])("the timestamp: $label", ({ now: receivedAt, ok }) => {
    const result = verifySignature(header, secret, body, { now: receivedAt });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toBe("timestamp_out_of_tolerance");
  });

  test("an old delivery is refused even with a valid signature; a longer tolerance is an option", () => {
    expect(verifySignature(header, secret, body, { now: at("18:00") })).toEqual({ ok: false, reason: "timestamp_out_of_tolerance" });
    expect(verifySignature(header, secret, body, { now: at("18:00"), toleranceSeconds: 3600 }).ok).toBe(true);
    expect(DEFAULT_TOLERANCE_SECONDS).toBe(300);
  });

  test("during a secret rotation, a header with two v1 values passes with either secret", () => {
    const withNew = signPayload({ secret: "whsec_new", timestamp, body });
    const rotated = `${header},v1=${withNew.split("v1=")[1] ?? ""}`;
    expect(verifySignature(rotated, secret, body, { now }).ok).toBe(true);
    expect(verifySignature(rotated, "whsec_new", body, { now }).ok).toBe(true);
    expect(verifySignature(rotated, "whsec_third", body, { now })).toEqual({ ok: false, reason: "signature_mismatch" });
  });

  test("unknown schemes and spaces are tolerated: ' t=…, v0=…, v1=…'", () => {
    const [t, v1] = header.split(",");
    expect(verifySignature(` ${t}, v0=legacy, ${v1}`, secret, body, { now }).ok).toBe(true);
  });

  test("property: what is signed verifies; any change to the body or the secret does not", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 4_000_000_000 }), (key, payload, suffix, seconds) => {
        const signed = signPayload({ secret: key, timestamp: seconds, body: payload });
        const receivedAt = new Date(seconds * 1000 + 30_000);
        expect(verifySignature(signed, key, payload, { now: receivedAt })).toEqual({ ok: true, timestamp: seconds });
        expect(verifySignature(signed, key, payload + suffix, { now: receivedAt })).toEqual({ ok: false, reason: "signature_mismatch" });
        expect(verifySignature(signed, key + suffix, payload, { now: receivedAt })).toEqual({ ok: false, reason: "signature_mismatch" });
      }),
      { numRuns: 300 },
    );
  });

  test("property: arbitrary headers never throw", () => {
    fc.assert(
      fc.property(fc.string(), (received) => {
        expect(verifySignature(received, secret, body, { now }).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("retries", () => {
  const firstFailedAt = at("17:00");
  test.each([
    { attempt: 1, delay: 1, next: "17:01" },
    { attempt: 2, delay: 2, next: "17:03" },
    { attempt: 3, delay: 4, next: "17:07" },
    { attempt: 4, delay: 8, next: "17:15" },
    { attempt: 5, delay: 16, next: "17:31" },
    { attempt: 6, delay: 32, next: "18:03" },
    { attempt: 7, delay: 60, next: "19:03" },
  ])("after $attempt failed attempt(s): wait $delay min, next at $next", ({ attempt, delay, next }) => {
    expect(retryDelayMs(attempt)).toBe(delay * 60_000);
    expect(nextRetryAt(attempt, firstFailedAt)).toEqual(at(next));
  });

  test("the 8th failed attempt is the last: give up", () => {
    expect(RETRY_POLICY.maxAttempts).toBe(8);
    expect(nextRetryAt(8, firstFailedAt)).toBeNull();
    expect(nextRetryAt(9, firstFailedAt)).toBeNull();
    // The cap holds beyond the schedule too (for a policy with more attempts).
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  test.each([0, -1, 1.5, Number.NaN])("attempt %s is a bug upstream", (attempt) => {
    expect(() => nextRetryAt(attempt, firstFailedAt)).toThrow(RangeError);
  });

  test("property: retries come later each time, at most an hour apart, doubling until the cap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (ms) => {
        const first = new Date(ms);
        let previous = ms;
        for (let attempt = 1; attempt < RETRY_POLICY.maxAttempts; attempt++) {
          const next = nextRetryAt(attempt, first)?.getTime();
          if (next === undefined) throw new Error(`no retry after attempt ${attempt}`);
          const gap = next - previous;
          expect(gap).toBe(retryDelayMs(attempt));
          expect(gap).toBeLessThanOrEqual(RETRY_POLICY.maxDelayMs);
          if (attempt > 1) expect(gap === RETRY_POLICY.maxDelayMs || gap === 2 * retryDelayMs(attempt - 1)).toBe(true);
          previous = next;
        }
      }),
    );
  });
});

describe("idempotency keys", () => {
  test("the same step of the same record gives the same key, on every retry", () => {
    const key = idempotencyKeyFor("command.status_changed", "cmd_1", 2);
    expect(key).toBe(idempotencyKeyFor("command.status_changed", "cmd_1", 2));
    expect(key).toMatch(/^whk_[0-9a-f]{32}$/);
  });

  test("property: any other event type, record or step gives another key", () => {
    fc.assert(
      fc.property(fc.tuple(fc.string(), fc.string(), fc.nat(20)), fc.tuple(fc.string(), fc.string(), fc.nat(20)), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(idempotencyKeyFor(...a)).not.toBe(idempotencyKeyFor(...b));
      }),
      { numRuns: 500 },
    );
  });

  test("a step index must be a whole number from 0", () => {
    expect(() => idempotencyKeyFor("x", "y", -1)).toThrow(RangeError);
    expect(() => idempotencyKeyFor("x", "y", 0.5)).toThrow(RangeError);
  });
});
