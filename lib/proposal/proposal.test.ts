import fc from "fast-check";
import { todayIsoDate } from "../core/dates/iso-date";
import { describe, expect, test } from "vitest";
import { buildAssumptions } from "./assumptions";
import { evaluateStoredOption, previewStatePrograms, proposalViewOf } from "./evaluate";
import { toOptionInput, type StoredOption } from "./option-input";
import { buildPricingTable } from "./pricing";
import { summarizeBenefit } from "./program-benefit";
import { buildProgramCards } from "./program-cards";
import { buildSavingsTable, savingsTableToCsv } from "./savings-table";
import { describeBattery } from "./battery-summary";

/** The CT-ESS worked example of docs/programs.md as a stored option: 13.5 kWh battery costing $15,000, 5 kW average. */
const ctOption: StoredOption = {
  pvKw: 8,
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
  omCostYearlyCents: 0,
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: "other" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: { customerTier: "standard", gridEdge: false, averageDeliveredKw: 5 } }],
  customIncentives: [],
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("stored option → engine input", () => {
  test("percent columns become fractions and only enabled programs are sent", () => {
    const input = toOptionInput({ ...ctOption, programs: [...ctOption.programs, { programId: "elrp", enabled: false, inputs: {} }] });
    expect(input.assumptions).toMatchObject({ years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005 });
    expect(input.programs.map((program) => program.id)).toEqual(["ct-ess"]);
    expect(input.system.battery).toEqual({ capacityKwh: 13.5, powerKw: 11.5, count: 1, reservePercent: 20 });
  });

  test("an option without a battery count has no battery", () => {
    expect(toOptionInput({ ...ctOption, batteryCount: 0 }).system.battery).toBeNull();
  });

  test("overrides switch programs without touching stored inputs", () => {
    expect(toOptionInput(ctOption, { enabledPrograms: { "ct-ess": false } }).programs).toEqual([]);
    // Was `[{ id: "ct-ess", inputs: {} }]`: every entry now says when it was enabled relative to the others.
    expect(toOptionInput({ ...ctOption, programs: [] }, { enabledPrograms: { "ct-ess": true } }).programs).toEqual([{ id: "ct-ess", inputs: {}, enabledOrder: 0 }]);
  });

  test("the web app prices a proposal as of today unless told otherwise", () => {
    expect(toOptionInput(ctOption).proposalDate).toBe(todayIsoDate());
    expect(toOptionInput(ctOption, { proposalDate: "2026-03-02" }).proposalDate).toBe("2026-03-02");
  });
});

/** A PG&E customer's option: 8 kW of solar, one 13.5 kWh / 5 kW battery with a 20% reserve, NEM 2.0. */
const pgeOption: StoredOption = {
  ...ctOption,
  batteryPowerKw: 5,
  project: { state: "CA", segment: "residential", utility: "PG&E", tariff: "NEM2" },
  programs: [],
};
const PROPOSAL_DATE = { proposalDate: "2026-03-02" };
const row = (programId: string, extra: Partial<StoredOption["programs"][number]> = {}) => ({ programId, enabled: true, inputs: {}, ...extra });

