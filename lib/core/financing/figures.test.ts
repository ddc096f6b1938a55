import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeFinancingFigures } from "./figures";
import type { AnnualIncentive, Financing, FiguresInput, UpfrontIncentive } from "./figures";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const flat = (cents: number, years: number) => new Array<number>(years).fill(cents);

/** A $10,000 option, $1,000 off at signing, saving $2,000 a year for 5 years. */
const base: FiguresInput = {
  years: 5,
  systemPriceCents: 1_000_000,
  billSavingsCents: flat(200_000, 5),
  upfrontIncentives: [{ id: "rebate", name: "Town rebate", cents: 100_000, recipient: { kind: "customer" }, month: 0 }],
  annualIncentives: [],
  discountRate: 0.05,
  financing: { kind: "cash" },
};

describe("cash", () => {
  const figures = computeFinancingFigures(base);

  test("net price, flows and cumulative", () => {
    expect(figures.netPriceCents).toBe(900_000);
    expect(figures.netCashFlowCents).toEqual([-900_000, 200_000, 200_000, 200_000, 200_000, 200_000]);
    expect(figures.cumulativeCents).toEqual([-900_000, -700_000, -500_000, -300_000, -100_000, 100_000]);
    expect(figures.lifetimeNetCents).toBe(100_000);
  });

  test("simple payback 4.5 years; discounted at 5% it does not pay back within 5 years", () => {
    // Year 5 covers 100,000 of its 200,000: 4 + 100,000 ÷ 200,000 = 4.5. Discounted: Σ 2,000 ÷ 1.05^y (y = 1..5) = 8,658.95 < 9,000.
    expect(figures.payback).toEqual({
      kind: "cash",
      simpleYears: 4.5,
      discountedYears: null,
      isCoveredByIncentives: false,
      sentence: "Pays back in 4.5 years; with savings discounted at 5% a year, not within 5 years.",
    });
  });

  test("NPV, IRR and ROI labelled with its horizon", () => {
    // −9,000 + 2,000 × (1 − 1.05^−5) ÷ 0.05 = −9,000 + 8,658.95 = −341.05.
    expect(figures.npvCents).toBe(-34_105);
    expect(figures.irr).not.toBeNull();
    expect(figures.irr!).toBeCloseTo(0.03622, 4);
    expect(figures.roi).toEqual({ value: 100_000 / 900_000, horizonYears: 5, label: "ROI over 5 years, not discounted (net savings ÷ what you pay for the system)" });
  });

  test.each([
    { label: "incentives equal to the price", incentive: 1_000_000, sentence: "The incentives cover the whole price: there is nothing to pay back, so there is no payback period, and the savings are yours from the first month." },
    { label: "incentives above the price", incentive: 1_200_000, sentence: "The incentives cover the whole price and $2,000 more: there is nothing to pay back, so there is no payback period, and the savings are yours from the first month." },
  ])("a net price at or below zero is explained, not shown as 0 years: $label", ({ incentive, sentence }) => {
    const covered = computeFinancingFigures({ ...base, upfrontIncentives: [{ id: "big", name: "Big rebate", cents: incentive, recipient: { kind: "customer" }, month: 0 }] });
    expect(covered.payback).toMatchObject({ simpleYears: null, isCoveredByIncentives: true, sentence });
    expect(covered.roi.value).toBeNull();
    expect(covered.roi.label).toBe("ROI over 5 years: none, since nothing is paid for the system");
    expect(covered.irr).toBeNull();
    expect(covered.irrNote).toBe("No IRR: you never pay more than you save in any year, so there is no investment to earn a rate on.");
  });
});

