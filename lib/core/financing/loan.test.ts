import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { amortizeLoan, grossUpForDealerFee, levelPaymentCents } from "./loan";
import type { LoanSchedule, LoanTerms } from "./loan";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("level payment", () => {
  test.each([
    // 10,000 × 0.05 ÷ (1 − 1.05^−10) = 500 ÷ 0.386087 = 1,295.0457 → $1,295.05.
    { label: "$10,000 at 5% a year for 10 years: $1,295.05", balance: 1_000_000, rate: 0.05, periods: 10, expected: 129_505 },
    // 20,000 × 0.005 ÷ (1 − 1.005^−60) = 100 ÷ 0.258628 = 386.656 → $386.66.
    { label: "$20,000 at 6% APR for 60 months (0.5% a month): $386.66", balance: 2_000_000, rate: 0.005, periods: 60, expected: 38_666 },
    { label: "0%: the balance ÷ the periods, $12,000 ÷ 12 = $1,000", balance: 1_200_000, rate: 0, periods: 12, expected: 100_000 },
    // 1,000 ÷ 7 = 142.857 → $142.86: the last payment will settle the remainder.
    { label: "0% and an uneven split: $1,000 ÷ 7 = $142.86", balance: 100_000, rate: 0, periods: 7, expected: 14_286 },
  ])("$label", ({ balance, rate, periods, expected }) => {
    expect(levelPaymentCents(balance, rate, periods)).toBe(expected);
  });
});

describe("dealer fee, built into the price", () => {
  test.each([
    // 30,000 ÷ (1 − 0.25) = 40,000: the lender keeps 25% of $40,000 = $10,000 and pays out $30,000.
    { label: "25% of the amount financed: $30,000 ÷ 0.75 = $40,000", net: 3_000_000, fee: 0.25, expected: 4_000_000 },
    // 25,000 ÷ 0.7 = 35,714.2857 → $35,714.29.
    { label: "30%: $25,000 ÷ 0.7 = $35,714.29", net: 2_500_000, fee: 0.3, expected: 3_571_429 },
    { label: "no fee: the price itself", net: 2_500_000, fee: 0, expected: 2_500_000 },
  ])("$label", ({ net, fee, expected }) => {
    expect(grossUpForDealerFee(net, fee)).toBe(expected);
  });

  test("the schedule states the fee and the installer's net, which add up to the amount financed", () => {
    const schedule = amortizeLoan({ cashPriceCents: 3_500_000, downPaymentCents: 500_000, dealerFee: 0.25, apr: 0, termMonths: 120 });
    expect(schedule.amountFinancedCents).toBe(4_000_000);
    expect(schedule.dealerFeeCents).toBe(1_000_000);
    expect(schedule.explanation[0]).toBe(
      "Amount financed: ($35,000.00 price − $5,000.00 down payment) ÷ (1 − 25% dealer fee) = $40,000.00; the lender keeps the $10,000.00 fee and pays the installer the rest, $30,000.00.",
    );
  });
});

