/**
 * A finalized version is rendered from its snapshot alone. The engine (lib/finance evaluateOption) and the program
 * catalog (lib/programs/registry) are wrapped here so that a test can change the catalog's rates ("changed": every
 * program pays twice as much, under a new rate version) or break the engine outright ("broken": any call throws).
 * Building the document models (pricing, savings table and CSV, charts, assumptions, battery line, headline
 * figures) from a stored snapshot must give the same figures after either change, without a single engine call.
 */
import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { ProgramDefinition } from "../core/programs/types";
import { evaluateStoredOption } from "./evaluate";
import { buildAssumptions } from "./assumptions";
import { describeBattery } from "./battery-summary";
import { cashFlowSeries, savingsBySourceSeries } from "./chart-data";
import { buildPricingTable } from "./pricing";
import { buildSavingsTable, savingsTableToCsv } from "./savings-table";
import { buildProposalPreview } from "./summary";
import { buildSnapshot, readSnapshot, SNAPSHOT_FORMAT, versionViewOf, type VersionOption, type VersionSnapshot } from "./snapshot";
import { proposalViewOf } from "./evaluate";

type EngineMode = "real" | "changed" | "broken";
const engine = vi.hoisted(() => ({ mode: "real" as EngineMode, evaluateCalls: 0, catalogCalls: 0 }));

vi.mock("../core/finance", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../core/finance")>();
  return {
    ...actual,
    evaluateOption: (...args: Parameters<typeof actual.evaluateOption>) => {
      engine.evaluateCalls += 1;
      if (engine.mode === "broken") throw new Error("the engine was called while rendering a finalized version");
      return actual.evaluateOption(...args);
    },
  };
});

vi.mock("../core/programs/registry", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../core/programs/registry")>();
  /** The same program, with this year's (doubled) rates under a new rate version. */
  const withNewRates = (program: ProgramDefinition): ProgramDefinition =>
    ({
      ...program,
      compute: (context: Parameters<ProgramDefinition["compute"]>[0], inputs: unknown) => {
        const result = program.compute(context, inputs as never);
        return {
          ...result,
          upfrontCents: result.upfrontCents * 2,
          annualCents: result.annualCents.map((cents) => cents * 2),
          rateVersion: { ...result.rateVersion, id: `${result.rateVersion.id}-revised`, effectiveDate: "2031-01-01", sourceTitle: "Revised rates" },
        };
      },
    }) as ProgramDefinition;
  const lookedUp = () => {
    engine.catalogCalls += 1;
    if (engine.mode === "broken") throw new Error("the program catalog was read while rendering a finalized version");
  };
  return {
    ...actual,
    getProgram: (id: string) => {
      lookedUp();
      const program = actual.getProgram(id);
      return program && engine.mode === "changed" ? withNewRates(program) : program;
    },
    programsForState: (state: string) => {
      lookedUp();
      const programs = actual.programsForState(state);
      return engine.mode === "changed" ? programs.map(withNewRates) : programs;
    },
  };
});

afterEach(() => {
  engine.mode = "real";
  engine.evaluateCalls = 0;
  engine.catalogCalls = 0;
});

/** The CT-ESS worked example (13.5 kWh battery, $15,000) with a town rebate and a yearly credit. */
const ctOption: VersionOption = {
  name: "Solar + battery",
  pvKw: 8,
  annualProductionKwh: 9600,
  batteryModel: "Powerwall 3",
  batteryCapacityKwh: 13.5,
  batteryPowerKw: 11.5,
  batteryCount: 1,
  reservePercent: 20,
  solarCostCents: 2_400_000,
  batteryCostCents: 1_500_000,
  otherCostCents: 125_050,
  billSavingsYear1Cents: 210_000,
  horizonYears: 25,
  utilityEscalationPercent: 3,
  discountRatePercent: 5,
  degradationPercent: 0.5,
  omCostYearlyCents: 15_000,
  project: { customerName: "Dana Whitfield", street: "12 Elm Street", city: "Hartford", zip: "06103", state: "CT", segment: "residential", utility: "Eversource", tariff: "other" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: { customerTier: "standard", gridEdge: false, averageDeliveredKw: 5 } }],
  customIncentives: [
    { id: "town", name: "Town rebate", kind: "upfront", basis: "fixed", amountCents: 50_000, capCents: null, years: null },
    { id: "credit", name: "Yearly credit", kind: "annual", basis: "fixed", amountCents: 12_000, capCents: null, years: 5 },
  ],
};