describe("programs that exclude each other, from stored rows", () => {
  test.each([
    { label: "rows in stored order (oldest first): ELRP then DSGS", programs: [row("elrp"), row("dsgs")], order: { elrp: 0, dsgs: 1 } },
    { label: "rows in stored order: DSGS then ELRP (listed in catalog order all the same)", programs: [row("dsgs"), row("elrp")], order: { elrp: 1, dsgs: 0 } },
    {
      label: "enabledAt, where rows have it, wins over the stored order",
      programs: [row("elrp", { enabledAt: "2026-03-05T10:00:00Z" }), row("dsgs", { enabledAt: new Date("2026-03-01T10:00:00Z") })],
      order: { elrp: 1, dsgs: 0 },
    },
    { label: "a switched-off row does not count, and an override switches a program on last", programs: [row("dsgs", { enabled: false }), row("elrp")], order: { elrp: 0, dsgs: 1 }, overrides: { enabledPrograms: { dsgs: true } } },
  ])("$label", ({ programs, order, overrides }) => {
    const input = toOptionInput({ ...pgeOption, programs }, overrides);
    expect(input.programs.map((program) => [program.id, program.enabledOrder])).toEqual([
      ["elrp", order.elrp],
      ["dsgs", order.dsgs],
    ]);
  });

  // Hand-computed, as of 2026-03-02 (before the 2026 DSGS season): ELRP credits 4.5 kW − 2 kW × 90% = 2.7 kW ×
  // 40 h = 108 kWh × $2 = $216 for one season; DSGS (NEM 2.0, no export) pays 2 kW × 90% = 1.8 kW × $100 = $180.
  const bothOn = { ...pgeOption, programs: [row("elrp"), row("dsgs")] };
  const evaluation = evaluateStoredOption(bothOn, PROPOSAL_DATE);
  const elrp = evaluation.programs.find((program) => program.id === "elrp")!;
  const dsgs = evaluation.programs.find((program) => program.id === "dsgs")!;

  test("ELRP then DSGS on a PG&E project: ELRP counts ($216), DSGS does not, and both explanations say why", () => {
    expect([elrp.isCounted, elrp.annualCents[0]]).toEqual([true, 21_600]);
    expect([dsgs.isCounted, dsgs.annualCents[0], dsgs.benefitIfCounted?.annualCents[0]]).toEqual([false, 0, 18_000]);
    expect(elrp.explanation[0]).toBe("Counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first, so DSGS is not counted.");
    expect(dsgs.explanation[0]).toBe("Not counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first.");
    expect(evaluation.financials.withGridServices.annualSavingsCents[0]).toBe(210_000 + 21_600);
  });

  test("the proposal lists only the counted program, and its sources say why the other does not count", () => {
    const view = proposalViewOf({ ...bothOn, name: "A", annualProductionKwh: 9600, batteryModel: null, project: { ...bothOn.project, customerName: "Dana", street: "1 Elm", city: "Fresno", zip: "93701" } });
    expect(view.programs.map((program) => program.id)).toEqual(["elrp"]);
    const dsgsSources = buildAssumptions(bothOn, evaluation).programs.find((program) => program.id === "dsgs")!;
    expect(dsgsSources.explanation).toEqual(["Not counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first."]);
  });

  test("Manage incentives: both cards show the conflict, and DSGS's preview shows what it would pay if counted", () => {
    const cards = buildProgramCards(evaluation, previewStatePrograms(bothOn, PROPOSAL_DATE), new Map(), 25);
    const [elrpCard, dsgsCard] = cards;
    expect(elrpCard?.conflict).toEqual({ isCounted: true, message: "Counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first, so DSGS is not counted." });
    expect(dsgsCard?.conflict).toEqual({ isCounted: false, message: "Not counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first." });
    for (const card of cards) expect(card.exclusions).toEqual([expect.stringMatching(/^ELRP and DSGS cannot pay for the same battery: .* Enable ELRP for PG&E customers, DSGS for SCE and SDG&E customers\./)]);
    expect(dsgsCard?.preview?.summary.firstAnnualCents).toBe(18_000);
    // The preview explains the program alone: the conflict is the card's own line.
    expect(dsgsCard?.preview?.explanation.some((line) => line.includes("cannot pay for the same battery") || line.includes("were it counted instead"))).toBe(false);
    expect(dsgsCard?.preview?.explanation[0]).toBe("Framework: NEM 2.0: no export, delivered power capped by the home's load");
  });

  test("with one of the two on, neither card has a conflict, and the other still previews what it would pay", () => {
    const elrpOnly = { ...pgeOption, programs: [row("elrp")] };
    const cards = buildProgramCards(evaluateStoredOption(elrpOnly, PROPOSAL_DATE), previewStatePrograms(elrpOnly, PROPOSAL_DATE), new Map(), 25);
    expect(cards.map((card) => card.conflict)).toEqual([null, null]);
    expect(cards.map((card) => card.preview?.summary.firstAnnualCents)).toEqual([21_600, 18_000]);
  });

  test("DSGS's card shows the paid seasons the proposal date leaves as the blank input's default", () => {
    const dsgsOnly = { ...pgeOption, project: { ...pgeOption.project, utility: "SCE" }, programs: [row("dsgs")] };
    const defaultsOn = (proposalDate: string) =>
      buildProgramCards(evaluateStoredOption(dsgsOnly, { proposalDate }), previewStatePrograms(dsgsOnly, { proposalDate }), new Map(), 25).find((card) => card.id === "dsgs")?.defaults.paidSeasons;
    expect(defaultsOn("2026-03-02")).toBe("1");
    expect(defaultsOn("2026-12-02")).toBe("0");
  });
});

