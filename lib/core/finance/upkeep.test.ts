/**
 * Upkeep in the engine: O&M with its own escalator and battery and inverter replacements in the years their warranty
 * runs out (docs/engine.md, "Upkeep and replacements"). The schedule itself is lib/core/financing/replacements.ts; these
 * tests check that the engine counts it, to the cent, and that an option without the new inputs is priced as before.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ReplacementInput } from "../financing/replacements";
import { evaluateOption } from "./evaluate-option";
import { optionInputSchema } from "./option-input";
import type { Financials, OptionInput } from "./option-input";
import { optionInputArbitrary } from "../../../tests/support/finance-arbitraries";

/** The CT-ESS worked example of evaluate-option.test.ts, with $200 of O&M a year. */
const ctOption: OptionInput = {
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: null },
  system: { pvKw: 8, battery: { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 } },
  costs: { solarCents: 2_400_000, batteryCents: 1_500_000, otherCents: 100_000 },
  billSavingsYear1Cents: 240_000,
  proposalDate: "2026-03-02",
  assumptions: { years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005, batteryFade: 0, omCostYearlyCents: 20_000 },
  programs: [{ id: "ct-ess", inputs: { customerTier: "standard", gridEdge: false, averageDeliveredKw: 5 } }],
  customIncentives: [],
};

const withAssumptions = (change: Partial<OptionInput["assumptions"]>): OptionInput => ({ ...ctOption, assumptions: { ...ctOption.assumptions, ...change } });
const battery = (costCents: number, extra: Partial<ReplacementInput> = {}): ReplacementInput => ({ component: "battery", costCents, ...extra });
const inverter = (costCents: number, extra: Partial<ReplacementInput> = {}): ReplacementInput => ({ component: "inverter", costCents, ...extra });