/** Everything ProposalDocument computes from a snapshot, as plain data. */
function documentModels(snapshot: VersionSnapshot) {
  const { option, evaluation } = snapshot;
  const { withGridServices, withoutGridServices } = evaluation.financials;
  const savings = buildSavingsTable(withGridServices);
  return {
    pricing: buildPricingTable({ solarCents: option.solarCostCents, batteryCents: option.batteryCostCents, otherCents: option.otherCostCents }, evaluation),
    headline: buildProposalPreview(option, evaluation),
    savings,
    csv: savingsTableToCsv(savings),
    cashFlow: cashFlowSeries(withGridServices, withoutGridServices),
    bySource: savingsBySourceSeries(withGridServices),
    assumptions: buildAssumptions(option, evaluation),
    battery: describeBattery(option),
  };
}

/** What the database hands back for the Json column: a parsed copy, sharing nothing with what was written. */
const storedCopy = (snapshot: VersionSnapshot): unknown => JSON.parse(JSON.stringify(snapshot));

describe("a finalized version is rendered from its snapshot, never from the engine", () => {
  test("the CT-ESS example: after a rate change, or with the engine broken, the document's figures are unchanged and the engine is not called", () => {
    // Proposed before the April 2026 redesign: the 2025 design's $250/kWh.
    const evaluation = evaluateStoredOption(ctOption, { proposalDate: "2026-03-02" });
    const stored = storedCopy(buildSnapshot(ctOption, evaluation));
    const onFinalizing = documentModels(readSnapshot(stored));
    // The snapshot says what the installer saw: the live figures, the rate version used.
    expect(onFinalizing).toEqual(documentModels({ format: SNAPSHOT_FORMAT, option: ctOption, evaluation }));
    expect(onFinalizing.pricing.upfrontLines).toEqual([
      expect.objectContaining({ key: "ct-ess", cents: -337_500 }),
      expect.objectContaining({ key: "town", cents: -50_000 }),
    ]);
    expect(onFinalizing.pricing.netCents).toBe(4_025_050 - 337_500 - 50_000);
    expect(onFinalizing.assumptions.programs).toEqual([expect.objectContaining({ id: "ct-ess", rateVersion: expect.objectContaining({ id: expect.stringMatching(/^ct-ess\//) }) })]);
    const rateVersionId = onFinalizing.assumptions.programs[0]!.rateVersion!.id;

    // The catalog's rates change: the same option, evaluated today, pays more under a new rate version...
    engine.mode = "changed";
    const today = evaluateStoredOption(ctOption, { proposalDate: "2026-03-02" });
    expect(today.financials.withGridServices.netCostCents).toBe(4_025_050 - 2 * 337_500 - 50_000);
    expect(today.programs[0]!.rateVersion!.id).toBe(`${rateVersionId}-revised`);
    // ...but the version reads as it did, without asking the engine or the catalog anything.
    engine.evaluateCalls = 0;
    engine.catalogCalls = 0;
    expect(documentModels(readSnapshot(stored))).toEqual(onFinalizing);
    expect(documentModels(readSnapshot(stored)).assumptions.programs[0]!.rateVersion!.id).toBe(rateVersionId);
    expect(engine).toMatchObject({ evaluateCalls: 0, catalogCalls: 0 });

    // With the engine gone entirely, the version still renders, identically.
    engine.mode = "broken";
    expect(() => evaluateStoredOption(ctOption)).toThrow(/engine was called/);
    engine.evaluateCalls = 0;
    expect(documentModels(readSnapshot(stored))).toEqual(onFinalizing);
    expect(engine).toMatchObject({ evaluateCalls: 0, catalogCalls: 0 });
  });

  test("later edits to the option object do not reach the snapshot (it is a copy)", () => {
    const option = structuredClone(ctOption);
    const snapshot = buildSnapshot(option, evaluateStoredOption(option));
    const before = structuredClone(snapshot);
    option.solarCostCents = 1;
    option.project.customerName = "Someone else";
    option.programs[0]!.enabled = false;
    (option.programs[0]!.inputs as Record<string, unknown>).averageDeliveredKw = 1;
    option.customIncentives[0]!.amountCents = 999_999;
    expect(snapshot).toEqual(before);
  });

  test("only the option's fields are stored, not the database row's extra columns", () => {
    const row = { ...ctOption, id: "option-1", version: 7, projectId: "project-1", project: { ...ctOption.project, id: "project-1", organizationId: "org-a", email: "dana@example.com", phone: "555", notes: "private notes" } };
    const snapshot = buildSnapshot(row as VersionOption, evaluateStoredOption(ctOption));
    const text = JSON.stringify(snapshot);
    for (const secret of ["org-a", "dana@example.com", "private notes", "project-1"]) expect(text).not.toContain(secret);
    expect(snapshot.option.project).toEqual(ctOption.project);
  });

  test(`property: for 200 random options of every state, a rate change leaves the rendered snapshot unchanged`, () => {
    const stateFacts = fc.constantFrom(
      { state: "CT", utility: "Eversource", programs: ["ct-ess"] },
      { state: "MA", utility: "National Grid", programs: ["connected-solutions-ma"] },
      { state: "RI", utility: "Rhode Island Energy", programs: ["connected-solutions-ri"] },
      { state: "CA", utility: "PG&E", programs: ["elrp", "dsgs"] },
    );
    const optionArb = fc
      .record({
        facts: stateFacts,
        enabled: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
        averageDeliveredKw: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }),
        batteryCount: fc.integer({ min: 0, max: 3 }),
        batteryCapacityKwh: fc.double({ min: 0, max: 40, noNaN: true }),
        batteryPowerKw: fc.double({ min: 0, max: 15, noNaN: true }),
        solarCostCents: fc.integer({ min: 0, max: 10_000_000 }),
        batteryCostCents: fc.integer({ min: 0, max: 10_000_000 }),
        otherCostCents: fc.integer({ min: 0, max: 1_000_000 }),
        billSavingsYear1Cents: fc.integer({ min: -100_000, max: 1_000_000 }),
        horizonYears: fc.integer({ min: 1, max: 50 }),
        omCostYearlyCents: fc.integer({ min: 0, max: 100_000 }),
        omEscalationPercent: fc.double({ min: 0, max: 10, noNaN: true }),
        batteryReplacementCents: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
        batteryWarrantyYears: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
        rebateCents: fc.integer({ min: 0, max: 500_000 }),
      })
      .map(
        (random): VersionOption => ({
          ...ctOption,
          ...random,
          project: { ...ctOption.project, state: random.facts.state, utility: random.facts.utility },
          programs: random.facts.programs.map((programId, index) => ({
            programId,
            enabled: random.enabled[index]!,
            inputs: random.averageDeliveredKw === undefined ? {} : { averageDeliveredKw: random.averageDeliveredKw },
          })),
          customIncentives: [{ ...ctOption.customIncentives[0]!, amountCents: random.rebateCents }],
        }),
      );
    fc.assert(
      fc.property(optionArb, (option) => {
        engine.mode = "real";
        const evaluation = evaluateStoredOption(option);
        const stored = storedCopy(buildSnapshot(option, evaluation));
        const onFinalizing = documentModels(readSnapshot(stored));
        // What is stored reads as the live proposal the installer finalized.
        expect(onFinalizing).toEqual(documentModels({ format: SNAPSHOT_FORMAT, option, evaluation }));
        engine.mode = "changed";
        engine.evaluateCalls = 0;
        engine.catalogCalls = 0;
        expect(documentModels(readSnapshot(stored))).toEqual(onFinalizing);
        engine.mode = "broken";
        expect(documentModels(readSnapshot(stored))).toEqual(onFinalizing);
        expect(engine).toMatchObject({ evaluateCalls: 0, catalogCalls: 0 });
      }),
      { numRuns: 200 },
    );
  });
});

describe("readSnapshot", () => {
  const good = () => storedCopy(buildSnapshot(ctOption, evaluateStoredOption(ctOption))) as Record<string, unknown>;

  test("reads back exactly what buildSnapshot stored", () => {
    const snapshot = buildSnapshot(ctOption, evaluateStoredOption(ctOption));
    expect(readSnapshot(storedCopy(snapshot))).toEqual(snapshot);
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
  });

  test.each<[string, Record<string, unknown>]>([
    ["a format from a later version of the app", { format: SNAPSHOT_FORMAT + 1 }],
    ["format 0", { format: 0 }],
    ["the format as a string", { format: String(SNAPSHOT_FORMAT) }],
    ["no format", { format: undefined }],
    ["no option", { option: undefined }],
    ["no evaluation", { evaluation: undefined }],
  ])("refuses %s", (_label, change) => {
    const stored = { ...good(), ...change };
    expect(() => readSnapshot(stored)).toThrow(/^Unreadable proposal version snapshot/);
  });

  test("a version finalized before programs could exclude each other reads with no conflicts, and renders the same", () => {
    const current = buildSnapshot(ctOption, evaluateStoredOption(ctOption));
    const { conflicts: _conflicts, proposalDate: _date, ...olderEvaluation } = current.evaluation;
    const older = {
      ...current,
      evaluation: { ...olderEvaluation, programs: current.evaluation.programs.map(({ conflicts: _c, benefitIfCounted: _b, resolvedDefaults: _r, ...program }) => program) },
    };
    const read = readSnapshot(storedCopy(older as VersionSnapshot));
    expect(read.evaluation.conflicts).toEqual([]);
    expect(read.evaluation.programs.map((program) => [program.conflicts, program.benefitIfCounted])).toEqual([[[], null]]);
    expect(documentModels(read)).toEqual(documentModels(current));
  });

  test("a version finalized before upkeep existed reads its flat O&M as its upkeep, replaced nothing, and renders the same", () => {
    const current = buildSnapshot(ctOption, evaluateStoredOption(ctOption));
    const { upkeep: _upkeep, financials, ...olderEvaluation } = current.evaluation;
    const withoutUpkeep = ({ upkeepCents: _cents, ...older }: (typeof financials)["withGridServices"]) => older;
    const older = {
      ...current,
      evaluation: { ...olderEvaluation, financials: { withGridServices: withoutUpkeep(financials.withGridServices), withoutGridServices: withoutUpkeep(financials.withoutGridServices) } },
    };
    const read = readSnapshot(storedCopy(older as VersionSnapshot));
    expect(read.evaluation.upkeep).toEqual({ replacements: [], explanation: [] });
    expect(read.evaluation.financials.withGridServices.upkeepCents).toEqual(new Array(25).fill(15_000));
    const models = documentModels(read);
    expect(models).toEqual(documentModels(current));
    const upkeep = models.savings.columns.findIndex((column) => column.key === "upkeep");
    expect(models.savings.rows.map((row) => row.cells[upkeep])).toEqual(new Array(25).fill(-15_000));
  });

  test("a version keeps the option's upkeep and today's bill, and shows the battery replacement in its year from the snapshot", () => {
    const option: VersionOption = { ...ctOption, omEscalationPercent: 2.5, batteryReplacementCents: 900_000, batteryWarrantyYears: null, inverterReplacementCents: null, inverterWarrantyYears: null, billTodayMonthlyCents: 21_000 };
    const stored = storedCopy(buildSnapshot(option, evaluateStoredOption(option, { proposalDate: "2026-03-02" })));
    engine.mode = "broken";
    engine.evaluateCalls = 0;
    const read = readSnapshot(stored);
    expect(read.option).toMatchObject({ omEscalationPercent: 2.5, batteryReplacementCents: 900_000, batteryWarrantyYears: null, billTodayMonthlyCents: 21_000 });
    expect(read.evaluation.upkeep.replacements).toEqual([{ component: "battery", years: [11, 21] }]);
    const savings = documentModels(read).savings;
    const upkeep = savings.columns.findIndex((column) => column.key === "upkeep");
    // Year 11: $150 × 1.025¹⁰ = $192.0127… of O&M, and the $9,000 battery.
    expect(savings.rows[10]!.cells[upkeep]).toBe(-(19_201 + 900_000));
    expect(savings.rows[11]!.cells[upkeep]).toBe(-19_681);
    expect(engine).toMatchObject({ evaluateCalls: 0 });
  });

  test("refuses values that are no snapshot at all", () => {
    for (const stored of [null, undefined, "", "snapshot", 1, true, [], [good()], {}, { format: null }]) {
      expect(() => readSnapshot(stored), JSON.stringify(stored)?.slice(0, 40)).toThrow(/^Unreadable proposal version snapshot/);
    }
  });
});

describe("the bills of a version", () => {
  const withUsage: VersionOption = {
    ...ctOption,
    usageAndRates: {
      usage: { kind: "monthly", monthlyKwh: [900, 800, 750, 650, 600, 700, 950, 1000, 800, 650, 700, 850] },
      production: { kind: "design" },
      tariff: { kind: "flat", input: { name: "Town rate", dollarsPerKwh: 0.3, fixedDollarsPerMonth: 10 } },
    },
  };

  test("are stored as written (no hourly series) and read back identical to the live proposal's", () => {
    // Today, as the live proposal prices it: the same calendar year, so the same bills.
    const snapshot = buildSnapshot(withUsage, evaluateStoredOption(withUsage));
    expect(snapshot.bills).toBeDefined();
    const read = readSnapshot(storedCopy(snapshot));
    expect(read).toEqual(snapshot);
    const live = proposalViewOf(withUsage);
    expect(versionViewOf(read).bills).toEqual(live.bills);
    // Plain data: small, and no typed array or 8,760-value series.
    const text = JSON.stringify(snapshot.bills);
    expect(text.length).toBeLessThan(30_000);
    expect(text).not.toMatch(/(-?\d+(\.\d+)?,){200}/);
  });

  test("never move when the rate is corrected later, and are read without the engine", () => {
    const stored = storedCopy(buildSnapshot(withUsage, evaluateStoredOption(withUsage, { proposalDate: "2026-12-03" }))) as VersionSnapshot;
    const sent = versionViewOf(readSnapshot(stored)).bills;
    // The stored option's rate is corrected after sending: the version keeps the bills it was sent with.
    const corrected = structuredClone(stored);
    (corrected.option.usageAndRates as { tariff: { input: { dollarsPerKwh: number } } }).tariff.input.dollarsPerKwh = 0.45;
    engine.mode = "broken";
    engine.evaluateCalls = 0;
    engine.catalogCalls = 0;
    expect(versionViewOf(readSnapshot(corrected)).bills).toEqual(sent);
    expect(engine).toMatchObject({ evaluateCalls: 0, catalogCalls: 0 });
    expect(sent!.months[0]!.written[0]).toBe("$280.00");
  });

  test("a version frozen before bills (or without usage) reads, and shows no bills section", () => {
    const current = buildSnapshot(withUsage, evaluateStoredOption(withUsage));
    const { bills: _bills, ...older } = current;
    const read = readSnapshot(storedCopy(older as VersionSnapshot));
    expect(read.bills).toBeUndefined();
    expect(versionViewOf(read).bills).toBeNull();
    // An option without usage and rates stores no bills at all: its snapshot is what it was before bills existed.
    expect("bills" in buildSnapshot(ctOption, evaluateStoredOption(ctOption))).toBe(false);
  });
});