describe("pricing table", () => {
  // Proposed before the April 2026 redesign: the 2025 design's $250/kWh.
  const before2026Design = { proposalDate: "2026-03-02" };
  test("CT-ESS upfront is its own negative line and the net price is gross minus it", () => {
    const evaluation = evaluateStoredOption(ctOption, before2026Design);
    const table = buildPricingTable({ solarCents: ctOption.solarCostCents, batteryCents: ctOption.batteryCostCents, otherCents: ctOption.otherCostCents }, evaluation);
    expect(table.grossCents).toBe(4_025_050);
    expect(table.upfrontLines).toEqual([expect.objectContaining({ key: "ct-ess", cents: -337_500, payee: "contractor" })]);
    expect(table.netCents).toBe(4_025_050 - 337_500);
    expect(sum(table.items.map((item) => item.cents))).toBe(table.grossCents);
  });

  test("a binding cap is noted on the line", () => {
    const evaluation = evaluateStoredOption({ ...ctOption, batteryCapacityKwh: 40, batteryCostCents: 1_000_000 }, before2026Design);
    const table = buildPricingTable({ solarCents: 0, batteryCents: 1_000_000, otherCents: 0 }, evaluation);
    expect(table.upfrontLines[0]?.cents).toBe(-500_000);
    expect(table.upfrontLines[0]?.note).toBeTruthy();
  });

  test("a disabled program leaves no line", () => {
    const evaluation = evaluateStoredOption({ ...ctOption, programs: [{ ...ctOption.programs[0]!, enabled: false }] });
    expect(buildPricingTable({ solarCents: 0, batteryCents: 0, otherCents: 0 }, evaluation).upfrontLines).toEqual([]);
  });
});

