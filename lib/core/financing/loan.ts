/**
 * A loan's amortization schedule, to the cent (docs/financing.md, "Loan").
 *
 *   amount financed = (cash price − down payment) ÷ (1 − dealer fee)
 *   periodic rate r = APR ÷ 12 (monthly) or APR (yearly)
 *   level payment   = amount × r ÷ (1 − (1 + r)^−n), or amount ÷ n at 0 %, rounded to the cent
 *   each period     : interest = balance × r (rounded); principal = payment − interest; the last payment is
 *                     whatever is left plus its interest, so the payments sum to the amount financed plus interest exactly
 *
 * Dealer fee: solar lenders buy down their rate by charging the installer a share of the amount financed. The
 * installer builds that fee into the financed price so that what the lender pays out, amount × (1 − fee), is the cash
 * price less the down payment: the fee is a share of the amount financed (the lender's convention, the one its offer
 * sheet quotes), grossed up, not a share added on top of the price. The fee in cents is the difference, so the parts
 * add up exactly: amount financed = cash price − down payment + dealer fee.
 *
 * Voluntary prepayment (an incentive that arrives at, say, month 18): paid right after that period's regular payment;
 * the balance left is re-amortized over the periods that remain, so the term stays and the payment drops. A
 * prepayment larger than the balance pays the loan off (only the balance is paid). With yearly payments, a prepayment
 * in month m is paid at the end of the year holding month m.
 *
 * Yearly payments exist to compare with NREL SAM's residential `cashloan` model, which pays a loan once a year
 * (docs/financing.md, "SAM comparison").
 */
import { formatNumber, formatPercent, formatUsd } from "../money/format";
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";

export type PaymentFrequency = "monthly" | "yearly";

export interface LoanPrepayment {
  /** Month of the loan, 1-based, in which the money is paid ahead (with that month's payment). */
  month: number;
  amountCents: Cents;
}

/** A loan offer (a lender's product) applied to one option. Rates are fractions: 0.0699 = 6.99 %. */
export interface LoanTerms {
  /** What the customer would pay in cash, after the incentives taken off the price at signing. */
  cashPriceCents: Cents;
  /** Paid at signing; default 0. */
  downPaymentCents?: Cents;
  /** Share of the amount financed the lender keeps (0.25 = 25 %); default 0. */
  dealerFee?: number;
  /** Nominal annual rate (the APR as lenders quote it for a loan without other fees). */
  apr: number;
  termMonths: number;
  /** Default monthly. Yearly needs a term in whole years. */
  frequency?: PaymentFrequency;
  prepayment?: LoanPrepayment | null;
}

export interface LoanPeriod {
  /** 1-based payment number. */
  period: number;
  /** Loan year, 1-based. */
  year: number;
  /** Month of the loan in which this payment falls (yearly payments fall in the year's 12th month). */
  month: number;
  /** The regular payment: interest + principal. */
  paymentCents: Cents;
  interestCents: Cents;
  principalCents: Cents;
  /** Money paid ahead after this payment (0 in every other period). */
  prepaymentCents: Cents;
  /** Balance after this period's payment and prepayment. */
  balanceCents: Cents;
}

/** One loan year: the sums of its periods, and the balance at its end. */
export interface LoanYear {
  year: number;
  paymentCents: Cents;
  interestCents: Cents;
  principalCents: Cents;
  prepaymentCents: Cents;
  balanceCents: Cents;
}

export interface LoanSchedule {
  frequency: PaymentFrequency;
  periodsPerYear: number;
  /** APR ÷ periods per year. */
  periodicRate: number;
  cashPriceCents: Cents;
  downPaymentCents: Cents;
  dealerFeeCents: Cents;
  amountFinancedCents: Cents;
  /** The level payment at the start (0 when nothing is financed). */
  paymentCents: Cents;
  /** The level payment after a prepayment re-amortized the balance; null without one (or when it paid the loan off). */
  paymentAfterPrepaymentCents: Cents | null;
  /** The prepayment actually made: capped at the balance, 0 when none falls within the loan. */
  prepaymentCents: Cents;
  periods: LoanPeriod[];
  years: LoanYear[];
  totalInterestCents: Cents;
  /** Every regular payment and the prepayment: amount financed + total interest. */
  totalRepaidCents: Cents;
  explanation: string[];
}

