import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { evaluateOption, type OptionInput } from "../core/finance";
import { FinancingSection } from "@/components/proposal/financing/financing-section";
import { buildFinancingView, type FinancingOffer, type FinancingViewSource } from "./financing-view";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A Connecticut option: $40,000, CT-ESS pays $3,375 at signing (to the installer, off the price) and yearly payments. */
const ctInput: OptionInput = {
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: null },
  system: { pvKw: 8, battery: { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 } },
  costs: { solarCents: 2_400_000, batteryCents: 1_500_000, otherCents: 100_000 },
  billSavingsYear1Cents: 240_000,
  assumptions: { years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005, batteryFade: 0 },
  programs: [{ id: "ct-ess", inputs: { customerTier: "standard", averageDeliveredKw: 5 } }],
  customIncentives: [],
  proposalDate: "2026-03-02",
};

const option = { pvKw: 8, solarCostCents: 2_400_000, annualProductionKwh: 9_600, degradationPercent: 0.5, discountRatePercent: 5, project: { state: "CT", segment: "residential" as const } };

const loan: FinancingOffer = {
  id: "loan",
  label: "GreenLend 25-year 6.99%",
  choice: { kind: "loan", loan: { apr: 0.0699, termMonths: 300, downPaymentCents: 0, dealerFee: 0.2, frequency: "monthly", prepayment: null } },
  isPreferred: true,
  productName: "GreenLend 25-year 6.99%",
};
const lease: FinancingOffer = {
  id: "lease",
  label: "SunLease 25",
  choice: { kind: "lease", lease: { monthlyPaymentCents: 15_000, escalator: 0.029, termMonths: 300, upfrontPaymentCents: 0, buyout: null } },
  isPreferred: false,
  productName: null,
};
const ppa: FinancingOffer = {
  id: "ppa",
  label: "Sunshine PPA",
  choice: { kind: "ppa", ppa: { dollarsPerKwh: 0.145, escalator: 0.029, termYears: 25, productionKwhByYear: [] } },
  isPreferred: false,
  productName: null,
};

function source(overrides: Partial<FinancingViewSource> = {}, input: OptionInput = ctInput): FinancingViewSource {
  return { option, evaluation: evaluateOption(input), offers: [loan, lease, ppa], proposalDate: "2026-03-02", billTodayMonthlyCents: 25_000, ...overrides };
}

const view = buildFinancingView(source());
const choice = (id: string, from = view) => from.choices.find((candidate) => candidate.id === id)!;

describe("the choices", () => {
  test("cash comes first, then the offers in their order; an offer of cash is not listed twice", () => {
    expect(view.choices.map((entry) => [entry.id, entry.kindLabel])).toEqual([
      ["cash", "Cash"],
      ["loan", "Loan"],
      ["lease", "Lease"],
      ["ppa", "Power purchase agreement (PPA)"],
    ]);
    const withCashOffer = buildFinancingView(source({ offers: [{ ...loan, id: "cash-again", choice: { kind: "cash" } }, lease] }));
    expect(withCashOffer.choices.map((entry) => entry.id)).toEqual(["cash", "lease"]);
  });

  test.each([
    { label: "an offer marked preferred is the one recommended", offers: [loan, lease], preferred: ["loan"] },
    { label: "no offer marked: cash is recommended", offers: [{ ...loan, isPreferred: false }, lease], preferred: ["cash"] },
    { label: "nothing offered but cash: nothing to recommend over", offers: [], preferred: [] },
  ])("$label", ({ offers, preferred }) => {
    const built = buildFinancingView(source({ offers }));
    expect(built.choices.filter((entry) => entry.isPreferred).map((entry) => entry.id)).toEqual(preferred);
  });

  test("cash agrees with the engine's headline figures when no tax credit applies (Connecticut, 2026)", () => {
    const { withGridServices: engine } = evaluateOption(ctInput).financials;
    const cash = choice("cash").raw.withGridServices;
    expect(cash.netPriceCents).toBe(engine.netCostCents);
    expect(cash.cumulativeCents).toEqual(engine.cumulativeCashFlowCents);
    expect(cash.npvCents).toBe(engine.npvCents);
    expect(cash.irr).toBeCloseTo(engine.irr!, 10);
    expect(cash.payback).toMatchObject({ kind: "cash", simpleYears: engine.paybackYears });
  });

  test("a PPA without production is billed on the option's: year 1's kWh, less 0.5% a year", () => {
    const schedule = choice("ppa").raw.withGridServices.schedule;
    if (schedule?.kind !== "ppa") throw new Error("expected a PPA schedule");
    expect(schedule.ppa.years.slice(0, 2).map((year) => year.kwh)).toEqual([9_600, 9_552]);
    expect(schedule.ppa.years[0]?.paymentCents).toBe(139_200); // 9,600 kWh × $0.145
  });
});