describe("savings breakdown", () => {
  const financials = evaluateStoredOption(ctOption).financials.withGridServices;
  const table = buildSavingsTable(financials);

  test("CT-ESS pays $1,125 in years 1–5, $650 in years 6–10, and zero from year 11", () => {
    const column = table.columns.findIndex((entry) => entry.key === "ct-ess");
    expect(column).toBeGreaterThan(0);
    const ctess = table.rows.map((row) => row.cells[column]);
    expect(ctess.slice(0, 5)).toEqual([112_500, 112_500, 112_500, 112_500, 112_500]);
    expect(ctess.slice(5, 10)).toEqual([65_000, 65_000, 65_000, 65_000, 65_000]);
    expect(ctess.slice(10).every((cents) => cents === 0)).toBe(true);
    expect(table.tenYear.cells[column]).toBe(887_500);
  });

  test("each row's total is the sum of its cells; totals are the sums of their rows", () => {
    for (const row of table.rows) expect(sum(row.cells)).toBe(row.totalCents);
    expect(table.lifetime.totalCents).toBe(sum(table.rows.map((row) => row.totalCents)));
    expect(table.lifetime.totalCents).toBe(financials.lifetimeSavingsCents);
    expect(table.tenYear.totalCents).toBe(financials.tenYearSavingsCents);
    table.columns.forEach((_, index) => expect(table.lifetime.cells[index]).toBe(sum(table.rows.map((row) => row.cells[index]!))));
  });

  test("the CSV carries the page's figures to the cent", () => {
    const csv = savingsTableToCsv(table).trim().split("\r\n");
    expect(csv[0]).toBe(`Year,Bill savings,${table.columns[1]!.label},Total,Cumulative cash flow`);
    expect(csv).toHaveLength(1 + 25 + 2);
    const year1 = csv[1]!.split(",");
    expect(year1[0]).toBe("1");
    expect(year1[2]).toBe("1125.00");
    expect(Math.round(Number(year1[3]) * 100)).toBe(table.rows[0]!.totalCents);
    expect(Math.round(Number(year1[4]) * 100)).toBe(table.rows[0]!.cumulativeCents);
  });

  test("O&M appears as a negative upkeep column only when there is one", () => {
    expect(table.columns.some((column) => column.key === "upkeep")).toBe(false);
    const withOm = buildSavingsTable(evaluateStoredOption({ ...ctOption, omCostYearlyCents: 15_000 }).financials.withGridServices);
    const om = withOm.columns.findIndex((column) => column.key === "upkeep");
    expect(withOm.rows[0]!.cells[om]).toBe(-15_000);
    for (const row of withOm.rows) expect(sum(row.cells)).toBe(row.totalCents);
  });

  test("property: for any costs and savings, every total is the sum of its parts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 50_000 }), (batteryCents, billCents, years, omCents) => {
        const built = buildSavingsTable(evaluateStoredOption({ ...ctOption, batteryCostCents: batteryCents, billSavingsYear1Cents: billCents, horizonYears: years, omCostYearlyCents: omCents }).financials.withGridServices);
        expect(built.rows).toHaveLength(years);
        for (const row of built.rows) expect(sum(row.cells)).toBe(row.totalCents);
        expect(built.lifetime.totalCents).toBe(sum(built.rows.map((row) => row.totalCents)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("program previews", () => {
  test("a program that is off still previews what it would pay", () => {
    const off = { ...ctOption, programs: [] };
    const preview = previewStatePrograms(off, { proposalDate: "2026-03-02" }).programs.find((program) => program.id === "ct-ess");
    expect(preview?.upfrontCents).toBe(337_500);
    expect(evaluateStoredOption(off).programs).toEqual([]);
  });

  test("summarizeBenefit names the first paid year and the last", () => {
    expect(summarizeBenefit({ upfrontCents: 5, annualCents: [0, 100, 100, 0] })).toEqual({ upfrontCents: 5, firstAnnualCents: 100, firstPaidYear: 2, lastPaidYear: 3, annualTotalCents: 200 });
    expect(summarizeBenefit({ upfrontCents: 0, annualCents: [0, 0] })).toMatchObject({ firstPaidYear: null, lastPaidYear: null, firstAnnualCents: 0 });
  });
});

describe("battery description", () => {
  test.each([
    { label: "totals are per unit × count", option: { batteryModel: "Tesla Powerwall 3", batteryCapacityKwh: 13.5, batteryPowerKw: 11.5, batteryCount: 2 }, text: "2 × Tesla Powerwall 3 · 27 kWh, 23 kW" },
    { label: "binary noise is rounded away", option: { batteryModel: "Enphase IQ Battery 5P", batteryCapacityKwh: 5, batteryPowerKw: 3.84, batteryCount: 3 }, text: "3 × Enphase IQ Battery 5P · 15 kWh, 11.52 kW" },
    { label: "no count means no battery", option: { batteryModel: null, batteryCapacityKwh: 0, batteryPowerKw: 0, batteryCount: 0 }, text: "No battery" },
  ])("$label", ({ option, text }) => {
    expect(describeBattery(option)).toBe(text);
  });
});
