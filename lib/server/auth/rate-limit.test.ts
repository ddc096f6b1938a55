import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import { hitRateLimit, hitRateLimits, resetRateLimit } from "../data/rate-limit-counters";
import { describeRetryAfter, passwordResetLimits, signInLimits, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ACCOUNT_AND_CLIENT, SIGN_IN_PER_CLIENT } from "./rate-limit";

const rule = { windowSeconds: 600, max: 5 };

describe.each(testDatabaseKinds())("the database rate limit on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb({ kind });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });
  beforeEach(async () => {
    await testDb.truncate();
  });

  it("allows max attempts in a window and refuses the next, saying how long to wait", async () => {
    const start = new Date("2026-11-23T10:00:00Z");
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await hitRateLimit(testDb.db, "k", rule, new Date(start.getTime() + attempt * 1000))).toMatchObject({ allowed: true, count: attempt });
    }
    const refused = await hitRateLimit(testDb.db, "k", rule, new Date(start.getTime() + 60_000));
    // The window opened with the first attempt (start + 1 s) and lasts 600 s.
    expect(refused).toEqual({ allowed: false, count: 6, retryAfterSeconds: 541 });
    // Rounded up: telling someone to come back too early only earns another refusal.
    expect(describeRetryAfter(refused.retryAfterSeconds)).toBe("10 minutes");
    expect(describeRetryAfter(30)).toBe("a minute");
  });

  it("starts a new window once the old one has passed, and a reset clears the count", async () => {
    const start = new Date("2026-11-23T10:00:00Z");
    for (let attempt = 0; attempt < 7; attempt++) await hitRateLimit(testDb.db, "k", rule, start);
    expect(await hitRateLimit(testDb.db, "k", rule, new Date(start.getTime() + 600_000))).toMatchObject({ allowed: true, count: 1 });
    await resetRateLimit(testDb.db, "k");
    expect(await testDb.db.rateLimitCounter.count()).toBe(0);
  });

  it("stops at the first refusal, so an attempt refused by a narrow limit does not use up a wider one", async () => {
    const narrow = { key: "narrow", rule: { windowSeconds: 600, max: 1 } };
    const wide = { key: "wide", rule: { windowSeconds: 600, max: 100 } };
    expect(await hitRateLimits(testDb.db, [narrow, wide])).toBeNull();
    expect(await hitRateLimits(testDb.db, [narrow, wide])).toMatchObject({ allowed: false, count: 2 });
    expect(await testDb.db.rateLimitCounter.findUnique({ where: { key: "wide" } })).toMatchObject({ count: 1 });
  });

  it("counts concurrent attempts exactly: of 20 at once, exactly 5 pass", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(testDb.db, "burst", rule, now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });
});

describe("signInLimits", () => {
  it("keys by the email as typed in any case, by the client address, and by both together", () => {
    const limits = signInLimits("  Dana@Example.COM ", "203.0.113.9");
    expect(limits.all.map((check) => check.key)).toEqual(["sign-in:client:203.0.113.9", "sign-in:account:dana@example.com:client:203.0.113.9", "sign-in:account:dana@example.com"]);
    expect(limits.all.map((check) => check.rule)).toEqual([SIGN_IN_PER_CLIENT, SIGN_IN_PER_ACCOUNT_AND_CLIENT, SIGN_IN_PER_ACCOUNT]);
  });

  it("counts every client whose address the server does not know as one, rather than not at all", () => {
    expect(signInLimits("dana@example.com", null).client.key).toBe("sign-in:client:unknown");
  });

  it("lets one address reach less than an account's ceiling in its window, so a stranger alone cannot lock the owner out", () => {
    for (const limits of [signInLimits("dana@example.com", "203.0.113.9"), passwordResetLimits("dana@example.com", "203.0.113.9")]) {
      const { accountAtClient, account } = limits;
      const oneAddressInCeilingWindow = accountAtClient.rule.max * Math.ceil(account.rule.windowSeconds / accountAtClient.rule.windowSeconds);
      expect(oneAddressInCeilingWindow, account.key).toBeLessThan(account.rule.max);
    }
  });
});

describe("describeRetryAfter", () => {
  it("rounds up to minutes, then to hours", () => {
    expect(describeRetryAfter(1)).toBe("a minute");
    expect(describeRetryAfter(61)).toBe("2 minutes");
    expect(describeRetryAfter(3600)).toBe("an hour");
    expect(describeRetryAfter(3601)).toBe("2 hours");
  });
});