describe("the figures, written", () => {
  test.each([
    { label: "cash: no monthly payment, simple and discounted payback", id: "cash", monthlyPayment: "None", payback: "10.3 years (15.3 discounted)", netPrice: "$36,625" },
    { label: "loan: the level payment; savings never catch up within 25 years at a 20% dealer fee", id: "loan", monthlyPayment: "$323.28 a month", payback: "Not within 25 years", netPrice: "$36,625" },
    { label: "lease: year 1's payment; saves from month 1", id: "lease", monthlyPayment: "$150.00 a month", payback: "Saves from month 1", netPrice: "Nothing to buy" },
    { label: "PPA: year 1's average month", id: "ppa", monthlyPayment: "About $116.00 a month", payback: "Saves from month 1", netPrice: "Nothing to buy" },
  ])("$label", ({ id, monthlyPayment, payback, netPrice }) => {
    const texts = choice(id).withGridServices;
    expect(texts).toMatchObject({ monthlyPayment, payback, netPrice });
  });

  test.each([
    // $2,400 of bill savings a year is $200 a month.
    { label: "cash saves the whole bill saving", id: "cash", text: "$200.00 a month", cents: 20_000 },
    { label: "a loan payment above the bill saving costs more than today, said in words", id: "loan", text: "None: $123.28 a month more than today", cents: -12_328 },
    { label: "a lease at $150 saves $50", id: "lease", text: "$50.00 a month", cents: 5_000 },
  ])("year 1's monthly savings: $label", ({ id, text, cents }) => {
    expect(choice(id).withGridServices).toMatchObject({ monthlySavingsYear1: text, monthlySavingsYear1Cents: cents });
  });

  test("ROI carries its horizon; IRR is a yearly rate, or none with the reason", () => {
    expect(choice("cash").withGridServices).toMatchObject({ roi: "147.6%", roiLabel: "ROI over 25 years, not discounted (net savings ÷ what you pay for the system)", irr: "8.4% a year", irrNote: null });
    expect(choice("lease").withGridServices).toMatchObject({
      irr: "None",
      irrNote: "No IRR: you never pay more than you save in any year, so there is no investment to earn a rate on.",
    });
  });

  test.each([
    { label: "incentives equal to the price", amountCents: 4_000_000 - 337_500, note: "The incentives cover the whole price: there is nothing left to pay for the system." },
    { label: "incentives above the price", amountCents: 4_100_000 /* + $3,375 CT-ESS = $44,375 against $40,000 */, note: "The incentives cover the whole price and $4,375 more: there is nothing left to pay for the system." },
  ])("a net price at or below zero is said in words, never '0 years': $label", ({ amountCents, note }) => {
    const covered = buildFinancingView(
      source({}, { ...ctInput, customIncentives: [{ id: "grant", name: "Town grant", kind: "upfront", basis: "fixed", amountCents, capCents: null }] }),
    );
    expect(choice("cash", covered).withGridServices).toMatchObject({ netPrice: "Covered by incentives", netPriceNote: note, payback: "Nothing to pay back", roi: "—" });
  });

  test("the comparison lists the same texts, row by row, and the net without Grid Services when programs count", () => {
    expect(view.comparison.columns.map((column) => column.label)).toEqual(["Cash", "GreenLend 25-year 6.99%", "SunLease 25", "Sunshine PPA"]);
    expect(view.comparison.rows.map((row) => row.key)).toEqual(["monthly-payment", "monthly-savings", "net-price", "payback", "lifetime-net", "lifetime-net-without", "roi", "irr"]);
    const payback = view.comparison.rows.find((row) => row.key === "payback")!;
    expect(payback.cells.map((cell) => cell.text)).toEqual(view.choices.map((entry) => entry.withGridServices.payback));
    const withoutPrograms = buildFinancingView(source({}, { ...ctInput, programs: [] }));
    expect(withoutPrograms.comparison.rows.map((row) => row.key)).not.toContain("lifetime-net-without");
  });
});

