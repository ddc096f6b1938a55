import { describe, expect, test } from "vitest";
import { financingChoiceSchema, parseFinancingChoice } from "./financing-input";

const loan = (overrides: Record<string, unknown> = {}) => ({ kind: "loan", loan: { apr: 0.0699, termMonths: 300, ...overrides } });
const lease = (overrides: Record<string, unknown> = {}) => ({ kind: "lease", lease: { monthlyPaymentCents: 15_000, escalator: 0.029, termMonths: 300, ...overrides } });

describe("good choices parse, with their defaults", () => {
  test("a loan: monthly, no down payment, no fee, no prepayment", () => {
    expect(parseFinancingChoice(loan())).toEqual({
      success: true,
      data: { kind: "loan", loan: { apr: 0.0699, termMonths: 300, downPaymentCents: 0, dealerFee: 0, frequency: "monthly", prepayment: null } },
    });
  });

  test.each([
    { label: "cash", raw: { kind: "cash" } },
    { label: "a lease with an exercised buyout", raw: lease({ buyout: { afterMonth: 84, priceCents: 1_200_000, isExercised: true } }) },
    { label: "a PPA with a production split", raw: { kind: "ppa", ppa: { dollarsPerKwh: 0.145, escalator: 0.029, termYears: 25, productionKwhByYear: [10_000], monthlyProductionShares: new Array(12).fill(1 / 12) } } },
    { label: "a yearly loan of 25 whole years (to compare with SAM)", raw: loan({ frequency: "yearly" }) },
  ])("$label", ({ raw }) => {
    expect(parseFinancingChoice(raw).success).toBe(true);
  });
});

describe("bad input gets a clear message beside the field; nothing is saved", () => {
  test.each([
    { label: "an APR of 400%", raw: loan({ apr: 4 }), path: "loan.apr", message: "APR: 400% is not a loan rate Gridfolio accepts; enter 0% to 30% (0.0699 for 6.99%)." },
    { label: "a term of 0 months", raw: loan({ termMonths: 0 }), path: "loan.termMonths", message: "Loan term: 0 months is no term at all; enter 1 to 360 months." },
    { label: "a term of 600 months", raw: loan({ termMonths: 600 }), path: "loan.termMonths", message: "Loan term: 600 months (50 years) is longer than the 360 months (30 years) Gridfolio accepts." },
    {
      label: "a dealer fee of 100%",
      raw: loan({ dealerFee: 1 }),
      path: "loan.dealerFee",
      message: "Dealer fee: 100% of the amount financed would leave nothing of the loan to pay for the system; enter 0% to 50%.",
    },
    { label: "a dealer fee of 60%", raw: loan({ dealerFee: 0.6 }), path: "loan.dealerFee", message: "Dealer fee: 60% of the amount financed is more than the 50% Gridfolio accepts." },
    { label: "a negative APR", raw: loan({ apr: -0.01 }), path: "loan.apr", message: "APR cannot be negative." },
    { label: "yearly payments over 30 months", raw: loan({ frequency: "yearly", termMonths: 30 }), path: "loan.termMonths", message: "Loan term: yearly payments need whole years; 30 months is not a multiple of 12." },
    { label: "a prepayment after the loan", raw: loan({ termMonths: 60, prepayment: { month: 61, amountCents: 100 } }), path: "loan.prepayment.month", message: "Prepayment month: month 61 is after the loan's last month (60)." },
    { label: "a down payment in fractions of a cent", raw: loan({ downPaymentCents: 10.5 }), path: "loan.downPaymentCents", message: "Down payment: enter whole cents." },
    { label: "a lease escalator of 25% a year", raw: lease({ escalator: 0.25 }), path: "lease.escalator", message: "Lease escalator: 25% a year is more than the 10% Gridfolio accepts." },
    { label: "a PPA rate typed in cents", raw: { kind: "ppa", ppa: { dollarsPerKwh: 14.5, escalator: 0, termYears: 20, productionKwhByYear: [10_000] } }, path: "ppa.dollarsPerKwh", message: "PPA rate: $14.5/kWh is more than the $2/kWh Gridfolio accepts (enter dollars: 0.145 for 14.5¢)." },
    { label: "an unknown financing kind", raw: { kind: "barter" }, path: "kind", message: "Financing: choose cash, loan, lease or PPA." },
  ])("$label", ({ raw, path, message }) => {
    const result = parseFinancingChoice(raw);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.fieldErrors[path]).toBe(message);
      expect(result.message).toMatch(/nothing was saved\.$/);
    }
  });

  test("a lease escalator that makes the payment dwarf the bill is refused with the option's context", () => {
    // $150 × 1.1^24 = $1,476.95 a month in year 25: $17,723 a year against a $1,200 bill, more than ten times it.
    const result = parseFinancingChoice(lease({ escalator: 0.1 }), { billTodayYearlyCents: 120_000 });
    expect(result).toEqual({
      success: false,
      fieldErrors: {
        "lease.escalator":
          "Lease escalator: at 10% a year the $150 payment grows to about $1,477 a month by year 25, more than 10 times today's bill of $1,200 a year. Check the escalator and the payment.",
      },
      message: "One financing field needs fixing; nothing was saved.",
    });
    // The same lease against a $2,400 bill is ordinary.
    expect(parseFinancingChoice(lease({ escalator: 0.029 }), { billTodayYearlyCents: 240_000 }).success).toBe(true);
  });

  test("a down payment above the price is refused with the option's context", () => {
    const result = parseFinancingChoice(loan({ downPaymentCents: 3_000_000 }), { priceCents: 2_500_000 });
    expect(result.success === false && result.fieldErrors["loan.downPaymentCents"]).toBe("Down payment: $30,000 is more than the $25,000 price; pay cash instead, or lower it.");
  });

  test("unknown keys are errors, so a typo never silently drops an input", () => {
    expect(financingChoiceSchema.safeParse({ kind: "loan", loan: { apr: 0.05, termMonths: 120, dealerfee: 0.2 } }).success).toBe(false);
  });
});