describe("without the new inputs every figure is unchanged", () => {
  // Pinned from the engine as it was before upkeep existed (flat O&M, no replacements), on the fixture above.
  test.each([
    { label: "with Grid Services", key: "withGridServices" as const, lifetime: 8_569_455, tenYear: 3_374_461, npv: 1_100_595, payback: 11.004307152999042, irr: 0.077716425680889, year11: 286_771 },
    { label: "without Grid Services", key: "withoutGridServices" as const, lifetime: 7_681_955, tenYear: 2_486_961, npv: 55_533, payback: 15.003160674236375, irr: 0.05122736003861289, year11: 286_771 },
  ])("$label: the figures of the engine before upkeep", ({ key, lifetime, tenYear, npv, payback, irr, year11 }) => {
    const financials = evaluateOption(ctOption).financials[key];
    expect(financials.lifetimeSavingsCents).toBe(lifetime);
    expect(financials.tenYearSavingsCents).toBe(tenYear);
    expect(financials.npvCents).toBe(npv);
    expect(financials.paybackYears).toBeCloseTo(payback, 12);
    expect(financials.irr).toBeCloseTo(irr, 12);
    expect(financials.annualSavingsCents[10]).toBe(year11);
    expect(financials.omCostCents).toEqual(new Array(25).fill(20_000));
    expect(financials.upkeepCents).toEqual(financials.omCostCents);
  });

  test("the defaults written out (no escalation, no replacements) price the same as leaving them out", () => {
    const { upkeep: _explicitUpkeep, ...explicit } = evaluateOption(withAssumptions({ omEscalation: 0, replacements: [] }));
    const { upkeep: _plainUpkeep, ...plain } = evaluateOption(ctOption);
    expect(explicit).toEqual(plain);
  });

  test("property: for any option without them, upkeep is the flat O&M and each year saves bill + streams − O&M", () => {
    fc.assert(
      fc.property(optionInputArbitrary, (input) => {
        const { financials, upkeep } = evaluateOption(input);
        const om = input.assumptions.omCostYearlyCents ?? 0;
        expect(upkeep.replacements).toEqual([]);
        for (const result of [financials.withGridServices, financials.withoutGridServices]) {
          expect(result.omCostCents).toEqual(new Array(input.assumptions.years).fill(om));
          expect(result.upkeepCents).toEqual(result.omCostCents);
          result.annualSavingsCents.forEach((cents, index) => {
            let expected = result.billSavingsCents[index]! - om;
            for (const stream of result.programAnnualCents) expected += stream.cents[index]!;
            expect(cents).toBe(expected);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  test("the schema leaves them out when they are not given", () => {
    const parsed = optionInputSchema.parse({ ...ctOption, assumptions: { years: 25 } });
    expect(parsed.assumptions).not.toHaveProperty("omEscalation");
    expect(parsed.assumptions).not.toHaveProperty("replacements");
  });
});

describe("O&M with its own escalator", () => {
  // $200 × 1.025^(y − 1), each year rounded once from the exact product: 200, 205, 210.125 → 210.13, 215.378125 → 215.38.
  test.each([
    { label: "year 1 is the year-1 cost", year: 1, cents: 20_000 },
    { label: "year 2: $200 × 1.025", year: 2, cents: 20_500 },
    { label: "year 3: $200 × 1.025² = $210.125, rounded half up", year: 3, cents: 21_013 },
    { label: "year 4: $200 × 1.025³ = $215.378125", year: 4, cents: 21_538 },
    { label: "year 25: $200 × 1.025²⁴ = $361.7452…", year: 25, cents: 36_175 },
  ])("$label", ({ year, cents }) => {
    const financials = evaluateOption(withAssumptions({ omEscalation: 0.025 })).financials.withGridServices;
    expect(financials.omCostCents[year - 1]).toBe(cents);
    expect(financials.upkeepCents[year - 1]).toBe(cents);
  });

  test("each year's savings fall by exactly the escalated O&M over the flat one", () => {
    const flat = evaluateOption(ctOption).financials.withGridServices;
    const escalated = evaluateOption(withAssumptions({ omEscalation: 0.025 })).financials.withGridServices;
    expect(flat.annualSavingsCents[2]! - escalated.annualSavingsCents[2]!).toBe(21_013 - 20_000);
    expect(escalated.annualSavingsCents[0]).toBe(flat.annualSavingsCents[0]);
  });

  test("the explanation states the year-1 cost, the escalator and the last year's cost", () => {
    expect(evaluateOption(withAssumptions({ omEscalation: 0.025 })).upkeep.explanation).toEqual(["O&M: $200 in year 1, rising 2.5% a year ($361.75 in year 25)."]);
  });
});

describe("battery and inverter replacements", () => {
  const flat = evaluateOption(ctOption).financials;
  const dropBy = (financials: Financials, year: number) => flat.withGridServices.annualSavingsCents[year - 1]! - financials.annualSavingsCents[year - 1]!;

  test.each([
    { label: "a $9,000 battery (10-year default warranty) in year 11 drops year 11 by exactly $9,000", replacements: [battery(900_000)], year: 11, drop: 900_000 },
    { label: "…and again in year 21, its next warranty term", replacements: [battery(900_000)], year: 21, drop: 900_000 },
    { label: "…and not in the years between", replacements: [battery(900_000)], year: 12, drop: 0 },
    { label: "a battery that is replaced once only: nothing in year 21", replacements: [battery(900_000, { repeats: false })], year: 21, drop: 0 },
    { label: "a 15-year warranty: replaced in year 16", replacements: [battery(900_000, { warrantyYears: 15 })], year: 16, drop: 900_000 },
    { label: "a $2,500 inverter (12-year default) in year 13", replacements: [inverter(250_000)], year: 13, drop: 250_000 },
    { label: "…and in year 25, the last of the horizon (no salvage value)", replacements: [inverter(250_000)], year: 25, drop: 250_000 },
    { label: "battery and inverter due the same year add up", replacements: [battery(900_000, { warrantyYears: 12 }), inverter(250_000)], year: 13, drop: 1_150_000 },
    { label: "a price rising 2% a year: $9,000 × 1.02¹⁰ = $10,970.9498 in year 11", replacements: [battery(900_000, { costEscalator: 0.02 })], year: 11, drop: 1_097_095 },
    { label: "a replacement with no price is stated, not counted", replacements: [battery(0)], year: 11, drop: 0 },
  ])("$label", ({ replacements, year, drop }) => {
    const financials = evaluateOption(withAssumptions({ replacements })).financials.withGridServices;
    expect(dropBy(financials, year)).toBe(drop);
    expect(financials.upkeepCents[year - 1]).toBe(20_000 + drop);
    expect(financials.omCostCents[year - 1]).toBe(20_000);
  });

  test("with and without Grid Services carry the same replacements, so the value of Grid Services is unchanged", () => {
    const replaced = evaluateOption(withAssumptions({ replacements: [battery(900_000)] })).financials;
    expect(replaced.withGridServices.upkeepCents).toEqual(replaced.withoutGridServices.upkeepCents);
    expect(replaced.withGridServices.lifetimeSavingsCents - replaced.withoutGridServices.lifetimeSavingsCents).toBe(
      flat.withGridServices.lifetimeSavingsCents - flat.withoutGridServices.lifetimeSavingsCents,
    );
    // Two $9,000 replacements over 25 years.
    expect(flat.withGridServices.lifetimeSavingsCents - replaced.withGridServices.lifetimeSavingsCents).toBe(1_800_000);
    expect(replaced.withGridServices.cumulativeCashFlowCents[25]).toBe(flat.withGridServices.cumulativeCashFlowCents[25]! - 1_800_000);
  });

  test("a replacement lowers NPV and pushes payback no earlier", () => {
    const replaced = evaluateOption(withAssumptions({ replacements: [battery(900_000)] })).financials.withGridServices;
    expect(replaced.npvCents).toBeLessThan(flat.withGridServices.npvCents);
    expect(replaced.paybackYears!).toBeGreaterThanOrEqual(flat.withGridServices.paybackYears!);
  });

  test("the explanation names each replacement's year and cost, and where a default warranty comes from", () => {
    const { upkeep } = evaluateOption(withAssumptions({ replacements: [battery(900_000), inverter(250_000, { warrantyYears: 25 })] }));
    expect(upkeep.replacements).toEqual([
      { component: "battery", years: [11, 21] },
      { component: "inverter", years: [] },
    ]);
    expect(upkeep.explanation[0]).toMatch(/^Battery: replaced after its 10-year warranty \(default: EnergySage.*\), year 11: \$9,000; year 21: \$9,000 \(today's price\)\.$/);
    expect(upkeep.explanation[1]).toBe("Inverter: its 25-year warranty outlasts the 25-year horizon, so no replacement is counted.");
    expect(upkeep.explanation[2]).toBe("O&M: $200 a year.");
  });

  test("property: with any replacements and O&M escalator, Grid Services never make payback later, and each year saves bill + streams − upkeep", () => {
    const upkeepArbitrary = fc.record({
      omEscalation: fc.double({ min: 0, max: 0.1, noNaN: true }),
      replacements: fc.array(
        fc.record(
          {
            component: fc.constantFrom("battery" as const, "inverter" as const),
            costCents: fc.integer({ min: 0, max: 2_000_000 }),
            warrantyYears: fc.integer({ min: 1, max: 30 }),
            repeats: fc.boolean(),
            costEscalator: fc.double({ min: 0, max: 0.05, noNaN: true }),
          },
          { requiredKeys: ["component", "costCents"] },
        ),
        { maxLength: 2 },
      ),
    });
    fc.assert(
      fc.property(optionInputArbitrary, upkeepArbitrary, (base, extra) => {
        const input: OptionInput = { ...base, assumptions: { ...base.assumptions, ...extra } };
        const { withGridServices, withoutGridServices } = evaluateOption(input).financials;
        expect(withGridServices.paybackYears ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(withoutGridServices.paybackYears ?? Number.POSITIVE_INFINITY);
        expect(withGridServices.npvCents).toBeGreaterThanOrEqual(withoutGridServices.npvCents - 1);
        for (const financials of [withGridServices, withoutGridServices]) {
          expect(financials.upkeepCents).toHaveLength(input.assumptions.years);
          financials.annualSavingsCents.forEach((cents, index) => {
            expect(Number.isInteger(financials.upkeepCents[index])).toBe(true);
            expect(financials.upkeepCents[index]).toBeGreaterThanOrEqual(financials.omCostCents[index]!);
            let expected = financials.billSavingsCents[index]! - financials.upkeepCents[index]!;
            for (const stream of financials.programAnnualCents) expected += stream.cents[index]!;
            expect(cents).toBe(expected);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