describe("with and without Grid Services", () => {
  const customerKeepsPrograms = buildFinancingView(
    source({ offers: [loan, { ...lease, recipients: { "ct-ess": { kind: "customer" } } }, { ...ppa, recipients: { "ct-ess": { kind: "shared", customerShare: 0.5 } } }] }),
  );
  test.each([
    { label: "the owner receives the programs' money (the default)", from: view },
    { label: "the customer, or half of it, receives it", from: customerKeepsPrograms },
  ])("the cumulative savings with Grid Services are never below those without, for every financing: $label", ({ from }) => {
    for (const entry of from.choices) {
      for (const point of entry.cumulative) expect(point.withGridServicesCents, `${entry.id}, year ${point.year}`).toBeGreaterThanOrEqual(point.withoutGridServicesCents);
    }
  });

  test("under a lease, what the owner receives is never counted for the customer: with and without are the same", () => {
    const leased = choice("lease");
    expect(leased.cumulative.every((point) => point.withGridServicesCents === point.withoutGridServicesCents)).toBe(true);
    expect(leased.receipts.lines).toEqual([
      { key: "upfront-ct-ess", name: "Energy Storage Solutions (Connecticut), upfront", amount: "$3,375", receivedBy: "the system's owner", counted: "Not counted for you" },
      { key: "annual-ct-ess", name: "Energy Storage Solutions (Connecticut), yearly payments", amount: "$8,875 over 25 years", receivedBy: "the system's owner", counted: "Not counted for you" },
    ]);
  });

  test("a contract sharing the payments: half of each year's counts, and the lines say so", () => {
    const shared = choice("ppa", customerKeepsPrograms);
    expect(shared.receipts.lines[1]).toMatchObject({ receivedBy: "the customer (50%) and the system's owner (50%)", counted: "$4,438 counted for you" });
    const own = choice("cash");
    expect(own.receipts).toEqual({ summary: "You own the system: every incentive and Grid Services payment it earns is yours.", lines: [] });
  });
});

describe("year 1 month by month", () => {
  test("today's bill, the bill with the system, the payment and the difference; the year's totals are the rows' sums", () => {
    const table = choice("loan").monthlyYear1!;
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]).toEqual({ label: "Month 1", todayBill: "$250.00", billWithSystem: "$50.00", payment: "$323.28", withSystemTotal: "$373.28", difference: "-$123.28", differenceCents: -12_328 });
    expect(table.total.differenceCents).toBe(sum(table.rows.map((row) => row.differenceCents)));
    expect(table.total).toMatchObject({ todayBill: "$3,000.00", billWithSystem: "$600.00", payment: "$3,879.36" });
  });

  test("without today's bill there is no monthly table (nothing is guessed)", () => {
    const unknownBill = buildFinancingView(source({ billTodayMonthlyCents: null }));
    expect(unknownBill.hasMonthlyView).toBe(false);
    expect(unknownBill.choices.every((entry) => entry.monthlyYear1 === null)).toBe(true);
  });
});

describe("the payment schedule", () => {
  const prepaid = buildFinancingView(
    source({
      offers: [
        { ...loan, choice: { kind: "loan", loan: { apr: 0.06, termMonths: 60, downPaymentCents: 500_000, dealerFee: 0, frequency: "monthly", prepayment: { month: 18, amountCents: 500_000 } } } },
        { ...lease, choice: { kind: "lease", lease: { monthlyPaymentCents: 15_000, escalator: 0.029, termMonths: 30, upfrontPaymentCents: 100_000, buyout: null } } },
        ppa,
      ],
    }),
  );
  test.each([
    { label: "loan with a down payment and money paid ahead in month 18", id: "loan" },
    { label: "lease with a payment at signing and a partial last year", id: "lease" },
    { label: "PPA (months of year 1 only)", id: "ppa" },
  ])("each year's months add up to the year exactly, and the years to the total: $label", ({ id }) => {
    const schedule = choice(id, prepaid).schedule!;
    for (const year of schedule.years) if (year.months.length > 0) expect(sum(year.months.map((month) => month.paidCents)), year.label).toBe(year.paidCents);
    expect(sum(schedule.years.map((year) => year.paidCents)) + (id === "lease" ? (schedule.atSigning?.paidCents ?? 0) : 0)).toBe(schedule.total.paidCents);
  });

  test("the loan's rows: down payment at signing, the paid-ahead column, the balance at each year's end", () => {
    const schedule = choice("loan", prepaid).schedule!;
    expect(schedule.columns).toEqual(["Payments", "Interest", "Principal", "Paid ahead", "Balance at the end"]);
    expect(schedule.atSigning).toMatchObject({ label: "Down payment", paidCents: 500_000 });
    expect(schedule.years[1]?.cells[3]).toBe("$5,000.00");
    expect(schedule.years.at(-1)?.cells.at(-1)).toBe("$0.00");
    expect(choice("loan", prepaid).withGridServices.monthlyPaymentNote).toMatch(/^\$\d+\.\d\d a month after \$5,000\.00 is paid ahead in month 18\.$/);
  });

  test("cash has no schedule", () => {
    expect(choice("cash").schedule).toBeNull();
  });
});

