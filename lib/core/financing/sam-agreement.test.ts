/**
 * Gridfolio against NREL SAM's residential finance model (`cashloan`, NREL/ssc, snapshot e97a19f8 of 2025-06-04):
 * ssc/cmod_cashloan.cpp and shared/lib_financial.cpp. SAM's definitions are transcribed here from its C++ (names kept),
 * then compared with Gridfolio's on cases SAM covers. docs/financing.md, "SAM comparison", lists where the two differ
 * and why.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { paybackYears } from "../returns/payback";
import { computeFinancingFigures } from "./figures";
import { amortizeLoan } from "./loan";

// cmod_cashloan.cpp, years 2..loan_term (year 1 uses libfin::ppmt, the same level payment):
//   principal = loan_rate × loan_amount / (1 − (1 + loan_rate)^−loan_term) − interest, interest = loan_rate × balance,
// so the total debt payment is the annuity payment (loan_amount ÷ loan_term at 0 %), paid once a year, unrounded.
function samAnnualPayment(loanAmount: number, loanRate: number, loanTerm: number): number {
  return loanRate === 0 ? loanAmount / loanTerm : (loanRate * loanAmount) / (1 - (1 + loanRate) ** -loanTerm);
}

// lib_financial.cpp, libfin::payback: the first year i in 1..nyears−1 whose cumulative is > 0, then
// i − cumulative[i] ÷ flow[i]; NaN when none.
function samPayback(cumulative: readonly number[], flow: readonly number[], nyears: number): number {
  for (let i = 1; i < nyears; i++) {
    if ((cumulative[i] ?? 0) > 0) return (flow[i] ?? 0) !== 0 ? i - (cumulative[i] ?? 0) / (flow[i] ?? 1) : i;
  }
  return Number.NaN;
}

// lib_financial.cpp, libfin::npv: years 1..nyears discounted; cmod_cashloan adds year 0 undiscounted.
function samNpv(cf: readonly number[], nyears: number, rate: number): number {
  const rr = 1 / (1 + rate);
  let result = 0;
  for (let i = nyears; i > 0; i--) result = rr * result + (cf[i] ?? 0);
  return result * rr;
}

describe("loan payment: SAM's annual payment, to the cent", () => {
  test.each([
    // 0.05 × 10,000 ÷ (1 − 1.05^−10) = 1,295.0457…
    { label: "$10,000 at 5% for 10 years", amount: 10_000, rate: 0.05, term: 10 },
    { label: "$25,000 at 7.99% for 20 years", amount: 25_000, rate: 0.0799, term: 20 },
    { label: "$12,000 at 0% for 12 years (SAM: loan_amount ÷ loan_term)", amount: 12_000, rate: 0, term: 12 },
  ])("$label", ({ amount, rate, term }) => {
    const schedule = amortizeLoan({ cashPriceCents: amount * 100, apr: rate, termMonths: 12 * term, frequency: "yearly" });
    expect(schedule.paymentCents).toBe(Math.round(samAnnualPayment(amount, rate, term) * 100));
  });

  test("SAM's own residential case (PVWatts, 100% debt): $17,417.60 at 4% over 25 years", () => {
    // test/input_json/FinancialModels/cashloan/2022.08.08_develop_branch_PVWatts_Residential_cmod_cashloan*.json:
    // loan_rate 4, loan_term 25, debt_fraction 100, total_installed_cost 17,417.60, no incentives. SAM's outputs:
    const samPayment = 1114.9347630293514; // cf_debt_payment_total, every year
    const samInterestYear1 = 696.704; // cf_debt_payment_interest[1]
    const samBalance = [17417.6, 16999.369236970648, 16564.409243420123, 16112.050850127576, 15641.598121103329, 15152.327282918111];
    const schedule = amortizeLoan({ cashPriceCents: 1_741_760, apr: 0.04, termMonths: 300, frequency: "yearly" });
    // Years 1–24: SAM's payment rounded to the cent.
    for (const period of schedule.periods.slice(0, 24)) expect(period.paymentCents).toBe(Math.round(samPayment * 100));
    expect(schedule.periods[0]?.interestCents).toBe(Math.round(samInterestYear1 * 100));
    // Balances: Gridfolio pays 0.476¢ a year less than SAM's unrounded payment, so its balance runs ahead of SAM's by at
    // most that, compounded: 0.476 × ((1.04^k − 1) ÷ 0.04) + ½¢ for the rounding of the balance itself.
    samBalance.forEach((balance, k) => {
      const bound = 0.476 * ((1.04 ** k - 1) / 0.04) + 0.5;
      expect(Math.abs((k === 0 ? 1_741_760 : schedule.periods[k - 1]!.balanceCents) - balance * 100)).toBeLessThanOrEqual(bound);
    });
    // The last payment settles those cents: $1,115.10 against SAM's $1,114.93 (SAM's balance reaches 2.8e-11, not 0).
    expect(schedule.periods[24]?.paymentCents).toBe(111_510);
    expect(schedule.periods[24]?.balanceCents).toBe(0);
  });
});

describe("payback: SAM's definition and Gridfolio's simple payback agree", () => {
  test.each([
    // −9,000, then 2,000 a year: the cumulative first exceeds 0 in year 5 (+1,000): 5 − 1,000 ÷ 2,000 = 4.5.
    { label: "$9,000, then $2,000 a year", flows: [-9_000, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000], expected: 4.5 },
    // Cumulative exactly 0 at year 3: SAM (strictly > 0) finds year 4 and steps back a whole year: 4 − 1,000 ÷ 1,000 = 3.
    { label: "the cumulative reaches exactly 0 (SAM's > 0 and Gridfolio's ≥ 0 give the same year)", flows: [-3_000, 1_000, 1_000, 1_000, 1_000, 1_000], expected: 3 },
  ])("$label", ({ flows, expected }) => {
    const cumulative: number[] = [];
    let running = 0;
    for (const flow of flows) cumulative.push((running += flow));
    expect(samPayback(cumulative, flows, flows.length - 1)).toBeCloseTo(expected, 12);
    expect(paybackYears(cumulative)).toBeCloseTo(expected, 12);
  });

  test("property: equal whenever the cumulative turns positive before the final year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 30 }), (outlay, savings) => {
        const flows = [-outlay, ...savings];
        const cumulative: number[] = [];
        let running = 0;
        for (const flow of flows) cumulative.push((running += flow));
        const nyears = savings.length;
        const sam = samPayback(cumulative, flows, nyears);
        const gridfolio = paybackYears(cumulative);
        // SAM's loop stops before the final year (i < nyears): a payback in the final year is NaN there.
        if (Number.isNaN(sam)) expect(gridfolio === null || gridfolio > nyears - 1).toBe(true);
        else expect(gridfolio).toBeCloseTo(sam, 9);
      }),
    );
  });

  test("a residential loan: SAM's payback ignores the loan (it adds the debt payments back), which is Gridfolio's cash payback", () => {
    // cmod_cashloan.cpp, residential, not a mortgage: cf_payback_with_expenses[i] = after-tax cash flow + interest +
    // principal = energy value − operating expenses (no taxes here), from −(loan + first cost) in year 0.
    const input = {
      years: 10,
      systemPriceCents: 1_000_000,
      billSavingsCents: new Array<number>(10).fill(150_000),
      upfrontIncentives: [],
      annualIncentives: [],
      discountRate: 0.05,
    };
    const cash = computeFinancingFigures({ ...input, financing: { kind: "cash" } });
    const cumulative = [-10_000];
    const flows = [-10_000];
    for (let year = 1; year <= 10; year++) {
      flows.push(1_500);
      cumulative.push(cumulative[year - 1]! + 1_500);
    }
    // −10,000 + 7 × 1,500 = +500 in year 7: 7 − 500 ÷ 1,500 = 6.667.
    expect(cash.payback.kind === "cash" ? cash.payback.simpleYears : null).toBeCloseTo(samPayback(cumulative, flows, 10), 12);
  });

  test("discounted payback: SAM's cf_discounted_cumulative_payback, with Gridfolio's cash discounted payback", () => {
    // SAM: discounted savings − discounted costs, costs in year 0 = the capital investment; nominal rate 5%.
    const flows = [-9_000, ...new Array<number>(10).fill(2_000)];
    const cumulative: number[] = [];
    const discounted: number[] = [];
    let running = 0;
    flows.forEach((flow, year) => {
      discounted.push(flow / 1.05 ** year);
      cumulative.push((running += flow / 1.05 ** year));
    });
    const sam = samPayback(cumulative, discounted, 10);
    const figures = computeFinancingFigures({
      years: 10,
      systemPriceCents: 900_000,
      billSavingsCents: new Array<number>(10).fill(200_000),
      upfrontIncentives: [],
      annualIncentives: [],
      discountRate: 0.05,
      financing: { kind: "cash" },
    });
    // 2,000 × (1 − 1.05^−5) ÷ 0.05 = 8,658.95 < 9,000 < 10,151.38 after 6 years: 5 + 341.05 ÷ 1,492.43 = 5.229.
    expect(figures.payback.kind === "cash" ? figures.payback.discountedYears : null).toBeCloseTo(sam, 9);
    expect(sam).toBeCloseTo(5.2285, 4);
  });
});

describe("NPV of a residential loan: SAM's after-tax cash flow, Gridfolio's customer cash flow", () => {
  test("$17,417.60 at 4% for 25 years, all debt, $1,500 a year of savings, 6.4% real + 2.5% inflation", () => {
    // cmod_cashloan.cpp: nom_discount_rate = (1 + real)(1 + inflation) − 1 = 1.064 × 1.025 − 1 = 9.06%;
    // cf_after_tax_cash_flow[0] = −first_cost (0: all debt); [i] = energy value − operating expenses − debt payment
    // (no taxes or incentives here); npv = cf[0] + libfin::npv(cf, nyears, nom_discount_rate).
    const nominal = 1.064 * 1.025 - 1;
    const payment = samAnnualPayment(17_417.6, 0.04, 25);
    const cf = [0, ...new Array<number>(25).fill(1_500 - payment)];
    const samNpvDollars = cf[0]! + samNpv(cf, 25, nominal);
    const figures = computeFinancingFigures({
      years: 25,
      systemPriceCents: 1_741_760,
      billSavingsCents: new Array<number>(25).fill(150_000),
      upfrontIncentives: [],
      annualIncentives: [],
      discountRate: nominal,
      financing: { kind: "loan", loan: { apr: 0.04, termMonths: 300, frequency: "yearly" } },
    });
    // Gridfolio's payments are SAM's rounded to the cent (0.476¢ less in years 1–24, 16.5¢ more in year 25), which moves
    // the NPV by Σ 0.476 ÷ 1.0906^y − 16.5 ÷ 1.0906^25 ≈ +2.6¢: the two agree within 5¢.
    expect(Math.abs(figures.npvCents - samNpvDollars * 100)).toBeLessThanOrEqual(5);
    // (1,500 − 1,114.93) × (1 − 1.0906^−25) ÷ 0.0906 = 385.07 × 9.775 = 3,764.02.
    expect(samNpvDollars).toBeCloseTo(3_764.02, 2);
  });
});