describe("IRR only where money is put in first", () => {
  test.each([
    {
      label: "a lease that saves at first and costs later has no IRR (a rate would be a borrowing cost, not a return)",
      input: { ...base, upfrontIncentives: [], financing: { kind: "lease", lease: { monthlyPaymentCents: 15_000, escalator: 0.1, termMonths: 60 } } } satisfies FiguresInput,
      irr: null,
      note: "No IRR: you save before you pay anything, so there is no investment to earn a rate on (a rate here would be a cost of borrowing, not a return); read the NPV.",
    },
    {
      label: "a replacement in year 3 turns the flow negative again: the lowest IRR is shown, with a warning",
      input: { ...base, customerCostsCents: [0, 0, 500_000, 0, 0] } satisfies FiguresInput,
      irr: "a number",
      note: "The yearly flow changes sign 3 times (replacements, credits or payments that end), so more than one rate can make it break even: the lowest is shown, and the NPV is the safer figure.",
    },
  ])("$label", ({ input, irr, note }) => {
    const figures = computeFinancingFigures(input);
    if (irr === null) expect(figures.irr).toBeNull();
    else expect(figures.irr).not.toBeNull();
    expect(figures.irrNote).toBe(note);
  });
});

describe("loan", () => {
  test("0% with a 20% dealer fee: the lifetime figure is cash's less the fee", () => {
    // Net price $9,000 ÷ 0.8 = $11,250 financed ($2,250 fee), $187.50 a month = $2,250 a year against $2,000 of savings.
    const figures = computeFinancingFigures({ ...base, financing: { kind: "loan", loan: { apr: 0, termMonths: 60, dealerFee: 0.2 } } });
    expect(figures.netCashFlowCents).toEqual([0, -25_000, -25_000, -25_000, -25_000, -25_000]);
    expect(figures.lifetimeNetCents).toBe(100_000 - 225_000);
    expect(figures.paymentsCents).toEqual([0, 225_000, 225_000, 225_000, 225_000, 225_000]);
    expect(figures.irr).toBeNull();
    expect(figures.irrNote).toBe("No IRR: you never save more than you pay in any year.");
    expect(figures.payback).toEqual({
      kind: "financed",
      savesFromMonthOne: false,
      breakEvenMonth: null,
      positiveMonthsInYear1: 0,
      sentence: "Within 5 years your savings do not catch up with what you pay: $1,250 short at the end. In year 1, 0 of 12 months save money (the month's bill savings are above its payment).",
    });
  });

  test("a down payment is caught up with in month 30", () => {
    // $10,000, $2,000 down, $8,000 at 0% over 60 months: $133.33 a month (the last $133.53); savings $200 a month.
    // Year ends: −2,000 + 12 × 66.67 = −1,199.96, then −399.92, then +400.12: year 3 covers 399.92 of its 800.04 in
    // ⌈12 × 399.92 ÷ 800.04⌉ = ⌈5.998⌉ = 6 months: month 24 + 6 = 30.
    const figures = computeFinancingFigures({
      ...base,
      upfrontIncentives: [],
      billSavingsCents: flat(240_000, 5),
      financing: { kind: "loan", loan: { apr: 0, termMonths: 60, downPaymentCents: 200_000 } },
    });
    expect(figures.cumulativeCents.slice(0, 4)).toEqual([-200_000, -119_996, -39_992, 40_012]);
    expect(figures.payback).toMatchObject({ savesFromMonthOne: false, breakEvenMonth: 30, positiveMonthsInYear1: 12 });
    expect(figures.totalPaidForSystemCents).toBe(1_000_000);
  });

  test("an incentive received at month 18 and paid ahead: it arrives and leaves in year 2", () => {
    const figures = computeFinancingFigures({
      ...base,
      upfrontIncentives: [{ id: "ct-ess", name: "CT-ESS upfront", cents: 337_500, recipient: { kind: "customer" }, month: 18 }],
      financing: { kind: "loan", loan: { apr: 0.0699, termMonths: 60, prepayment: { month: 18, amountCents: 337_500 } } },
    });
    const loan = figures.schedule?.kind === "loan" ? figures.schedule.loan : null;
    expect(loan?.prepaymentCents).toBe(337_500);
    expect(figures.paymentsCents[2]).toBe((loan?.years[1]?.paymentCents ?? 0) + 337_500);
    // Year 2: savings + the incentive − the year's payments and the prepayment.
    expect(figures.netCashFlowCents[2]).toBe(200_000 + 337_500 - (figures.paymentsCents[2] ?? 0));
  });

  test("payments past the horizon are counted in its last year", () => {
    const figures = computeFinancingFigures({ ...base, financing: { kind: "loan", loan: { apr: 0, termMonths: 120 } } });
    // $9,000 over 120 months = $75 a month; years 6–10 ($4,500) fall in year 5.
    expect(figures.paymentsCents).toEqual([0, 90_000, 90_000, 90_000, 90_000, 540_000]);
    expect(figures.explanation).toContain("The payments run past the 5-year horizon: the last $4,500 are counted in year 5, since you still owe them.");
  });
});

