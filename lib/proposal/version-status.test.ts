import { describe, expect, test } from "vitest";
import { validUntilOf, versionStatus } from "./version-status";

const now = new Date("2026-12-03T12:00:00Z");
const facts = { acceptedAt: null, validUntil: new Date("2026-12-20T00:00:00Z"), firstViewedAt: null, shareLinkCount: 0 };

describe("a version's status says what happened to it", () => {
  test.each([
    { label: "frozen, never shared: finalized (not 'Sent')", version: facts, key: "finalized" },
    { label: "a link was created: shared", version: { ...facts, shareLinkCount: 1 }, key: "shared" },
    { label: "the customer opened it: viewed", version: { ...facts, shareLinkCount: 1, firstViewedAt: new Date("2026-12-02T00:00:00Z") }, key: "viewed" },
    { label: "accepted, even after its validity", version: { ...facts, acceptedAt: new Date("2026-12-01T00:00:00Z"), validUntil: new Date("2026-12-02T00:00:00Z") }, key: "accepted" },
    { label: "its validity ended unaccepted: expired", version: { ...facts, shareLinkCount: 1, validUntil: new Date("2026-12-03T12:00:00Z") }, key: "expired" },
    { label: "versions from before validity existed never expire", version: { ...facts, validUntil: null }, key: "finalized" },
  ])("$label", ({ version, key }) => {
    expect(versionStatus(version, now).key).toBe(key);
  });

  test("valid for 30 days by default", () => {
    expect(validUntilOf(new Date("2026-12-03T12:00:00Z")).toISOString()).toBe("2027-01-02T12:00:00.000Z");
  });
});
