import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { makeContext, runProgram, sumOfFirstYears, TYPICAL_BATTERY } from "../test-helpers";
import { computeCtEssUpfront, ctEss } from "./program";

const CT = { project: { state: "CT", segment: "residential" as const, utility: "Eversource", tariff: null } };
const versionOf = (id: string) => ctEss.rateVersions.find((version) => version.id === id)!;
/** The 2025 design (applications before 1 April 2026): the tables below are its published rates. */
const rates = versionOf("ct-ess/2025-01").rates;
const rates2026 = versionOf("ct-ess/2026-04").rates;

describe("CT-ESS worked example (docs/programs.md)", () => {
  // Standard customer, one 13.5 kWh battery costing $15,000, not Grid Edge, 5 kW average; proposed on 2026-03-02,
  // before the April 2026 redesign (makeContext's date).
  const result = runProgram(ctEss, makeContext({ ...CT, batteryCostCents: 1_500_000 }), {
    customerTier: "standard",
    gridEdge: false,
    averageDeliveredKw: 5,
  });

  test("upfront = min(13.5 × $250 = $3,375; $16,000; 50% × $15,000 = $7,500) = $3,375", () => {
    expect(result.upfrontCents).toBe(337_500);
    expect(result.capBinding).toBeNull();
  });

  test.each([
    { label: "year 1 pays 5 kW × $225", year: 1, cents: 112_500 },
    { label: "year 5 is the last year at $225/kW", year: 5, cents: 112_500 },
    { label: "year 6 drops to 5 kW × $130", year: 6, cents: 65_000 },
    { label: "year 10 is the last paid year", year: 10, cents: 65_000 },
    { label: "year 11 pays nothing", year: 11, cents: 0 },
    { label: "year 25 pays nothing", year: 25, cents: 0 },
  ])("$label", ({ year, cents }) => {
    expect(result.annualCents[year - 1]).toBe(cents);
  });

  test("ten-year annual total is $8,875", () => {
    expect(sumOfFirstYears(result.annualCents, 10)).toBe(887_500);
  });

  test("the explanation reads the arithmetic aloud", () => {
    expect(result.explanation).toContain(
      "Upfront: 13.5 kWh × $250/kWh (standard, block 1) = $3,375; cap: lesser of $16,000 and 50% of battery cost $15,000 = $7,500, not binding",
    );
    expect(result.explanation).toContain("Years 1–5: 5 kW × $225/kW-year ($200/kW summer + $25/kW winter) = $1,125 a year");
    expect(result.explanation).toContain("Years 6–10: 5 kW × $130/kW-year ($115/kW summer + $15/kW winter) = $650 a year");
    expect(result.explanation.some((line) => line.startsWith("Average delivered power: 5 kW, the installer's figure"))).toBe(true);
    expect(result.rateVersion.id).toBe("ct-ess/2025-01");
    expect(result.explanation.at(-2)).toBe("Rates in force on the proposal date 2026-03-02: ct-ess/2025-01 (from 2025-01-01, until 2026-04-01)");
  });
});

describe("CT-ESS by application date: the April 2026 redesign", () => {
  const on = (proposalDate: string, inputs: Record<string, unknown> = {}) =>
    runProgram(ctEss, makeContext({ ...CT, proposalDate, batteryCostCents: 1_500_000 }), { averageDeliveredKw: 5, ...inputs });

  test.each([
    { label: "the day before: the 2025 design", date: "2026-03-31", version: "ct-ess/2025-01", upfront: 337_500 },
    { label: "1 April 2026: the new design, 13.5 kWh × $30", date: "2026-04-01", version: "ct-ess/2026-04", upfront: 40_500 },
    { label: "a proposal made today", date: "2026-12-03", version: "ct-ess/2026-04", upfront: 40_500 },
    { label: "before the first version we know: the oldest rates", date: "2024-06-01", version: "ct-ess/2025-01", upfront: 337_500 },
  ])("$label", ({ date, version, upfront }) => {
    const result = on(date);
    expect(result.rateVersion.id).toBe(version);
    expect(result.upfrontCents).toBe(upfront);
  });

  test.each([
    { tier: "standard" as const, isGridEdge: false, dollarsPerKwh: 30 },
    { tier: "standard" as const, isGridEdge: true, dollarsPerKwh: 130 },
    { tier: "disadvantaged" as const, isGridEdge: false, dollarsPerKwh: 30 },
    { tier: "low-income" as const, isGridEdge: true, dollarsPerKwh: 130 },
  ])("2026 rate table: $tier, Grid Edge $isGridEdge → $dollarsPerKwh/kWh (one rate for every tier)", ({ tier, isGridEdge, dollarsPerKwh }) => {
    expect(computeCtEssUpfront(rates2026, 1, 10_000_000, tier, isGridEdge).upfrontCents).toBe(dollarsPerKwh * 100);
  });

  test("a rate pinned to the 2025 design is not offered to an application today: counted at 2026 rates, with a warning", () => {
    const result = on("2026-12-03", { rateVersion: "ct-ess/2025-01" });
    expect(result.rateVersion.id).toBe("ct-ess/2026-04");
    expect(result.upfrontCents).toBe(40_500);
    expect(result.warnings).toContain("Rates ct-ess/2025-01 are not offered to a new enrollment on 2026-12-03: counted at ct-ess/2026-04.");
  });

  test("the 2026 performance rates are flagged as unconfirmed on every proposal that uses them", () => {
    expect(on("2026-12-03").warnings.some((warning) => warning.startsWith("CT-ESS performance rates of the April 2026 design are not confirmed"))).toBe(true);
    expect(on("2026-03-02").warnings.some((warning) => warning.startsWith("CT-ESS performance rates"))).toBe(false);
  });
});