/** The level payment that repays `balanceCents` over `periods` at `rate` per period, rounded to the cent. */
export function levelPaymentCents(balanceCents: Cents, rate: number, periods: number): Cents {
  if (periods <= 0) return balanceCents;
  if (rate === 0) return roundCents(balanceCents / periods);
  // 1 − (1 + r)^−n, computed as −expm1(−n·log1p(r)) so that a tiny rate does not cancel to 0.
  return roundCents((balanceCents * rate) / -Math.expm1(-periods * Math.log1p(rate)));
}

/** The amount financed when the lender keeps `dealerFee` of it and pays out `netCents`. */
export function grossUpForDealerFee(netCents: Cents, dealerFee: number): Cents {
  return dealerFee === 0 ? netCents : roundCents(netCents / (1 - dealerFee));
}

export function amortizeLoan(terms: LoanTerms): LoanSchedule {
  const frequency = terms.frequency ?? "monthly";
  const dealerFee = terms.dealerFee ?? 0;
  const downPaymentCents = terms.downPaymentCents ?? 0;
  const periodsPerYear = frequency === "monthly" ? 12 : 1;
  if (frequency === "yearly" && terms.termMonths % 12 !== 0) {
    throw new RangeError(`amortizeLoan: yearly payments need a term in whole years, got ${terms.termMonths} months`);
  }
  const periodCount = frequency === "monthly" ? terms.termMonths : terms.termMonths / 12;
  const rate = terms.apr / periodsPerYear;
  const netFinancedCents = Math.max(0, terms.cashPriceCents - downPaymentCents);
  const amountFinancedCents = grossUpForDealerFee(netFinancedCents, dealerFee);
  const dealerFeeCents = amountFinancedCents - netFinancedCents;
  const explanation: string[] = [];

  if (amountFinancedCents === 0) {
    explanation.push(
      `Nothing to finance: the down payment of ${formatUsd(downPaymentCents)} covers the ${formatUsd(terms.cashPriceCents)} price.`,
    );
    return {
      frequency,
      periodsPerYear,
      periodicRate: rate,
      cashPriceCents: terms.cashPriceCents,
      downPaymentCents,
      dealerFeeCents: 0,
      amountFinancedCents: 0,
      paymentCents: 0,
      paymentAfterPrepaymentCents: null,
      prepaymentCents: 0,
      periods: [],
      years: [],
      totalInterestCents: 0,
      totalRepaidCents: 0,
      explanation,
    };
  }

  explanation.push(describeAmountFinanced(terms.cashPriceCents, downPaymentCents, dealerFee, amountFinancedCents, dealerFeeCents));

  const prepayment = terms.prepayment ?? null;
  // The period after whose payment the prepayment is made (with yearly payments: the year holding its month).
  const prepaymentPeriod = prepayment === null ? null : Math.ceil(prepayment.month / (12 / periodsPerYear));

  const periods: LoanPeriod[] = [];
  let balance = amountFinancedCents;
  let payment = levelPaymentCents(balance, rate, periodCount);
  const firstPaymentCents = payment;
  let paymentAfterPrepaymentCents: Cents | null = null;
  let prepaidCents = 0;
  let totalInterestCents = 0;
  for (let period = 1; period <= periodCount && balance > 0; period++) {
    const interest = roundCents(balance * rate);
    // The last payment settles the balance; before it, the level payment (never more than the balance plus interest,
    // and never less than the interest: the rounded payment on a balance always covers its rounded interest).
    const principal = period === periodCount ? balance : Math.min(Math.max(payment - interest, 0), balance);
    balance -= principal;
    totalInterestCents += interest;
    let prepaid = 0;
    if (period === prepaymentPeriod && prepayment !== null && balance > 0) {
      prepaid = Math.min(prepayment.amountCents, balance);
      balance -= prepaid;
      prepaidCents = prepaid;
      if (balance > 0) {
        payment = levelPaymentCents(balance, rate, periodCount - period);
        paymentAfterPrepaymentCents = payment;
      }
    }
    periods.push({
      period,
      year: Math.ceil(period / periodsPerYear),
      month: frequency === "monthly" ? period : period * 12,
      paymentCents: interest + principal,
      interestCents: interest,
      principalCents: principal,
      prepaymentCents: prepaid,
      balanceCents: balance,
    });
  }

  const years = sumByYear(periods);
  const totalRepaidCents = amountFinancedCents + totalInterestCents;
  const last = periods[periods.length - 1];
  const unit = frequency === "monthly" ? "month" : "year";
  explanation.push(
    `Payment: ${formatUsd(amountFinancedCents, { cents: true })} at ${formatPercent(terms.apr, 2)} APR ` +
      (rate === 0
        ? `(no interest) ÷ ${periodCount} ${unit}s = ${formatUsd(firstPaymentCents, { cents: true })} a ${unit}.`
        : `(${formatPercent(rate, 4)} a ${unit}) over ${periodCount} ${unit}s: ${formatUsd(amountFinancedCents, { cents: true })} × ${formatNumber(rate, 6)} ÷ (1 − ${formatNumber(1 + rate, 6)}^−${periodCount}) = ${formatUsd(firstPaymentCents, { cents: true })} a ${unit}.`),
  );
  if (prepayment !== null) explanation.push(describePrepayment(prepayment, prepaymentPeriod, prepaidCents, paymentAfterPrepaymentCents, periodCount, unit, frequency));
  if (last !== undefined && last.paymentCents !== payment) {
    explanation.push(
      `The last payment (${unit} ${last.period}) is ${formatUsd(last.paymentCents, { cents: true })}: each payment is rounded to the cent, and the last one settles what is left, so the payments add up to the amount financed plus interest exactly.`,
    );
  }
  explanation.push(
    `Repaid in all: ${formatUsd(totalRepaidCents, { cents: true })} = ${formatUsd(amountFinancedCents, { cents: true })} borrowed + ${formatUsd(totalInterestCents, { cents: true })} interest.`,
  );

  return {
    frequency,
    periodsPerYear,
    periodicRate: rate,
    cashPriceCents: terms.cashPriceCents,
    downPaymentCents,
    dealerFeeCents,
    amountFinancedCents,
    paymentCents: firstPaymentCents,
    paymentAfterPrepaymentCents,
    prepaymentCents: prepaidCents,
    periods,
    years,
    totalInterestCents,
    totalRepaidCents,
    explanation,
  };
}