describe("amortization schedules, hand-computed", () => {
  test("$10,000 at 5%, paid yearly for 10 years", () => {
    const schedule = amortizeLoan({ cashPriceCents: 1_000_000, apr: 0.05, termMonths: 120, frequency: "yearly" });
    // Year 1: interest 10,000 × 5% = $500; principal 1,295.05 − 500 = $795.05; balance $9,204.95.
    // Year 2: interest 9,204.95 × 5% = 460.2475 → $460.25; principal $834.80; balance $8,370.15.
    expect(schedule.periods.slice(0, 2)).toEqual([
      { period: 1, year: 1, month: 12, paymentCents: 129_505, interestCents: 50_000, principalCents: 79_505, prepaymentCents: 0, balanceCents: 920_495 },
      { period: 2, year: 2, month: 24, paymentCents: 129_505, interestCents: 46_025, principalCents: 83_480, prepaymentCents: 0, balanceCents: 837_015 },
    ]);
    // Year 10: interest 1,233.34 × 5% = 61.667 → $61.67; the last payment settles $1,233.34 + $61.67 = $1,295.01.
    expect(schedule.periods[9]).toEqual({ period: 10, year: 10, month: 120, paymentCents: 129_501, interestCents: 6_167, principalCents: 123_334, prepaymentCents: 0, balanceCents: 0 });
    expect(schedule.totalInterestCents).toBe(295_046);
    expect(schedule.totalRepaidCents).toBe(1_295_046);
  });

  test("$20,000 at 6% APR, 60 monthly payments", () => {
    const schedule = amortizeLoan({ cashPriceCents: 2_000_000, apr: 0.06, termMonths: 60 });
    // Month 1: interest 20,000 × 0.5% = $100; principal $286.66. Month 2: 19,713.34 × 0.5% = 98.5667 → $98.57.
    expect(schedule.periods.slice(0, 2).map((p) => [p.interestCents, p.principalCents, p.balanceCents])).toEqual([
      [10_000, 28_666, 1_971_334],
      [9_857, 28_809, 1_942_525],
    ]);
    // Month 60: the last $384.49 of principal + $1.92 interest = $386.41 (25¢ less than the level payment).
    expect(schedule.periods[59]).toMatchObject({ paymentCents: 38_641, interestCents: 192, principalCents: 38_449, balanceCents: 0 });
    expect(schedule.totalInterestCents).toBe(319_935);
    expect(schedule.years.map((y) => y.paymentCents)).toEqual([463_992, 463_992, 463_992, 463_992, 463_967]);
  });

  test("a $5,000 incentive paid ahead at month 18 is re-amortized: same end date, lower payment", () => {
    const schedule = amortizeLoan({ cashPriceCents: 2_000_000, apr: 0.06, termMonths: 60, prepayment: { month: 18, amountCents: 500_000 } });
    // Month 18: balance after the regular payment 14,614.87 − 5,000 = $9,614.87, over the 42 months left:
    // 9,614.87 × 0.005 ÷ (1 − 1.005^−42) = 254.37 a month.
    expect(schedule.periods[17]).toMatchObject({ period: 18, interestCents: 7_463, principalCents: 31_203, prepaymentCents: 500_000, balanceCents: 961_487 });
    expect(schedule.paymentAfterPrepaymentCents).toBe(25_437);
    expect(schedule.periods[18]).toMatchObject({ paymentCents: 25_437, interestCents: 4_807 });
    expect(schedule.periods).toHaveLength(60);
    expect(schedule.periods[59]).toMatchObject({ paymentCents: 25_455, balanceCents: 0 });
    expect(schedule.totalInterestCents).toBe(264_360);
    expect(schedule.explanation).toContain(
      "Month 18: $5,000.00 paid ahead; the balance left is re-amortized over the remaining 42 months at $254.37 a month (same end date, lower payment).",
    );
  });

  test.each([
    { label: "a prepayment larger than the balance repays the loan and is capped at what was owed", amount: 5_000_000, expectedPrepaid: 1_492_690 - 31_203, periods: 18 },
    { label: "a prepayment after the last month is ignored", month: 61, amount: 100_000, expectedPrepaid: 0, periods: 60 },
  ])("$label", ({ month = 18, amount, expectedPrepaid, periods }) => {
    const schedule = amortizeLoan({ cashPriceCents: 2_000_000, apr: 0.06, termMonths: 60, prepayment: { month, amountCents: amount } });
    expect(schedule.prepaymentCents).toBe(expectedPrepaid);
    expect(schedule.periods).toHaveLength(periods);
    expect(schedule.periods[schedule.periods.length - 1]?.balanceCents).toBe(0);
  });

  test("0% over 7 months: six payments of $142.86 and a last one of $142.84", () => {
    const schedule = amortizeLoan({ cashPriceCents: 100_000, apr: 0, termMonths: 7 });
    expect(schedule.periods.map((p) => p.paymentCents)).toEqual([14_286, 14_286, 14_286, 14_286, 14_286, 14_286, 14_284]);
    expect(schedule.totalInterestCents).toBe(0);
  });

  test("yearly payments: a prepayment in month 18 is paid with year 2's payment", () => {
    const schedule = amortizeLoan({ cashPriceCents: 1_000_000, apr: 0.05, termMonths: 120, frequency: "yearly", prepayment: { month: 18, amountCents: 100_000 } });
    expect(schedule.periods[1]).toMatchObject({ period: 2, prepaymentCents: 100_000, balanceCents: 737_015 });
  });

  test("nothing to finance when the down payment covers the price", () => {
    const schedule = amortizeLoan({ cashPriceCents: 1_000_000, downPaymentCents: 1_000_000, apr: 0.07, termMonths: 120 });
    expect(schedule.amountFinancedCents).toBe(0);
    expect(schedule.periods).toEqual([]);
  });

  test("a yearly loan needs a term in whole years", () => {
    expect(() => amortizeLoan({ cashPriceCents: 1_000_000, apr: 0.05, termMonths: 30, frequency: "yearly" })).toThrow(RangeError);
  });
});

