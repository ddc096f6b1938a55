/**
 * Who receives an incentive or a program's payments when someone else owns the system.
 *
 * Under a lease or a PPA the system belongs to a third party (the owner): it buys the equipment, so upfront incentives
 * usually go to it, and it often enrolls the battery and keeps or shares the Grid Services payments. Who receives
 * what is written in the contract, so it is an input per incentive and per program. Under cash or a loan the customer
 * owns the system, and everything the system earns is the customer's.
 *
 * The customer's figures count only the customer's part: never what the owner receives.
 */
import { formatPercent } from "../money/format";
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";

export type Recipient =
  | { kind: "customer" }
  | { kind: "owner" }
  /** The contract shares the money: the customer receives `customerShare` (0.5 = half), the owner the rest. */
  | { kind: "shared"; customerShare: number };

export type Ownership = "customer" | "third-party";

/**
 * The customer's part of `cents`. When the customer owns the system (cash, loan) every recipient is the customer; under
 * third-party ownership the owner's part is left out. A shared amount is rounded once, per amount.
 */
export function customerPartCents(cents: Cents, recipient: Recipient, ownership: Ownership): Cents {
  if (ownership === "customer") return cents;
  switch (recipient.kind) {
    case "customer":
      return cents;
    case "owner":
      return 0;
    case "shared":
      return roundCents(cents * recipient.customerShare);
    default: {
      const unknown: never = recipient;
      throw new Error(`Unknown recipient ${JSON.stringify(unknown)}`);
    }
  }
}

/** "the customer", "the system's owner", "the customer (40%) and the owner (60%)": for explanation lines. */
export function describeRecipient(recipient: Recipient, ownership: Ownership): string {
  if (ownership === "customer") return "the customer, who owns the system";
  switch (recipient.kind) {
    case "customer":
      return "the customer";
    case "owner":
      return "the system's owner";
    case "shared":
      return `the customer (${formatPercent(recipient.customerShare)}) and the system's owner (${formatPercent(1 - recipient.customerShare)})`;
    default: {
      const unknown: never = recipient;
      throw new Error(`Unknown recipient ${JSON.stringify(unknown)}`);
    }
  }
}
