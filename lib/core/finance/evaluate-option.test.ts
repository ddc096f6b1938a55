import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { programExclusions } from "../programs/exclusions";
import { evaluateOption } from "./evaluate-option";
import { optionInputSchema } from "./option-input";
import type { Financials, OptionInput } from "./option-input";
import { optionInputArbitrary } from "../../../tests/support/finance-arbitraries";

/**
 * The docs/programs.md CT-ESS worked example as a whole option: $40,000 system, $2,400 first-year savings, proposed
 * on 2026-03-02 (the 2025 design, before the April 2026 redesign) and without battery fade, so its figures are the
 * program's published rates (fade has its own tests below and in lib/core/programs/fade.test.ts).
 */
const ctOption: OptionInput = {
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: null },
  system: { pvKw: 8, battery: { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 } },
  costs: { solarCents: 2_400_000, batteryCents: 1_500_000, otherCents: 100_000 },
  billSavingsYear1Cents: 240_000,
  proposalDate: "2026-03-02",
  assumptions: { years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005, batteryFade: 0 },
  programs: [{ id: "ct-ess", inputs: { customerTier: "standard", gridEdge: false, averageDeliveredKw: 5 } }],
  customIncentives: [],
};

describe("evaluateOption: the CT-ESS worked example", () => {
  const evaluation = evaluateOption(ctOption);
  const [ctEss] = evaluation.programs;
  const { withGridServices: withGs, withoutGridServices: withoutGs } = evaluation.financials;

  test("the program result carries the worked example's money", () => {
    expect(ctEss?.eligible).toBe(true);
    expect(ctEss?.upfrontCents).toBe(337_500);
    expect(ctEss?.annualCents.slice(0, 11)).toEqual([...new Array(5).fill(112_500), ...new Array(5).fill(65_000), 0]);
    expect(ctEss?.payee).toEqual({ upfront: "contractor", annual: "customer" });
    expect(ctEss?.averageKw).toEqual({ kw: 5, source: "override" });
  });

  test("the upfront offsets the price with Grid Services only", () => {
    expect(withGs.systemCostCents).toBe(4_000_000);
    expect(withGs.upfrontIncentivesCents).toBe(337_500);
    expect(withGs.netCostCents).toBe(3_662_500);
    expect(withoutGs.upfrontIncentivesCents).toBe(0);
    expect(withoutGs.netCostCents).toBe(4_000_000);
  });

  test("the annual benefit is a separate stream, and year 1 savings = bill + program", () => {
    expect(withGs.programAnnualCents.map((stream) => stream.id)).toEqual(["ct-ess"]);
    expect(withoutGs.programAnnualCents).toEqual([]);
    expect(withGs.annualSavingsCents[0]).toBe(240_000 + 112_500);
    expect(withoutGs.annualSavingsCents[0]).toBe(240_000);
  });

  test("Grid Services shorten the payback and raise NPV and IRR", () => {
    expect(withGs.paybackYears).not.toBeNull();
    expect(withGs.paybackYears!).toBeLessThan(withoutGs.paybackYears!);
    expect(withGs.npvCents).toBeGreaterThan(withoutGs.npvCents);
    expect(withGs.irr!).toBeGreaterThan(withoutGs.irr!);
  });

  test("CT lists CT-ESS as available and enabled", () => {
    expect(evaluation.availablePrograms.map((program) => [program.id, program.isEnabled, program.eligible])).toEqual([["ct-ess", true, true]]);
  });
});