const loanTerms = fc.record({
  cashPriceCents: fc.integer({ min: 0, max: 20_000_000 }),
  downPaymentCents: fc.integer({ min: 0, max: 2_000_000 }),
  dealerFee: fc.constantFrom(0, 0.1, 0.2, 0.3, 0.35),
  apr: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
  termMonths: fc.integer({ min: 1, max: 360 }),
  frequency: fc.constantFrom<"monthly" | "yearly">("monthly", "yearly"),
  prepayment: fc.option(fc.record({ month: fc.integer({ min: 1, max: 400 }), amountCents: fc.integer({ min: 0, max: 5_000_000 }) }), { nil: null }),
});

function checkSchedule(schedule: LoanSchedule) {
  const periods = schedule.periods;
  // Every regular payment and the prepayment repay the amount financed and the interest, to the cent.
  expect(sum(periods.map((p) => p.paymentCents)) + sum(periods.map((p) => p.prepaymentCents))).toBe(schedule.amountFinancedCents + schedule.totalInterestCents);
  expect(sum(periods.map((p) => p.principalCents)) + schedule.prepaymentCents).toBe(schedule.amountFinancedCents);
  // The yearly sums are the periods' sums.
  for (const key of ["paymentCents", "interestCents", "principalCents", "prepaymentCents"] as const) {
    expect(sum(schedule.years.map((y) => y[key]))).toBe(sum(periods.map((p) => p[key])));
  }
  for (const period of periods) {
    expect(period.balanceCents).toBeGreaterThanOrEqual(0);
    expect(period.interestCents).toBeGreaterThanOrEqual(0);
    expect(period.principalCents).toBeGreaterThanOrEqual(0);
    expect(Number.isSafeInteger(period.paymentCents)).toBe(true);
  }
  if (schedule.amountFinancedCents > 0) expect(periods[periods.length - 1]?.balanceCents).toBe(0);
}

describe("properties", () => {
  test("schedules always sum exactly; the balance never goes negative and reaches 0", () => {
    fc.assert(
      fc.property(loanTerms, (raw) => {
        const terms: LoanTerms = { ...raw, termMonths: raw.frequency === "yearly" ? Math.max(12, raw.termMonths - (raw.termMonths % 12)) : raw.termMonths };
        checkSchedule(amortizeLoan(terms));
      }),
      { numRuns: 300 },
    );
  });

  test("at 0%, the payments repay exactly the amount financed (price − down payment + dealer fee)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 360 }), fc.constantFrom(0, 0.15, 0.3), (price, term, fee) => {
        const schedule = amortizeLoan({ cashPriceCents: price, apr: 0, termMonths: term, dealerFee: fee });
        expect(schedule.totalRepaidCents).toBe(price + schedule.dealerFeeCents);
        expect(schedule.totalInterestCents).toBe(0);
      }),
    );
  });
});
