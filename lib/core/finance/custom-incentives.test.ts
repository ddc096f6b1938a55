import { describe, expect, test } from "vitest";
import { computeCustomIncentive } from "./custom-incentives";
import type { CustomIncentiveInput } from "./option-input";

const context = { years: 10, pvKw: 7.2, battery: { capacityKwh: 13.5, powerKw: 5, count: 2, reservePercent: 20 } };

describe("custom upfront incentives", () => {
  test.each([
    { label: "fixed amount", basis: "fixed" as const, amountCents: 50_000, capCents: null, upfront: 50_000, binding: false },
    { label: "per kWh of total battery capacity: 27 kWh × $100", basis: "per_kwh" as const, amountCents: 10_000, capCents: null, upfront: 270_000, binding: false },
    { label: "per W of PV: 7,200 W × $0.50", basis: "per_watt" as const, amountCents: 50, capCents: null, upfront: 360_000, binding: false },
    { label: "a cap that binds: 27 kWh × $100 capped at $2,000", basis: "per_kwh" as const, amountCents: 10_000, capCents: 200_000, upfront: 200_000, binding: true },
    { label: "a cap that does not bind", basis: "fixed" as const, amountCents: 50_000, capCents: 100_000, upfront: 50_000, binding: false },
    { label: "a zero cap pays nothing", basis: "fixed" as const, amountCents: 50_000, capCents: 0, upfront: 0, binding: true },
  ])("$label", ({ basis, amountCents, capCents, upfront, binding }) => {
    const incentive: CustomIncentiveInput = { id: "c1", name: "City rebate", kind: "upfront", basis, amountCents, capCents };
    const result = computeCustomIncentive(incentive, context);
    expect(result.upfrontCents).toBe(upfront);
    expect(result.capBinding !== null).toBe(binding);
    expect(result.annualCents).toEqual(new Array(10).fill(0));
  });

  test("per kWh without a battery pays nothing", () => {
    const result = computeCustomIncentive({ id: "c", name: "Rebate", kind: "upfront", basis: "per_kwh", amountCents: 10_000 }, { ...context, battery: null });
    expect(result.upfrontCents).toBe(0);
  });

  test("the explanation shows the arithmetic and the cap", () => {
    const result = computeCustomIncentive(
      { id: "c", name: "City rebate", kind: "upfront", basis: "per_kwh", amountCents: 10_000, capCents: 200_000 },
      context,
    );
    expect(result.explanation).toEqual(["City rebate (upfront): 27 kWh × $100/kWh = $2,700; cap $2,000, binding"]);
  });
});

describe("custom annual incentives", () => {
  test.each([
    { label: "paid in years 1..N", years: 3, expected: [5000, 5000, 5000, 0, 0, 0, 0, 0, 0, 0] },
    { label: "longer than the horizon: cut at the horizon", years: 15, expected: new Array(10).fill(5000) },
  ])("$label", ({ years, expected }) => {
    const result = computeCustomIncentive({ id: "a", name: "Co-op credit", kind: "annual", amountCents: 5000, years }, context);
    expect(result.annualCents).toEqual(expected);
    expect(result.upfrontCents).toBe(0);
  });
});
