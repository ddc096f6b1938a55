import { describe, expect, test } from "vitest";
import { customerPartCents, describeRecipient } from "./recipients";
import type { Ownership, Recipient } from "./recipients";

describe("the customer's part of an incentive", () => {
  test.each<{ label: string; cents: number; recipient: Recipient; ownership: Ownership; expected: number }>([
    { label: "cash or loan: the customer owns the system, so even the owner's money is theirs", cents: 112_500, recipient: { kind: "owner" }, ownership: "customer", expected: 112_500 },
    { label: "lease, paid to the customer: all of it", cents: 112_500, recipient: { kind: "customer" }, ownership: "third-party", expected: 112_500 },
    { label: "lease, kept by the owner: none of it", cents: 112_500, recipient: { kind: "owner" }, ownership: "third-party", expected: 0 },
    { label: "lease, shared 40 / 60: 40% of $1,125 = $450", cents: 112_500, recipient: { kind: "shared", customerShare: 0.4 }, ownership: "third-party", expected: 45_000 },
    // 1/3 of 100¢ = 33.33¢ → 33¢: one rounding per amount.
    { label: "a share of an odd amount is rounded once: 1/3 of 100¢ = 33¢", cents: 100, recipient: { kind: "shared", customerShare: 1 / 3 }, ownership: "third-party", expected: 33 },
  ])("$label", ({ cents, recipient, ownership, expected }) => {
    expect(customerPartCents(cents, recipient, ownership)).toBe(expected);
  });

  test("explanations name who is paid", () => {
    expect(describeRecipient({ kind: "shared", customerShare: 0.4 }, "third-party")).toBe("the customer (40%) and the system's owner (60%)");
    expect(describeRecipient({ kind: "owner" }, "customer")).toBe("the customer, who owns the system");
  });
});