describe("the tax statement", () => {
  test("Connecticut, 2026, cash: no federal credit, said plainly with its source", () => {
    const tax = choice("cash").tax;
    expect(tax.headline).toBe("No tax credit is counted for you.");
    expect(tax.items[0]?.text).toMatch(/^No federal tax credit: the residential clean energy credit \(§25D\) ended for expenditures made after December 31, 2025/);
    expect(tax.items[0]?.source).toMatchObject({ url: "https://www.everycrsreport.com/reports/IN12611.html", checkedOn: "2026-12-03" });
    expect(tax.notes.at(-1)).toBe("Gridfolio is not tax advice: ask your tax adviser how these rules apply to you.");
  });

  test("under a lease the owner, not the homeowner, may claim §48E: stated, not counted", () => {
    const tax = choice("lease").tax;
    expect(tax.headline).toBe("No tax credit is counted for you: the system's owner, not you, may claim the credits that apply.");
    expect(tax.items[0]?.text).toMatch(/§48E/);
    expect(tax.customerCreditsCents).toBe(0);
  });

  test("Massachusetts, cash: 15% up to $1,000, counted in year 1 of the homeowner's figures (not under a lease)", () => {
    const ma = { ...ctInput, project: { ...ctInput.project, state: "MA", utility: "National Grid" }, programs: [] };
    const massachusetts = buildFinancingView(source({ option: { ...option, project: { state: "MA", segment: "residential" } } }, ma));
    const cash = choice("cash", massachusetts);
    expect(cash.tax.customerCreditsCents).toBe(100_000);
    expect(cash.tax.headline).toBe("Tax credits counted for you: $1,000.00, in year 1 (if you owe enough tax that year to use them).");
    const engine = evaluateOption(ma).financials.withGridServices;
    expect(cash.raw.withGridServices.netCashFlowCents[1]).toBe((engine.annualSavingsCents[0] ?? 0) + 100_000);
    expect(choice("lease", massachusetts).tax.customerCreditsCents).toBe(0);
  });
});

describe("upkeep", () => {
  const withReplacement: OptionInput = { ...ctInput, assumptions: { ...ctInput.assumptions, replacements: [{ component: "battery", costCents: 900_000 }] } };
  const upkept = buildFinancingView(source({}, withReplacement));
  test("the owner pays the battery's replacement: counted under cash, not under a lease, and the lease says why", () => {
    const cashFlow = choice("cash", upkept).raw.withGridServices.netCashFlowCents;
    const withoutReplacement = choice("cash").raw.withGridServices.netCashFlowCents;
    expect((withoutReplacement[11] ?? 0) - (cashFlow[11] ?? 0)).toBe(900_000);
    expect(choice("lease", upkept).raw.withGridServices.netCashFlowCents).toEqual(choice("lease").raw.withGridServices.netCashFlowCents);
    expect(choice("lease", upkept).explanation[0]).toBe("The system's owner maintains and replaces its equipment under a lease or PPA: its O&M and replacements are not counted for you.");
  });
});

describe("the components render the view's text", () => {
  const text = (element: ReactElement) =>
    renderToStaticMarkup(element)
      .replace(/<[^>]+>/g, " ")
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ");
  const markup = renderToStaticMarkup(createElement(FinancingSection, { view }));
  const page = text(createElement(FinancingSection, { view }));

  test("the comparison, each choice's terms, monthly table, tax statement and payback in words", () => {
    for (const expected of [
      "GreenLend 25-year 6.99%",
      "Recommended",
      "$323.28 a month",
      "Saves from month 1",
      "Net savings over 25 years without Grid Services",
      "$45,781.25 financed at 6.99% APR over 25 years",
      "Today's bill",
      "-$123.28",
      "No federal tax credit",
      "Who receives the incentives",
      "Show the calculation",
      "Payment schedule",
    ]) {
      expect(page).toContain(expected);
    }
  });

  test("wide tables scroll inside labelled, keyboard-reachable regions", () => {
    expect(markup).toContain('tabindex="0" role="region" aria-label="Ways to pay, side by side"');
    expect(markup).toContain('aria-label="GreenLend 25-year 6.99%: year 1 month by month"');
  });

  test("disclosures print open: the schedule's yearly table and the calculation are also rendered for paper", () => {
    expect(markup.match(/class="hidden print:block"/g)?.length).toBe(2 * 4 - 1); // calculation ×4, schedule ×3 (cash has none)
    expect(markup).toContain("details");
    expect(markup).toContain("print:hidden");
  });
});