describe("evaluateOption: programs that count for nothing, with a reason", () => {
  test.each([
    {
      label: "a commercial project is ineligible",
      change: { project: { ...ctOption.project, segment: "commercial" as const } },
      reason: /^Commercial project/,
    },
    {
      label: "a project without a battery is ineligible",
      change: { system: { pvKw: 8, battery: null } },
      reason: /^No battery/,
    },
    {
      label: "a battery with zero units is no battery",
      change: { system: { pvKw: 8, battery: { capacityKwh: 13.5, powerKw: 5, count: 0, reservePercent: 20 } } },
      reason: /^No battery/,
    },
    {
      label: "a program of another state is ineligible",
      change: { project: { ...ctOption.project, state: "MA" } },
      reason: /offered in CT; the project is in MA/,
    },
  ])("$label", ({ change, reason }) => {
    const evaluation = evaluateOption({ ...ctOption, ...change });
    const [result] = evaluation.programs;
    expect(result?.eligible).toBe(false);
    expect(result?.isCounted).toBe(false);
    expect(result?.reasons.some((text) => reason.test(text))).toBe(true);
    expect(result?.upfrontCents).toBe(0);
    expect(result?.annualCents.every((cents) => cents === 0)).toBe(true);
    expect(evaluation.financials.withGridServices).toEqual(evaluation.financials.withoutGridServices);
  });

  test("an unknown program id is a result, not an exception", () => {
    const evaluation = evaluateOption({ ...ctOption, programs: [{ id: "nope", inputs: {} }] });
    expect(evaluation.programs[0]).toMatchObject({ id: "nope", isKnown: false, eligible: false, isCounted: false, rateVersion: null });
    expect(evaluation.programs[0]?.reasons[0]).toMatch(/Unknown program "nope"/);
  });

  test("invalid stored inputs give field issues and no benefit, not an exception", () => {
    const evaluation = evaluateOption({ ...ctOption, programs: [{ id: "ct-ess", inputs: { customerTier: "gold", averageDeliveredKw: -1 } }] });
    const [result] = evaluation.programs;
    expect(result?.eligible).toBe(true);
    expect(result?.isCounted).toBe(false);
    expect(result?.inputIssues.map((issue) => issue.path).sort()).toEqual(["averageDeliveredKw", "customerTier"]);
    expect(result?.upfrontCents).toBe(0);
    expect(evaluation.financials.withGridServices.upfrontIncentivesCents).toBe(0);
  });

  test("a program enabled twice is counted once", () => {
    const once = evaluateOption(ctOption);
    const twice = evaluateOption({ ...ctOption, programs: [...ctOption.programs, ...ctOption.programs] });
    expect(twice.programs).toHaveLength(2);
    expect(twice.programs[1]?.isCounted).toBe(false);
    expect(twice.financials).toEqual(once.financials);
  });

  test("a utility that does not run the program warns but still counts", () => {
    const evaluation = evaluateOption({ ...ctOption, project: { ...ctOption.project, utility: "Some Municipal Light" } });
    expect(evaluation.programs[0]?.isCounted).toBe(true);
    expect(evaluation.programs[0]?.warnings[0]).toMatch(/is not one of them/);
  });
});

