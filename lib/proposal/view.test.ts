import { describe, expect, test } from "vitest";
import { proposalViewOf } from "./evaluate";
import type { ProposalOption } from "./view";

/** The Connecticut demo's option A: 10.4 kW of solar, 2 × Powerwall 3, CT-ESS at the standard tier. */
const option: ProposalOption = {
  name: "Option A",
  pvKw: 10.4,
  annualProductionKwh: 12_580,
  batteryModel: "Tesla Powerwall 3",
  batteryCapacityKwh: 13.5,
  batteryPowerKw: 11.5,
  batteryCount: 2,
  reservePercent: 20,
  solarCostCents: 3_484_000,
  batteryCostCents: 2_980_000,
  otherCostCents: 230_000,
  billSavingsYear1Cents: 362_000,
  horizonYears: 25,
  utilityEscalationPercent: 3,
  discountRatePercent: 5,
  degradationPercent: 0.5,
  omCostYearlyCents: 0,
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: "other", customerName: "Mark Kowalski", street: "845 Hubbard Street", city: "Glastonbury", zip: "06033" },
  programs: [{ programId: "ct-ess", enabled: true, inputs: { customerTier: "standard", gridEdge: false } }],
  customIncentives: [],
};

const view = proposalViewOf(option);
const row = (key: string) => view.headline.find((entry) => entry.key === key)!;

describe("headline labels a homeowner reads correctly", () => {
  test.each([
    { label: "savings before the price say so, with their horizon", key: "lifetime-savings", text: "Savings before the price (25 years)" },
    { label: "net savings are named for what they are", key: "net-savings", text: "Net savings after the price (25 years)" },
    { label: "the return names its horizon (it is not yearly)", key: "roi", text: "25-year return on the price" },
    { label: "NPV is spelt out", key: "npv", text: "Net present value (NPV)" },
    { label: "IRR says it is a yearly rate", key: "irr", text: "Yearly rate of return (IRR)" },
  ])("$label", ({ key, text }) => {
    expect(row(key).label).toBe(text);
  });

  test("no label is a bare abbreviation", () => {
    for (const entry of view.headline) expect(entry.label).not.toMatch(/^(ROI|NPV|IRR)$/);
  });

  test("a 20-year horizon is named as such", () => {
    expect(proposalViewOf({ ...option, horizonYears: 20 }).headline.find((entry) => entry.key === "roi")!.label).toBe("20-year return on the price");
  });
});

describe("net savings after the price", () => {
  test.each([
    { label: "with Grid Services", scenario: view.financials.withGridServices, text: row("net-savings").withGridServices },
    { label: "without Grid Services", scenario: view.financials.withoutGridServices, text: row("net-savings").withoutGridServices },
  ])("$label: savings before the price minus the net price, which is where the cash flow ends", ({ scenario, text }) => {
    const cents = scenario.lifetimeSavingsCents - scenario.netCostCents;
    expect(cents).toBe(scenario.cumulativeCashFlowCents.at(-1));
    expect(text).toBe(`$${Math.round(cents / 100).toLocaleString("en-US")}`);
  });

  test("the sentence beside it shows the subtraction", () => {
    expect(view.netSavingsExplained).toBe(`${row("lifetime-savings").withGridServices} saved over 25 years, less the ${row("net-price").withGridServices} net price, leaves ${row("net-savings").withGridServices}.`);
  });

  test("savings short of the price say by how much, never a negative 'leaves'", () => {
    const poor = proposalViewOf({ ...option, billSavingsYear1Cents: 50_000, programs: [] });
    expect(poor.netSavingsExplained).toMatch(/^\$[\d,]+ saved over 25 years is \$[\d,]+ less than the \$[\d,]+ net price\.$/);
  });
});

describe("the system, from what the option stores", () => {
  test.each([
    {
      label: "two batteries: the model, the count, totals and each unit's size",
      change: {},
      equipment: [
        { key: "solar", name: "Solar panels", detail: "10.4 kW, making about 12,580 kWh of electricity a year" },
        { key: "battery", name: "2 × Tesla Powerwall 3", detail: "27 kWh of storage and 23 kW of power in all (13.5 kWh and 11.5 kW each)" },
      ],
    },
    {
      label: "one battery: no 'each'",
      change: { batteryCount: 1 },
      equipment: [expect.objectContaining({ key: "solar" }), { key: "battery", name: "1 × Tesla Powerwall 3", detail: "13.5 kWh of storage and 11.5 kW of power" }],
    },
    { label: "a battery added to existing solar lists only the battery", change: { pvKw: 0 }, equipment: [expect.objectContaining({ key: "battery" })] },
    { label: "solar only lists no battery", change: { batteryCount: 0, programs: [] }, equipment: [expect.objectContaining({ key: "solar" })] },
  ])("$label", ({ change, equipment }) => {
    expect(proposalViewOf({ ...option, ...change }).system.equipment).toEqual(equipment);
  });
});

describe("what Grid Services pays, in the view", () => {
  test("the CT-ESS option's headline sentence comes from the evaluation's own stream", () => {
    expect(view.gridServices.headline).toBe("Energy Storage Solutions (Connecticut) pays you about $1,458 a year for 5 years, then $842 a year to year 10.");
  });

  test("without a program, nothing is said", () => {
    expect(proposalViewOf({ ...option, programs: [] }).gridServices).toEqual({ programs: [], headline: null });
  });
});

describe("the bills, in the one view", () => {
  const usageAndRates = {
    usage: { kind: "monthly", monthlyKwh: [1_200, 1_050, 1_000, 900, 850, 1_000, 1_300, 1_350, 1_100, 900, 950, 1_150] },
    production: { kind: "design" },
    tariff: { kind: "catalog", tariffId: "eversource-ct-rate-1" },
  };

  test.each([
    { label: "no usage and rates: no bills section", change: {}, hasBills: false },
    { label: "usage and rates: the section, whose savings are the engine's year-1 bill savings", change: { usageAndRates }, hasBills: true },
    { label: "the typed figure overrides: the section says so", change: { usageAndRates: { ...usageAndRates, savingsFrom: "typed" } }, hasBills: true },
  ])("$label", ({ change, hasBills }) => {
    const live = proposalViewOf({ ...option, ...change });
    expect(live.bills !== null).toBe(hasBills);
    if (!live.bills) return;
    const isTyped = (change.usageAndRates as { savingsFrom?: string }).savingsFrom === "typed";
    expect(live.bills.savings.typedOverride === null).toBe(!isTyped);
    // The bill part of the engine's year 1 (with Grid Services: the events' effect on the bill is in it) is the section's total.
    const engineYear1 = live.financials.withGridServices.billSavingsCents[0];
    if (isTyped) expect(engineYear1).toBe(option.billSavingsYear1Cents);
    else expect(engineYear1).toBe(live.bills.savings.totalCents);
  });
});