describe("CT-ESS standard-tier blocks (2025 design)", () => {
  test.each([
    { label: "block 1: 13.5 kWh × $250", block: "1", tier: "standard" as const, isGridEdge: false, upfront: 337_500 },
    { label: "block 2: 13.5 kWh × $212.50 = $2,868.75", block: "2", tier: "standard" as const, isGridEdge: false, upfront: 286_875 },
    { label: "block 3: 13.5 kWh × $162.50 = $2,193.75", block: "3", tier: "standard" as const, isGridEdge: false, upfront: 219_375 },
    { label: "block 2 with Grid Edge: 13.5 kWh × $318.75 = $4,303.125 → $4,303.13", block: "2", tier: "standard" as const, isGridEdge: true, upfront: 430_313 },
    { label: "low income does not decline: 13.5 kWh × $600 in block 3", block: "3", tier: "low-income" as const, isGridEdge: false, upfront: 810_000 },
  ])("$label", ({ block, tier, isGridEdge, upfront }) => {
    const result = computeCtEssUpfront(rates, 13.5, 10_000_000, tier, isGridEdge, block as "1" | "2" | "3");
    expect(result.upfrontCents).toBe(upfront);
    if (tier === "standard") expect(result.explanation).toContain(`block ${block}`);
  });

  test("the block is an input of the program, shown in the explanation", () => {
    const result = runProgram(ctEss, makeContext({ ...CT, batteryCostCents: 10_000_000 }), { upfrontBlock: "3" });
    expect(result.upfrontCents).toBe(219_375);
    expect(result.explanation.some((line) => line.includes("$162.50/kWh (standard, block 3)"))).toBe(true);
  });
});

describe("CT-ESS without solar", () => {
  test("a standalone battery sends its energy to the grid: not capped at the home's load (+$2,556 over 10 years)", () => {
    const standalone = runProgram(ctEss, makeContext({ ...CT, hasSolar: false }), {});
    const withSolar = runProgram(ctEss, makeContext({ ...CT, hasSolar: true }), {});
    // 13.5 kWh × 80% ÷ 3 h = 3.6 kW, × 90% of events = 3.24 kW either way; a 2 kW home-load cap would have given 1.8 kW.
    expect(standalone.averageKw).toEqual({ kw: 3.24, source: "modeled" });
    expect(standalone.annualCents).toEqual(withSolar.annualCents);
    // (3.24 − 1.8) kW × ($225 × 5 + $130 × 5) = $2,556: what the home-load cap used to cost.
    expect(sumOfFirstYears(standalone.annualCents, 10) - Math.round(1.8 * (225 * 5 + 130 * 5) * 100)).toBe(255_600);
    expect(standalone.explanation).toContain("No solar on site: a Connecticut battery may still send its energy to the grid during events");
  });
});