describe("optionInputSchema", () => {
  test("fills the defaults and yields an OptionInput the engine takes", () => {
    const parsed: OptionInput = optionInputSchema.parse({
      project: { state: "CT", segment: "residential" },
      system: { battery: { capacityKwh: 13.5, powerKw: 5, count: 1 } },
      costs: { solarCents: 0, batteryCents: 1_500_000 },
      billSavingsYear1Cents: 100_000,
    });
    expect(parsed.assumptions).toEqual({ years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005, omCostYearlyCents: 0 });
    expect(parsed.system.battery?.reservePercent).toBe(20);
    expect(evaluateOption(parsed).financials.withGridServices.years).toBe(25);
  });

  test.each([
    { label: "fractional cents", change: { billSavingsYear1Cents: 10.5 }, path: "billSavingsYear1Cents" },
    { label: "a horizon beyond 50 years", change: { assumptions: { years: 80 } }, path: "assumptions.years" },
  ])("refuses $label", ({ change, path }) => {
    const result = optionInputSchema.safeParse({ ...ctOption, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

describe("evaluateOption: custom incentives and sensitivity", () => {
  test("custom incentives count with and without Grid Services", () => {
    const evaluation = evaluateOption({
      ...ctOption,
      customIncentives: [
        { id: "city", name: "City rebate", kind: "upfront", basis: "fixed", amountCents: 50_000 },
        { id: "coop", name: "Co-op credit", kind: "annual", amountCents: 10_000, years: 3 },
      ],
    });
    const { withGridServices, withoutGridServices } = evaluation.financials;
    expect(withGridServices.upfrontIncentivesCents).toBe(337_500 + 50_000);
    expect(withoutGridServices.upfrontIncentivesCents).toBe(50_000);
    expect(withoutGridServices.programAnnualCents.map((stream) => stream.id)).toEqual(["coop"]);
    expect(withGridServices.programAnnualCents.map((stream) => stream.id)).toEqual(["ct-ess", "coop"]);
  });

  describe("a custom incentive tied to a program (the RI contractor-payee price cut)", () => {
    const RI: OptionInput = {
      ...ctOption,
      project: { state: "RI", segment: "residential", utility: "Rhode Island Energy", tariff: null },
      programs: [{ id: "connected-solutions-ri", inputs: { payee: "contractor" } }],
      customIncentives: [
        { id: "cut", name: "Price cut for ConnectedSolutions", kind: "upfront", basis: "fixed", amountCents: 300_000, requiresProgramId: "connected-solutions-ri" },
        { id: "city", name: "City rebate", kind: "upfront", basis: "fixed", amountCents: 50_000, requiresProgramId: null },
      ],
    };

    test.each([
      {
        label: "the program counts: the price cut counts with Grid Services, and 'without Grid Services' drops it",
        option: RI,
        withUpfront: 350_000,
        withoutUpfront: 50_000,
        cutCounted: true,
      },
      {
        label: "the program is not enabled: the price cut counts nowhere, with the reason",
        option: { ...RI, programs: [] },
        withUpfront: 50_000,
        withoutUpfront: 50_000,
        cutCounted: false,
      },
      {
        label: "the program is ineligible (a commercial project): the price cut counts nowhere",
        option: { ...RI, project: { ...RI.project, segment: "commercial" as const } },
        withUpfront: 50_000,
        withoutUpfront: 50_000,
        cutCounted: false,
      },
    ])("$label", ({ option, withUpfront, withoutUpfront, cutCounted }) => {
      const evaluation = evaluateOption(option);
      expect(evaluation.financials.withGridServices.upfrontIncentivesCents).toBe(withUpfront);
      expect(evaluation.financials.withoutGridServices.upfrontIncentivesCents).toBe(withoutUpfront);
      const cut = evaluation.customIncentives.find((incentive) => incentive.id === "cut")!;
      expect(cut.isCounted).toBe(cutCounted);
      if (!cutCounted) expect(cut.explanation).toEqual(["Price cut for ConnectedSolutions: not counted, it comes with ConnectedSolutions RI, which does not count on this option"]);
    });

    test("the value of Grid Services includes the whole price cut", () => {
      const { withGridServices, withoutGridServices } = evaluateOption(RI).financials;
      expect(withoutGridServices.netCostCents - withGridServices.netCostCents).toBe(300_000);
    });
  });

  test("battery fade: the default (3% a year) lowers later program payments, never the first year's", () => {
    const modeled = { ...ctOption, programs: [{ id: "ct-ess", inputs: {} }] };
    const unfaded = evaluateOption(modeled).programs[0]!.annualCents;
    const faded = evaluateOption({ ...modeled, assumptions: { ...modeled.assumptions, batteryFade: undefined } }).programs[0]!.annualCents;
    expect(faded[0]).toBe(unfaded[0]);
    expect(faded[8]!).toBeLessThan(unfaded[8]!);
    expect(faded.slice(10).every((cents) => cents === 0)).toBe(true);
  });

  test("participation: low ≤ expected ≤ high for a modeled program", () => {
    const yearOne = (participation: "low" | "expected" | "high") =>
      evaluateOption({ ...ctOption, participation, programs: [{ id: "ct-ess", inputs: {} }] }).programs[0]!.annualCents[0]!;
    expect(yearOne("low")).toBeLessThan(yearOne("expected"));
    expect(yearOne("expected")).toBeLessThan(yearOne("high"));
  });

  test("California lists both programs, enabled or not, with DSGS's funding warning", () => {
    const evaluation = evaluateOption({
      ...ctOption,
      project: { state: "CA", segment: "residential", utility: "PG&E", tariff: "NEM2" },
      programs: [{ id: "elrp", inputs: {} }],
    });
    expect(evaluation.availablePrograms.map((program) => [program.id, program.isEnabled])).toEqual([
      ["elrp", true],
      ["dsgs", false],
    ]);
    const dsgs = evaluation.availablePrograms[1]!;
    expect(dsgs.eligible).toBe(true);
    expect(dsgs.warnings.some((warning) => warning.startsWith("Funding uncertain"))).toBe(true);
    expect(dsgs.warnings.some((warning) => warning.includes("PG&E is not one of them"))).toBe(true);
  });
});

/** A PG&E customer: 8 kW of solar, one 13.5 kWh / 5 kW battery (20% reserve), NEM 2.0, proposal before the 2026 season. */
const pgeOption: OptionInput = {
  ...ctOption,
  project: { state: "CA", segment: "residential", utility: "PG&E", tariff: "NEM2" },
  costs: { solarCents: 2_400_000, batteryCents: 1_500_000, otherCents: 0 },
  programs: [],
  proposalDate: "2026-03-02",
};
const ELRP = { id: "elrp", inputs: {} };
const DSGS = { id: "dsgs", inputs: {} };

describe("evaluateOption: ELRP and DSGS exclude each other", () => {
  // Hand-computed, one season each: ELRP credits 4.5 kW − 2 kW × 90% = 2.7 kW × 40 h = 108 kWh × $2 = $216;
  // DSGS (NEM 2.0, no export) pays 2 kW × 90% = 1.8 kW × $100 = $180.
  test.each([
    {
      label: "ELRP then DSGS on a PG&E project: ELRP counts, DSGS explains why not",
      programs: [ELRP, DSGS],
      counted: "elrp",
      countedCents: 21_600,
      setAside: "dsgs",
      setAsideCents: 18_000,
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first, so DSGS is not counted.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first.",
    },
    {
      label: "DSGS then ELRP: DSGS counts",
      programs: [DSGS, ELRP],
      counted: "dsgs",
      countedCents: 18_000,
      setAside: "elrp",
      setAsideCents: 21_600,
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; DSGS was enabled first, so ELRP is not counted.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; DSGS was enabled first.",
    },
    {
      label: "listed ELRP first (catalog order) but DSGS enabled first (enabledOrder): DSGS counts",
      programs: [{ ...ELRP, enabledOrder: 1 }, { ...DSGS, enabledOrder: 0 }],
      counted: "dsgs",
      countedCents: 18_000,
      setAside: "elrp",
      setAsideCents: 21_600,
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; DSGS was enabled first, so ELRP is not counted.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; DSGS was enabled first.",
    },
  ])("$label", ({ programs, counted, countedCents, setAside, setAsideCents, countedLine, setAsideLine }) => {
    const evaluation = evaluateOption({ ...pgeOption, programs });
    const byId = (id: string) => evaluation.programs.find((result) => result.id === id)!;
    expect(evaluation.programs.map((result) => result.id)).toEqual(programs.map((program) => program.id));
    expect(byId(counted)).toMatchObject({ isCounted: true, benefitIfCounted: null });
    expect(byId(counted).annualCents[0]).toBe(countedCents);
    expect(byId(counted).explanation[0]).toBe(countedLine);
    expect(byId(setAside)).toMatchObject({ isCounted: false, upfrontCents: 0 });
    expect(byId(setAside).annualCents.every((cents) => cents === 0)).toBe(true);
    expect(byId(setAside).benefitIfCounted?.annualCents[0]).toBe(setAsideCents);
    expect(byId(setAside).explanation[0]).toBe(setAsideLine);
    expect(evaluation.conflicts).toMatchObject([{ countedId: counted, notCountedId: setAside, decidedBy: "enabled-first" }]);
    // Only the counted program's money is in the financials: as if it were enabled alone.
    const alone = evaluateOption({ ...pgeOption, programs: [programs.find((program) => program.id === counted)!] });
    expect(evaluation.financials).toEqual(alone.financials);
  });

  // The installer's choice ("Count DSGS instead") decides over the order of enabling; without it, the order decides.
  test.each([
    {
      label: "ELRP enabled first, the installer chose DSGS: the choice beats enabled-first",
      programs: [{ ...ELRP, enabledOrder: 0 }, { ...DSGS, enabledOrder: 1, preferred: true }],
      counted: "dsgs",
      setAside: "elrp",
      decidedBy: "installer-choice",
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; the installer chose DSGS.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; the installer chose DSGS.",
    },
    {
      label: "listed first without an order, the installer chose the later one: the choice beats list order",
      programs: [ELRP, { ...DSGS, preferred: true }],
      counted: "dsgs",
      setAside: "elrp",
      decidedBy: "installer-choice",
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; the installer chose DSGS.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; the installer chose DSGS.",
    },
    {
      label: "the installer chose the one enabled first anyway: the choice is what the messages name",
      programs: [{ ...ELRP, enabledOrder: 0, preferred: true }, { ...DSGS, enabledOrder: 1 }],
      counted: "elrp",
      setAside: "dsgs",
      decidedBy: "installer-choice",
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; the installer chose ELRP.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; the installer chose ELRP.",
    },
    {
      // Boundary: the data layer keeps one choice per pair, but stale rows must still count exactly one.
      label: "both chosen: the choice cannot tell them apart, so the one enabled first counts",
      programs: [{ ...ELRP, enabledOrder: 1, preferred: true }, { ...DSGS, enabledOrder: 0, preferred: true }],
      counted: "dsgs",
      setAside: "elrp",
      decidedBy: "enabled-first",
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; DSGS was enabled first, so ELRP is not counted.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; DSGS was enabled first.",
    },
    {
      label: "preferred: false is no choice: the one enabled first counts",
      programs: [{ ...ELRP, enabledOrder: 0, preferred: false }, { ...DSGS, enabledOrder: 1, preferred: false }],
      counted: "elrp",
      setAside: "dsgs",
      decidedBy: "enabled-first",
      countedLine: "Counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first, so DSGS is not counted.",
      setAsideLine: "Not counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first.",
    },
  ])("$label", ({ programs, counted, setAside, decidedBy, countedLine, setAsideLine }) => {
    const evaluation = evaluateOption({ ...pgeOption, programs });
    const byId = (id: string) => evaluation.programs.find((result) => result.id === id)!;
    expect(byId(counted)).toMatchObject({ isCounted: true, benefitIfCounted: null });
    expect(byId(counted).explanation[0]).toBe(countedLine);
    expect(byId(setAside)).toMatchObject({ isCounted: false, upfrontCents: 0 });
    expect(byId(setAside).benefitIfCounted).not.toBeNull();
    expect(byId(setAside).explanation[0]).toBe(setAsideLine);
    expect(evaluation.conflicts).toEqual([expect.objectContaining({ countedId: counted, notCountedId: setAside, decidedBy, countedMessage: countedLine, notCountedMessage: setAsideLine })]);
    expect(byId(counted).conflicts).toEqual(evaluation.conflicts);
    expect(byId(setAside).conflicts).toEqual(evaluation.conflicts);
  });

  test("a choice that cannot count (invalid inputs) sets nothing aside: the other counts, with no conflict", () => {
    const evaluation = evaluateOption({ ...pgeOption, programs: [{ id: "elrp", inputs: {}, enabledOrder: 0 }, { id: "dsgs", inputs: { paidSeasons: -1 }, enabledOrder: 1, preferred: true }] });
    expect(evaluation.programs.map((result) => result.isCounted)).toEqual([true, false]);
    expect(evaluation.conflicts).toEqual([]);
  });

  test("the schema accepts a choice and refuses a choice that is not a boolean", () => {
    const programs = optionInputSchema.shape.programs;
    expect(programs.safeParse([{ id: "dsgs", inputs: {}, preferred: true }]).success).toBe(true);
    expect(programs.safeParse([{ id: "dsgs", inputs: {} }]).success).toBe(true);
    expect(programs.safeParse([{ id: "dsgs", inputs: {}, preferred: "yes" }]).success).toBe(false);
  });

  test("a PG&E project counting DSGS gets the guidance as a warning; an SCE project counting DSGS does not", () => {
    const pge = evaluateOption({ ...pgeOption, programs: [DSGS, ELRP] }).programs.find((result) => result.id === "dsgs")!;
    expect(pge.warnings).toContain("Enable ELRP for PG&E customers, DSGS for SCE and SDG&E customers. This PG&E project counts DSGS: choose \"Count ELRP instead\", or switch DSGS off.");
    const sce = evaluateOption({ ...pgeOption, project: { ...pgeOption.project, utility: "SCE" }, programs: [DSGS, ELRP] }).programs.find((result) => result.id === "dsgs")!;
    expect(sce.warnings.some((warning) => warning.startsWith("Enable ELRP for PG&E"))).toBe(false);
  });

  test("an excluded program that cannot count (invalid inputs) sets nothing aside: the other counts, with no conflict", () => {
    const evaluation = evaluateOption({ ...pgeOption, programs: [{ id: "elrp", inputs: { averageDeliveredKw: -1 } }, DSGS] });
    expect(evaluation.programs.map((result) => result.isCounted)).toEqual([false, true]);
    expect(evaluation.conflicts).toEqual([]);
  });

  test("property: for any set of enabled programs and inputs, two excluded programs are never both counted, and one counts whenever either could", () => {
    const entries = fc.array(
      fc.record({
        id: fc.constantFrom("elrp", "dsgs", "ct-ess", "connected-solutions-ma"),
        inputs: fc.record({ averageDeliveredKw: fc.double({ min: -1, max: 20, noNaN: true }), paidSeasons: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }),
        enabledOrder: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        // The installer's choice, on none, one or (stale rows) both of a pair.
        preferred: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(optionInputArbitrary, entries, fc.boolean(), (input, extra, isCalifornia) => {
        const option = { ...input, ...(isCalifornia ? { project: { ...input.project, state: "CA" } } : {}), programs: [...input.programs, ...extra] };
        const evaluation = evaluateOption(option);
        for (const exclusion of programExclusions) {
          const [a, b] = exclusion.programIds;
          const counted = evaluation.programs.filter((result) => result.isCounted && (result.id === a || result.id === b));
          expect(counted.length).toBeLessThanOrEqual(1);
          // Either program would have counted on its own: then exactly one of them does.
          const couldCount = evaluation.programs.filter((result) => (result.id === a || result.id === b) && (result.isCounted || result.benefitIfCounted !== null));
          if (couldCount.length > 0) expect(counted).toHaveLength(1);
        }
        // A conflict decided by the choice counts a chosen program over one that was not chosen.
        for (const conflict of evaluation.conflicts) {
          if (conflict.decidedBy !== "installer-choice") continue;
          expect(option.programs.some((entry) => entry.id === conflict.countedId && entry.preferred === true)).toBe(true);
        }
        // What is set aside is out of the financials: the counted results alone make up the program money.
        const counted = evaluation.programs.filter((result) => result.isCounted);
        expect(evaluation.financials.withGridServices.programAnnualCents.filter((stream) => counted.some((result) => result.id === stream.id))).toHaveLength(counted.length);
      }),
      { numRuns: 500 },
    );
  });
});

function expectSumOfParts(financials: Financials): void {
  const { years } = financials;
  expect(financials.billSavingsCents).toHaveLength(years);
  expect(financials.omCostCents).toHaveLength(years);
  expect(financials.annualSavingsCents).toHaveLength(years);
  expect(financials.cumulativeCashFlowCents).toHaveLength(years + 1);
  expect(financials.netCostCents).toBe(financials.systemCostCents - financials.upfrontIncentivesCents);
  let cumulative = -financials.netCostCents;
  let lifetime = 0;
  let tenYears = 0;
  expect(financials.cumulativeCashFlowCents[0]).toBe(cumulative);
  for (let index = 0; index < years; index++) {
    let expected = financials.billSavingsCents[index]! - financials.omCostCents[index]!;
    for (const stream of financials.programAnnualCents) expected += stream.cents[index]!;
    const actual = financials.annualSavingsCents[index]!;
    expect(Number.isInteger(actual)).toBe(true);
    expect(actual).toBe(expected);
    cumulative += actual;
    lifetime += actual;
    if (index < 10) tenYears += actual;
    expect(financials.cumulativeCashFlowCents[index + 1]).toBe(cumulative);
  }
  expect(financials.lifetimeSavingsCents).toBe(lifetime);
  expect(financials.tenYearSavingsCents).toBe(tenYears);
  expect(Number.isInteger(financials.npvCents)).toBe(true);
}

describe("evaluateOption properties", () => {
  test("property: never throws, and is deterministic", () => {
    fc.assert(
      fc.property(optionInputArbitrary, (input) => {
        expect(evaluateOption(input)).toEqual(evaluateOption(input));
      }),
      { numRuns: 200 },
    );
  });

  test("property: no benefit is negative, and every amount is whole cents", () => {
    fc.assert(
      fc.property(optionInputArbitrary, (input) => {
        const evaluation = evaluateOption(input);
        for (const result of [...evaluation.programs, ...evaluation.customIncentives]) {
          expect(result.upfrontCents).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(result.upfrontCents)).toBe(true);
          expect(result.annualCents).toHaveLength(input.assumptions.years);
          for (const cents of result.annualCents) {
            expect(cents).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(cents)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("property: payback with Grid Services is never later than without (never = later than any year)", () => {
    fc.assert(
      fc.property(optionInputArbitrary, (input) => {
        const { withGridServices, withoutGridServices } = evaluateOption(input).financials;
        const withGs = withGridServices.paybackYears ?? Number.POSITIVE_INFINITY;
        const withoutGs = withoutGridServices.paybackYears ?? Number.POSITIVE_INFINITY;
        expect(withGs).toBeLessThanOrEqual(withoutGs);
        // NPVs are rounded separately: at most a cent apart in the wrong direction.
        expect(withGridServices.npvCents).toBeGreaterThanOrEqual(withoutGridServices.npvCents - 1);
      }),
      { numRuns: 300 },
    );
  });

  test("property: every total equals the sum of its parts to the cent", () => {
    fc.assert(
      fc.property(optionInputArbitrary, (input) => {
        const evaluation = evaluateOption(input);
        const { withGridServices, withoutGridServices } = evaluation.financials;
        expectSumOfParts(withGridServices);
        expectSumOfParts(withoutGridServices);
        const counted = evaluation.programs.filter((result) => result.isCounted);
        const customUpfront = evaluation.customIncentives.reduce((sum, incentive) => sum + incentive.upfrontCents, 0);
        const programUpfront = counted.reduce((sum, result) => sum + result.upfrontCents, 0);
        expect(withGridServices.upfrontIncentivesCents).toBe(programUpfront + customUpfront);
        expect(withoutGridServices.upfrontIncentivesCents).toBe(customUpfront);
        expect(withGridServices.systemCostCents).toBe(input.costs.solarCents + input.costs.batteryCents + input.costs.otherCents);
      }),
      { numRuns: 300 },
    );
  });
});

describe("evaluateOption: bill savings from the bill model (billsYear1)", () => {
  const modelled: OptionInput = { ...ctOption, billSavingsYear1Cents: 240_000, billsYear1: { solarCents: 200_000, batteryCents: 40_000, gridServicesCents: -5_000 } };
  const { withGridServices: withGs, withoutGridServices: withoutGs } = evaluateOption(modelled).financials;

  test("year 1 is solar + battery; later years degrade the solar share only", () => {
    expect(withoutGs.billSavingsCents[0]).toBe(240_000);
    // Year 2: 200,000 × 1.03 × 0.995 + 40,000 × 1.03 = 204,970 + 41,200.
    expect(withoutGs.billSavingsCents[1]).toBe(204_970 + 41_200);
    const typed = evaluateOption({ ...ctOption, billSavingsYear1Cents: 240_000 }).financials.withoutGridServices;
    // Typed, all of it degrades: 240,000 × 1.03 × 0.995 = 245,964.
    expect(typed.billSavingsCents[1]).toBe(245_964);
  });

  test("the events' cost on the bill counts with Grid Services only, in the years CT-ESS pays (1 to 10)", () => {
    const difference = withGs.billSavingsCents.map((cents, index) => cents - withoutGs.billSavingsCents[index]!);
    expect(difference[0]).toBe(-5_000);
    expect(difference[1]).toBe(-5_150);
    expect(difference.slice(10)).toEqual(new Array(15).fill(0));
    expect(difference.slice(0, 10).every((cents) => cents < 0)).toBe(true);
  });

  test("without counted programs the events change nothing", () => {
    const financials = evaluateOption({ ...modelled, programs: [] }).financials;
    expect(financials.withGridServices.billSavingsCents).toEqual(financials.withoutGridServices.billSavingsCents);
  });

  test("the schema accepts it and refuses fractional cents", () => {
    expect(optionInputSchema.safeParse(modelled).success).toBe(true);
    expect(optionInputSchema.safeParse({ ...modelled, billsYear1: { solarCents: 1.5, batteryCents: 0, gridServicesCents: 0 } }).success).toBe(false);
  });
});
