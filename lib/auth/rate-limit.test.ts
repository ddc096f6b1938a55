import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testDatabaseKinds, type TestDb } from "../db/test-db";
import { describeRetryAfter, hitRateLimit, resetRateLimit, signInKeys } from "./rate-limit";

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

  it("counts concurrent attempts exactly: of 20 at once, exactly 5 pass", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(testDb.db, "burst", rule, now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });
});

describe("signInKeys", () => {
  it("keys by the email as typed in any case, and by address only when one is known", () => {
    expect(signInKeys("  Dana@Example.COM ", null)).toEqual({ email: "sign-in:email:dana@example.com", client: null });
    expect(signInKeys("dana@example.com", "203.0.113.9").client).toBe("sign-in:client:203.0.113.9");
  });
});