describe("lease and PPA: the customer's figures only", () => {
  const owned: Pick<FiguresInput, "upfrontIncentives" | "annualIncentives"> = {
    upfrontIncentives: [{ id: "ct-ess-upfront", name: "CT-ESS upfront", cents: 337_500, recipient: { kind: "owner" }, month: 0 }],
    annualIncentives: [{ id: "connected-solutions", name: "ConnectedSolutions", cents: flat(50_000, 5), recipient: { kind: "owner" } }],
  };
  const lease: Financing = { kind: "lease", lease: { monthlyPaymentCents: 15_000, escalator: 0, termMonths: 60 } };

  test("a $150 lease against $2,000 of savings: the owner's incentives are not counted, and it saves from month 1", () => {
    const figures = computeFinancingFigures({ ...base, ...owned, financing: lease });
    expect(figures.ownership).toBe("third-party");
    expect(figures.netPriceCents).toBeNull();
    expect(figures.netCashFlowCents).toEqual([0, 20_000, 20_000, 20_000, 20_000, 20_000]);
    expect(figures.payback).toMatchObject({ savesFromMonthOne: true, breakEvenMonth: 1, positiveMonthsInYear1: 12 });
    expect(figures.explanation).toContain("CT-ESS upfront: $3,375 paid to the system's owner; not counted for you.");
    expect(figures.explanation).toContain("ConnectedSolutions: $2,500 over 5 years, paid to the system's owner; counted for you: $0.");
    expect(figures.roi.value).toBeCloseTo(100_000 / 900_000, 12);
  });

  test("the same payments shared 40 / 60 add 40% of them", () => {
    const shared = computeFinancingFigures({
      ...base,
      ...owned,
      annualIncentives: [{ id: "connected-solutions", name: "ConnectedSolutions", cents: flat(50_000, 5), recipient: { kind: "shared", customerShare: 0.4 } }],
      financing: lease,
    });
    expect(shared.netCashFlowCents).toEqual([0, 40_000, 40_000, 40_000, 40_000, 40_000]);
  });

  test("a PPA at $0.15/kWh on 10,000 kWh against $2,000 of savings: $500 a year", () => {
    const figures = computeFinancingFigures({
      ...base,
      ...owned,
      financing: { kind: "ppa", ppa: { dollarsPerKwh: 0.15, escalator: 0, termYears: 5, productionKwhByYear: flat(10_000, 5) } },
    });
    expect(figures.netCashFlowCents).toEqual([0, 50_000, 50_000, 50_000, 50_000, 50_000]);
    expect(figures.totalPaidForSystemCents).toBe(750_000);
  });

  test("year 1, month by month: today's bill, the bill with the system, the payment and the difference", () => {
    const figures = computeFinancingFigures({
      ...base,
      ...owned,
      financing: lease,
      monthlyBills: { todayCents: flat(20_000, 12), withSystemCents: [6_000, 5_000, 3_000, 2_000, 1_000, 1_000, 1_000, 1_000, 2_000, 3_000, 4_000, 6_000] },
    });
    expect(figures.monthlyYear1?.[0]).toEqual({ month: 1, todayBillCents: 20_000, billWithSystemCents: 6_000, paymentCents: 15_000, withSystemTotalCents: 21_000, differenceCents: -1_000 });
    expect(figures.monthlyYear1?.[5]?.differenceCents).toBe(4_000);
    // January and December cost $10 more than today's bill, February the same: 9 of 12 months save. The cumulative is
    // −$10 after January and February and +$10 after March: the savings are ahead from month 3.
    expect(figures.payback).toMatchObject({ positiveMonthsInYear1: 9, savesFromMonthOne: false, breakEvenMonth: 3 });
    // The bills save $2,400 − $350 = $2,050 in the year, the yearly model $2,000: said, not hidden.
    expect(figures.explanation).toContain("The monthly bills save $2,050 in year 1 and the yearly model $2,000: the monthly view shows the bills as given; the yearly figures use the model.");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const recipientArb = fc.oneof(
  fc.constant({ kind: "customer" as const }),
  fc.constant({ kind: "owner" as const }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((customerShare) => ({ kind: "shared" as const, customerShare })),
);

const financingArb: fc.Arbitrary<Financing> = fc.oneof(
  fc.constant<Financing>({ kind: "cash" }),
  fc
    .record({
      apr: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3000 }).map((basisPoints) => basisPoints / 10_000)),
      termMonths: fc.integer({ min: 12, max: 360 }),
      dealerFee: fc.constantFrom(0, 0.1, 0.25),
      downPaymentCents: fc.integer({ min: 0, max: 500_000 }),
      frequency: fc.constantFrom<"monthly" | "yearly">("monthly", "yearly"),
      prepayment: fc.option(fc.record({ month: fc.integer({ min: 1, max: 120 }), amountCents: fc.integer({ min: 0, max: 500_000 }) }), { nil: null }),
    })
    .map<Financing>((loan) => ({ kind: "loan", loan: { ...loan, termMonths: loan.frequency === "yearly" ? loan.termMonths - (loan.termMonths % 12) : loan.termMonths } })),
  fc
    .record({ monthlyPaymentCents: fc.integer({ min: 0, max: 50_000 }), escalator: fc.integer({ min: 0, max: 500 }).map((bp) => bp / 10_000), termMonths: fc.integer({ min: 12, max: 300 }) })
    .map<Financing>((lease) => ({ kind: "lease", lease })),
  fc
    .record({ dollarsPerKwh: fc.integer({ min: 0, max: 4000 }).map((v) => v / 10_000), escalator: fc.integer({ min: 0, max: 500 }).map((bp) => bp / 10_000), termYears: fc.integer({ min: 1, max: 25 }) })
    .map<Financing>((ppa) => ({ kind: "ppa", ppa: { ...ppa, productionKwhByYear: flat(9_000, 25) } })),
);

const baseArb = fc.record({
  years: fc.integer({ min: 1, max: 25 }),
  systemPriceCents: fc.integer({ min: 0, max: 6_000_000 }),
  billSavings: fc.integer({ min: 0, max: 600_000 }),
  discountRate: fc.integer({ min: 0, max: 1000 }).map((bp) => bp / 10_000),
  financing: financingArb,
});

/**
 * Grid Services money: yearly payments (any recipient) and an upfront of $50 or more, at signing or later. Why $50: a
 * loan's level payment is rounded to the cent and its last payment settles the difference, so an incentive of a few
 * cents that lowers the amount financed can lower the rounded payment by a cent and, by repaying more slowly, cost
 * more interest than it saved (a 1¢ incentive reordered a loan's total by 62¢ in a search). From a few dollars up the
 * incentive outweighs that rounding (checked to 30,000 runs at APRs to 30% and terms to 360 months). docs/financing.md.
 */
const gridServicesArb = fc.record({
  annual: fc.array(fc.record({ cents: fc.integer({ min: 0, max: 300_000 }), recipient: recipientArb }), { maxLength: 2 }),
  upfront: fc.option(fc.record({ cents: fc.integer({ min: 5_000, max: 2_000_000 }), month: fc.constantFrom(0, 0, 6, 18), recipient: recipientArb }), { nil: null }),
});

interface Base {
  years: number;
  systemPriceCents: number;
  billSavings: number;
  discountRate: number;
  financing: Financing;
}

function inputOf(b: Base): FiguresInput {
  return {
    years: b.years,
    systemPriceCents: b.systemPriceCents,
    billSavingsCents: flat(b.billSavings, b.years),
    upfrontIncentives: [],
    annualIncentives: [],
    discountRate: b.discountRate,
    financing: b.financing,
  };
}

describe("properties", () => {
  test("with and without Grid Services stays ordered for every financing", () => {
    fc.assert(
      fc.property(baseArb, gridServicesArb, (b, gs) => {
        const without = inputOf(b);
        const annualIncentives: AnnualIncentive[] = gs.annual.map((stream, index) => ({ id: `gs${index}`, name: `Program ${index}`, cents: flat(stream.cents, b.years), recipient: stream.recipient }));
        const upfrontIncentives: UpfrontIncentive[] = gs.upfront === null ? [] : [{ id: "gs-upfront", name: "Upfront", ...gs.upfront }];
        const withGs = { ...without, annualIncentives, upfrontIncentives };
        const a = computeFinancingFigures(withGs);
        const z = computeFinancingFigures(without);
        a.cumulativeCents.forEach((cents, year) => expect(cents, `year ${year}`).toBeGreaterThanOrEqual(z.cumulativeCents[year] ?? 0));
        expect(a.lifetimeNetCents).toBeGreaterThanOrEqual(z.lifetimeNetCents);
        expect(a.npvCents).toBeGreaterThanOrEqual(z.npvCents);
        if (a.payback.kind === "cash" && z.payback.kind === "cash" && z.payback.simpleYears !== null && a.payback.simpleYears !== null) {
          expect(a.payback.simpleYears).toBeLessThanOrEqual(z.payback.simpleYears + 1e-12);
        }
        if (a.payback.kind === "financed" && z.payback.kind === "financed" && z.payback.breakEvenMonth !== null) {
          expect(a.payback.breakEvenMonth).not.toBeNull();
          expect(a.payback.breakEvenMonth!).toBeLessThanOrEqual(z.payback.breakEvenMonth);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("a lease's or PPA's customer figures never include what the owner receives", () => {
    fc.assert(
      fc.property(baseArb, fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 500_000 }), (b, ownerUpfront, ownerAnnual) => {
        if (b.financing.kind === "cash" || b.financing.kind === "loan") return;
        const plain = computeFinancingFigures(inputOf(b));
        const withOwnerMoney = computeFinancingFigures({
          ...inputOf(b),
          upfrontIncentives: [{ id: "u", name: "Upfront", cents: ownerUpfront, recipient: { kind: "owner" }, month: 0 }],
          annualIncentives: [{ id: "a", name: "Program", cents: flat(ownerAnnual, b.years), recipient: { kind: "owner" } }],
        });
        expect(withOwnerMoney.netCashFlowCents).toEqual(plain.netCashFlowCents);
        expect(withOwnerMoney.lifetimeNetCents).toBe(plain.lifetimeNetCents);
      }),
    );
  });

  test("a 0% loan over the term has the lifetime savings of cash, less the dealer fee", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 100, max: 6_000_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.constantFrom(0, 0.1, 0.2, 0.3),
        fc.integer({ min: 0, max: 1_000_000 }),
        (years, price, savings, fee, down) => {
          const input = inputOf({ years, systemPriceCents: price, billSavings: savings, discountRate: 0.05, financing: { kind: "cash" } });
          const cash = computeFinancingFigures(input);
          const loan = computeFinancingFigures({ ...input, financing: { kind: "loan", loan: { apr: 0, termMonths: 12 * years, dealerFee: fee, downPaymentCents: Math.min(down, price) } } });
          const schedule = loan.schedule?.kind === "loan" ? loan.schedule.loan : null;
          expect(loan.lifetimeNetCents).toBe(cash.lifetimeNetCents - (schedule?.dealerFeeCents ?? 0));
        },
      ),
    );
  });

  test("every yearly figure is integer cents, and the cumulative is the running sum of the flows", () => {
    fc.assert(
      fc.property(baseArb, (b) => {
        const figures = computeFinancingFigures(inputOf(b));
        figures.netCashFlowCents.forEach((cents) => expect(Number.isSafeInteger(cents)).toBe(true));
        expect(figures.cumulativeCents[figures.years]).toBe(sum(figures.netCashFlowCents));
        expect(figures.lifetimeNetCents).toBe(sum(figures.netCashFlowCents));
      }),
    );
  });
});
