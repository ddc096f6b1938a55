import { describe, expect, test } from "vitest";
import { ctStoredOption } from "../../tests/support/stored-options";
import { evaluateStoredOption } from "./evaluate";
import type { StoredOption } from "./option-input";
import { buildPricingTable, describeReceiver } from "./pricing";

describe("who receives an upfront incentive, in the homeowner's words", () => {
  test.each([
    { label: "paid to the homeowner", payee: "customer" as const, text: "Paid to you, and counted in your net price" },
    { label: "paid to the installer (CT-ESS)", payee: "contractor" as const, text: "Paid to your installer, who takes it off your price" },
    { label: "an incentive the installer typed in: no receiver is claimed", payee: null, text: "Counted in your net price" },
  ])("$label", ({ payee, text }) => {
    expect(describeReceiver(payee)).toBe(text);
  });
});

const option: StoredOption = {
  ...ctStoredOption,
  customIncentives: [{ id: "town", name: "Town rebate", kind: "upfront", basis: "fixed", amountCents: 50_000, capCents: null, years: null }],
};

test("each upfront line carries its receiver: the program's from the engine, the installer's own incentive none", () => {
  const table = buildPricingTable({ solarCents: option.solarCostCents, batteryCents: option.batteryCostCents, otherCents: option.otherCostCents }, evaluateStoredOption(option));
  expect(table.upfrontLines.map((line) => [line.key, line.payee, line.receiver])).toEqual([
    ["ct-ess", "contractor", "Paid to your installer, who takes it off your price"],
    ["town", null, "Counted in your net price"],
  ]);
  expect(table.items.every((line) => line.receiver === undefined)).toBe(true);
});
