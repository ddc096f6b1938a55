import { describe, expect, test } from "vitest";
import type { StoredOption } from "./option-input";
import { participationChoices, withAnswers, ZPresentAnswers } from "./present-questions";
import { presentOption } from "./present-view";
import type { ProposalOption } from "./view";

/** One 13.5 kWh battery costing $20,000 (the upfront cap: $10,000), 5 kW average, CT-ESS saved as a standard customer off Grid Edge. */
const option: ProposalOption = {
  name: "Option B",
  pvKw: 8,
  annualProductionKwh: 9_600,
  batteryModel: "Powerwall 3",
  batteryCapacityKwh: 13.5,
  batteryPowerKw: 11.5,
  batteryCount: 1,
  reservePercent: 20,
  solarCostCents: 2_400_000,
  batteryCostCents: 2_000_000,
  otherCostCents: 125_050,
  billSavingsYear1Cents: 210_000,
  horizonYears: 25,
  utilityEscalationPercent: 3,
  discountRatePercent: 5,
  degradationPercent: 0.5,
  omCostYearlyCents: 0,
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: "other", customerName: "The Kowalskis", street: "845 Hubbard Street", city: "Glastonbury", zip: "06033" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: { customerTier: "standard", gridEdge: false, averageDeliveredKw: 5 } }],
  customIncentives: [],
};
// The 2025 design, where the tier and Grid Edge both set the upfront rate per kWh.
const BEFORE_APRIL_2026 = "2026-03-02";
const present = (request: Parameters<typeof presentOption>[1] = {}) => presentOption(option, request, BEFORE_APRIL_2026);
const upfront = (figures: ReturnType<typeof presentOption>) => figures.preview.pricing.upfrontLines.map((line) => line.cents);

describe("the homeowner's answers move the figures", () => {
  test.each([
    { label: "as saved: standard, 13.5 kWh × $250", answers: {}, cents: -337_500 },
    { label: "low income: 13.5 kWh × $600", answers: { "ct-ess": { customerTier: "low-income" } }, cents: -810_000 },
    { label: "Grid Edge: 13.5 kWh × $375", answers: { "ct-ess": { gridEdge: true } }, cents: -506_250 },
    { label: "low income on Grid Edge: 13.5 × $900 = $12,150, capped at 50% of the $20,000 battery", answers: { "ct-ess": { customerTier: "low-income", gridEdge: true } }, cents: -1_000_000 },
  ])("$label", ({ answers, cents }) => {
    expect(upfront(present({ answers }))).toEqual([cents]);
  });

  test("the questions show the answers the figures use, the saved ones until the homeowner answers", () => {
    const asked = (figures: ReturnType<typeof presentOption>) => figures.presentation.questions.map((question) => [question.name, question.value]);
    expect(asked(present())).toEqual([
      ["customerTier", "standard"],
      ["gridEdge", false],
    ]);
    expect(asked(present({ answers: { "ct-ess": { gridEdge: true } } }))).toEqual([
      ["customerTier", "standard"],
      ["gridEdge", true],
    ]);
  });

  test("the questions ask with the program's own labels and choices", () => {
    const [tier] = present().presentation.questions;
    expect(tier).toMatchObject({ programShortName: "CT-ESS", label: "Customer tier", kind: "select" });
    expect(tier?.options.map((choice) => choice.label)).toEqual(["Standard", "Disadvantaged (underserved) community", "Low income"]);
  });

  test("a program switched off asks nothing, and its answers count once it is switched on", () => {
    const off = present({ enabledPrograms: { "ct-ess": false }, answers: { "ct-ess": { customerTier: "low-income" } } });
    expect(off.presentation.questions).toEqual([]);
    expect(upfront(off)).toEqual([]);
    const unsaved = presentOption({ ...option, programs: [] }, { enabledPrograms: { "ct-ess": true }, answers: { "ct-ess": { customerTier: "low-income" } } }, BEFORE_APRIL_2026);
    expect(upfront(unsaved)).toEqual([-810_000]);
  });
});