/** The yearly sums of a schedule's periods: each a sum of integers, so the years add up to the periods exactly. */
function sumByYear(periods: readonly LoanPeriod[]): LoanYear[] {
  const years: LoanYear[] = [];
  for (const period of periods) {
    let year = years[years.length - 1];
    if (year === undefined || year.year !== period.year) {
      year = { year: period.year, paymentCents: 0, interestCents: 0, principalCents: 0, prepaymentCents: 0, balanceCents: 0 };
      years.push(year);
    }
    year.paymentCents += period.paymentCents;
    year.interestCents += period.interestCents;
    year.principalCents += period.principalCents;
    year.prepaymentCents += period.prepaymentCents;
    year.balanceCents = period.balanceCents;
  }
  return years;
}

function describeAmountFinanced(cashPriceCents: Cents, downPaymentCents: Cents, dealerFee: number, amountCents: Cents, feeCents: Cents): string {
  const net = `${formatUsd(cashPriceCents, { cents: true })} price${downPaymentCents > 0 ? ` − ${formatUsd(downPaymentCents, { cents: true })} down payment` : ""}`;
  if (dealerFee === 0) return `Amount financed: ${net} = ${formatUsd(amountCents, { cents: true })}.`;
  return (
    `Amount financed: (${net}) ÷ (1 − ${formatPercent(dealerFee, 2)} dealer fee) = ${formatUsd(amountCents, { cents: true })}; ` +
    `the lender keeps the ${formatUsd(feeCents, { cents: true })} fee and pays the installer the rest, ${formatUsd(amountCents - feeCents, { cents: true })}.`
  );
}

function describePrepayment(
  prepayment: LoanPrepayment,
  period: number | null,
  prepaidCents: Cents,
  paymentAfter: Cents | null,
  periodCount: number,
  unit: string,
  frequency: PaymentFrequency,
): string {
  if (period === null || period > periodCount || prepaidCents === 0) {
    return `No prepayment: month ${prepayment.month} is after the loan is repaid.`;
  }
  const when = frequency === "monthly" ? `Month ${prepayment.month}` : `Month ${prepayment.month} (paid with year ${period}'s payment)`;
  const capped = prepaidCents < prepayment.amountCents ? ` (of ${formatUsd(prepayment.amountCents, { cents: true })} offered: only the balance was owed)` : "";
  if (paymentAfter === null) return `${when}: ${formatUsd(prepaidCents, { cents: true })} paid ahead${capped} repays the loan.`;
  return (
    `${when}: ${formatUsd(prepaidCents, { cents: true })} paid ahead${capped}; the balance left is re-amortized over the remaining ` +
    `${periodCount - period} ${unit}s at ${formatUsd(paymentAfter, { cents: true })} a ${unit} (same end date, lower payment).`
  );
}