describe("CT-ESS upfront caps", () => {
  test.each([
    {
      label: "the $16,000 cap binds (low income, Grid Edge: 27 kWh × $900 = $24,300; 50% of $40,000 = $20,000)",
      kwh: 27,
      batteryCostCents: 4_000_000,
      tier: "low-income" as const,
      isGridEdge: true,
      upfront: 1_600_000,
      binding: /\$16,000 program cap/,
    },
    {
      label: "50% of battery cost binds (disadvantaged: 13.5 kWh × $450 = $6,075; 50% of $10,000 = $5,000)",
      kwh: 13.5,
      batteryCostCents: 1_000_000,
      tier: "disadvantaged" as const,
      isGridEdge: false,
      upfront: 500_000,
      binding: /50% of battery cost \$10,000/,
    },
    {
      label: "both caps equal: $16,000 = 50% of $32,000 (low income: 40 kWh × $600 = $24,000)",
      kwh: 40,
      batteryCostCents: 3_200_000,
      tier: "low-income" as const,
      isGridEdge: false,
      upfront: 1_600_000,
      binding: /both \$16,000 and 50% of battery cost \$32,000/,
    },
    {
      label: "no cap binds (standard, Grid Edge: 13.5 kWh × $375 = $5,062.50)",
      kwh: 13.5,
      batteryCostCents: 1_500_000,
      tier: "standard" as const,
      isGridEdge: true,
      upfront: 506_250,
      binding: null,
    },
  ])("$label", ({ kwh, batteryCostCents, tier, isGridEdge, upfront, binding }) => {
    const result = computeCtEssUpfront(rates, kwh, batteryCostCents, tier, isGridEdge);
    expect(result.upfrontCents).toBe(upfront);
    if (binding === null) expect(result.capBinding).toBeNull();
    else expect(result.capBinding).toMatch(binding);
  });

  test.each([
    { tier: "standard" as const, isGridEdge: false, dollarsPerKwh: 250 },
    { tier: "standard" as const, isGridEdge: true, dollarsPerKwh: 375 },
    { tier: "disadvantaged" as const, isGridEdge: false, dollarsPerKwh: 450 },
    { tier: "disadvantaged" as const, isGridEdge: true, dollarsPerKwh: 675 },
    { tier: "low-income" as const, isGridEdge: false, dollarsPerKwh: 600 },
    { tier: "low-income" as const, isGridEdge: true, dollarsPerKwh: 900 },
  ])("rate table: $tier, Grid Edge $isGridEdge → $dollarsPerKwh/kWh", ({ tier, isGridEdge, dollarsPerKwh }) => {
    // 1 kWh with a battery cost high enough that no cap binds.
    const result = computeCtEssUpfront(rates, 1, 10_000_000, tier, isGridEdge);
    expect(result.upfrontCents).toBe(dollarsPerKwh * 100);
  });

  const tierArbitrary = fc.constantFrom("standard" as const, "disadvantaged" as const, "low-income" as const);
  const kwhArbitrary = fc.double({ min: 0, max: 200, noNaN: true });
  const costArbitrary = fc.integer({ min: 0, max: 20_000_000 });

  test("property: the upfront never exceeds $16,000, nor 50% of the battery cost, and is never negative", () => {
    fc.assert(
      fc.property(kwhArbitrary, costArbitrary, tierArbitrary, fc.boolean(), (kwh, cost, tier, isGridEdge) => {
        const { upfrontCents } = computeCtEssUpfront(rates, kwh, cost, tier, isGridEdge);
        expect(upfrontCents).toBeGreaterThanOrEqual(0);
        expect(upfrontCents).toBeLessThanOrEqual(1_600_000);
        expect(upfrontCents).toBeLessThanOrEqual(Math.round(cost / 2) + 0.5);
        expect(Number.isInteger(upfrontCents)).toBe(true);
      }),
    );
  });

  test("property: more enrolled kWh never lowers the upfront", () => {
    fc.assert(
      fc.property(kwhArbitrary, kwhArbitrary, costArbitrary, tierArbitrary, fc.boolean(), (a, b, cost, tier, isGridEdge) => {
        const [smaller, larger] = a <= b ? [a, b] : [b, a];
        expect(computeCtEssUpfront(rates, larger, cost, tier, isGridEdge).upfrontCents).toBeGreaterThanOrEqual(
          computeCtEssUpfront(rates, smaller, cost, tier, isGridEdge).upfrontCents,
        );
      }),
    );
  });

  test("property: through the program, more batteries never lower the upfront", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), costArbitrary, (a, b, cost) => {
        const upfront = (count: number) =>
          runProgram(ctEss, makeContext({ ...CT, battery: { ...TYPICAL_BATTERY, count }, batteryCostCents: cost })).upfrontCents;
        expect(upfront(Math.max(a, b))).toBeGreaterThanOrEqual(upfront(Math.min(a, b)));
      }),
      { numRuns: 50 },
    );
  });
});

describe("CT-ESS performance schedule", () => {
  test.each([
    {
      label: "a battery starting in project year 2 is paid in project years 2–11",
      inputs: { averageDeliveredKw: 5, startYear: 2 },
      expected: [0, 112_500, 112_500, 112_500, 112_500, 112_500, 65_000, 65_000, 65_000, 65_000, 65_000, 0],
    },
    {
      label: "paid seasons cut the term short (3 seasons)",
      inputs: { averageDeliveredKw: 5, paidSeasons: 3 },
      expected: [112_500, 112_500, 112_500, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    },
    {
      label: "no cap on the annual payment (20 kW × $225 = $4,500)",
      inputs: { averageDeliveredKw: 20 },
      expected: [450_000, 450_000, 450_000, 450_000, 450_000, 260_000, 260_000, 260_000, 260_000, 260_000, 0, 0],
    },
  ])("$label", ({ inputs, expected }) => {
    const result = runProgram(ctEss, makeContext(CT), inputs);
    expect(result.annualCents.slice(0, expected.length)).toEqual(expected);
    expect(result.annualCents).toHaveLength(25);
  });

  test("without an override, the modeled power is used and said so (one 13.5 kWh battery with solar, 3 h events)", () => {
    const result = runProgram(ctEss, makeContext(CT), {});
    // 13.5 × 80% = 10.8 kWh ÷ 3 h = 3.6 kW; × 90% of events = 3.24 kW; × $225 = $729.
    expect(result.averageKw).toEqual({ kw: 3.24, source: "modeled" });
    expect(result.annualCents[0]).toBe(72_900);
  });

  test("the upfront goes to the contractor, performance payments to the customer", () => {
    expect(ctEss.payee).toEqual({ upfront: "contractor", annual: "customer" });
  });
});