describe("participation and the chart", () => {
  test.each([
    { level: "low" as const, share: "75% of events" },
    { level: "expected" as const, share: "90% of events" },
    { level: "high" as const, share: "every event" },
  ])("$level participation is offered as $share", ({ level, share }) => {
    expect(participationChoices.find((choice) => choice.level === level)?.description).toBe(share);
  });

  test("high participation pays more each year than low (the modeled power follows the events served)", () => {
    const modeled = { ...option, programs: [{ programId: "ct-ess", enabled: true, inputs: {} }] };
    const lifetimeSavings = (participation: "low" | "high") => presentOption(modeled, { participation }, BEFORE_APRIL_2026).preview.withGridServices.lifetimeSavingsCents;
    expect(lifetimeSavings("high")).toBeGreaterThan(lifetimeSavings("low"));
    expect(presentOption(modeled, { participation: "low" }, BEFORE_APRIL_2026).presentation.participation).toBe("low");
  });

  test("the chart is the proposal view's cash flow, years 0 to 25, both lines, said in a sentence", () => {
    const { presentation } = present();
    expect(presentation.cashFlow).toHaveLength(26);
    // Year 0 is the net price paid: lower with the CT-ESS upfront.
    expect(presentation.cashFlow[0]!.withGridServices).toBeGreaterThan(presentation.cashFlow[0]!.withoutGridServices);
    expect(presentation.paybackMarkers.withGridServices).not.toBeNull();
    expect(presentation.cashFlowSummary).toMatch(/^The line starts below zero at the net price, \$[\d,]+ with Grid Services\. With Grid Services it pays back in [\d.]+ years and stands at \$[\d,]+ by year 25; without, it pays back in [\d.]+ years/);
  });

  test("the programs of the state, with what each is doing", () => {
    expect(present().presentation.programs).toEqual([{ id: "ct-ess", name: "Energy Storage Solutions (Connecticut)", eligible: true, isEnabled: true, status: "Included" }]);
    expect(present({ enabledPrograms: { "ct-ess": false } }).presentation.programs[0]).toMatchObject({ isEnabled: false, status: "Not included" });
  });
});

describe("the answers a request may carry", () => {
  test.each([
    { label: "a tier and Grid Edge", answers: { "ct-ess": { customerTier: "disadvantaged", gridEdge: true } }, ok: true },
    { label: "nothing answered", answers: {}, ok: true },
    { label: "a tier the program does not have", answers: { "ct-ess": { customerTier: "platinum" } }, ok: false },
    { label: "Grid Edge as text", answers: { "ct-ess": { gridEdge: "yes" } }, ok: false },
    // The installer's engineering is not the homeowner's to change in a meeting.
    { label: "another input of the program (a power override)", answers: { "ct-ess": { averageDeliveredKw: 50 } }, ok: false },
    { label: "a program with no questions", answers: { elrp: { eventHoursPerSeason: 1 } }, ok: false },
  ])("$label: valid $ok", ({ answers, ok }) => {
    expect(ZPresentAnswers.safeParse(answers).success).toBe(ok);
  });

  test("answers lay over a copy: the stored option is not touched", () => {
    const stored: StoredOption = structuredClone(option);
    const answered = withAnswers(stored, { "ct-ess": { gridEdge: true } });
    expect(answered.programs[0]?.inputs).toEqual({ customerTier: "standard", gridEdge: true, averageDeliveredKw: 5 });
    expect(stored).toEqual(option);
  });
});

describe("ways to pay in the meeting", () => {
  // The whole net price on a 0% loan over 10 years, nothing down: each month pays 1/120 of it.
  const loan = { id: "offer-loan", label: "Demo Bank 10-year 0%", isPreferred: true, productName: "Demo Bank 10-year 0%", choice: { kind: "loan" as const, loan: { apr: 0, termMonths: 120, downPaymentCents: 0, dealerFee: 0, frequency: "monthly" as const, prepayment: null } } };

  test("cash only: one way, paid at signing, nothing a month", () => {
    const ways = present().presentation.waysToPay;
    expect(ways.map((way) => way.id)).toEqual(["cash"]);
  });

  test("with a loan offered: cash first, then the loan, whose monthly payment is the net price over 120 months", () => {
    const figures = presentOption({ ...option, financingOffers: [loan] }, {}, BEFORE_APRIL_2026);
    const ways = figures.presentation.waysToPay;
    expect(ways.map((way) => way.id)).toEqual(["cash", "offer-loan"]);
    expect(ways[1]!.isPreferred).toBe(true);
    const netPriceCents = figures.preview.withGridServices.netCostCents;
    const monthly = Math.round(netPriceCents / 120) / 100;
    // Written as money: the loan's payment, to the cent of an even split (0%: no interest).
    expect(Number(ways[1]!.monthlyPayment.replace(/[^0-9.]/g, ""))).toBeCloseTo(monthly, 1);
  });
});
