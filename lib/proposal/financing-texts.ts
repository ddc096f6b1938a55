/**
 * One financing's figures written as a homeowner reads them: the monthly payment, the net price (in words when the
 * incentives cover it), payback per financing, ROI with its horizon, IRR as a yearly rate. Money goes through the
 * proposal's own formatters (figures.ts), so "$24,310" here is "$24,310" in the headline.
 */
import type { Financing, FinancingFigures, FinancingKind } from "../core/financing";
import { formatNumber, formatPercent, formatUsd, roundCents, type Cents } from "../core/money";
import { formatMoney, formatPayback, formatRatio } from "./figures";

export const KIND_LABELS: Record<FinancingKind, string> = { cash: "Cash", loan: "Loan", lease: "Lease", ppa: "Power purchase agreement (PPA)" };

/** The figures of one financing in one scenario, already written. */
export interface FinancingFigureTexts {
  monthlyPayment: string;
  monthlyPaymentNote: string | null;
  /** Year 1's average month: bill savings less the payment (Grid Services payments come by season, not by month). */
  monthlySavingsYear1: string;
  monthlySavingsYear1Cents: Cents;
  netPrice: string;
  /** Why a net price at or below zero is no price to pay back, or who owns the system. */
  netPriceNote: string | null;
  totalPaid: string;
  /** Short: "8.4 years", "Saves from month 1", "Month 27 (year 3)". */
  payback: string;
  paybackSentence: string;
  lifetimeNet: string;
  npv: string;
  roi: string;
  roiLabel: string;
  irr: string;
  irrNote: string | null;
}

const usd = (cents: Cents) => formatUsd(cents, { cents: true });

function termText(months: number): string {
  if (months % 12 === 0) return months === 12 ? "1 year" : `${months / 12} years`;
  return `${months} months`;
}

/** The regular payments of year 1: what a month of it costs, without a prepayment or buyout made in it. */
export function year1RegularPaymentsCents(figures: FinancingFigures): Cents {
  const schedule = figures.schedule;
  if (schedule === null) return 0;
  switch (schedule.kind) {
    case "loan":
      return schedule.loan.periods.filter((period) => period.month <= 12).reduce((total, period) => total + period.paymentCents, 0);
    case "lease":
      return schedule.lease.months.filter((month) => month.month <= 12).reduce((total, month) => total + month.paymentCents, 0);
    case "ppa":
      return schedule.ppa.years[0]?.paymentCents ?? 0;
    default: {
      const unknown: never = schedule;
      throw new Error(`Unknown schedule ${JSON.stringify(unknown)}`);
    }
  }
}

/** The terms in one sentence: what is financed, at what rate, for how long, and who owns the system. */
export function describeTerms(financing: Financing, figures: FinancingFigures): string {
  switch (financing.kind) {
    case "cash":
      return "You pay the price at signing and own the system.";
    case "loan": {
      const loan = figures.schedule?.kind === "loan" ? figures.schedule.loan : null;
      if (loan === null || loan.amountFinancedCents === 0) return "Nothing is left to finance after the incentives: you pay as with cash and own the system.";
      const parts = [`${usd(loan.amountFinancedCents)} financed at ${formatPercent(financing.loan.apr, 2)} APR over ${termText(financing.loan.termMonths)}`];
      if (loan.downPaymentCents > 0) parts.push(`${usd(loan.downPaymentCents)} down`);
      if (loan.dealerFeeCents > 0) parts.push(`the amount financed includes a ${usd(loan.dealerFeeCents)} dealer fee the lender charges`);
      if (loan.frequency === "yearly") parts.push("paid once a year");
      return `${parts.join("; ")}. You own the system.`;
    }
    case "lease": {
      const { lease } = financing;
      const rising = lease.escalator > 0 ? ` in year 1, rising ${formatPercent(lease.escalator, 2)} a year` : "";
      const upfront = (lease.upfrontPaymentCents ?? 0) > 0 ? `, ${usd(lease.upfrontPaymentCents ?? 0)} at signing` : "";
      return `${usd(lease.monthlyPaymentCents)} a month${rising} for ${termText(lease.termMonths)}${upfront}. The leasing company owns the system.`;
    }
    case "ppa": {
      const { ppa } = financing;
      const rising = ppa.escalator > 0 ? ` in year 1, rising ${formatPercent(ppa.escalator, 2)} a year` : "";
      return `$${formatNumber(ppa.dollarsPerKwh, 4)} for each kWh the system produces${rising}, for ${termText(12 * ppa.termYears)}. The PPA provider owns the system.`;
    }
    default: {
      const unknown: never = financing;
      throw new Error(`Unknown financing ${JSON.stringify(unknown)}`);
    }
  }
}

function monthlyPaymentOf(figures: FinancingFigures): { text: string; note: string | null } {
  const schedule = figures.schedule;
  if (schedule === null) return { text: "None", note: "Paid in full at signing." };
  switch (schedule.kind) {
    case "loan": {
      const { loan } = schedule;
      if (loan.amountFinancedCents === 0) return { text: "None", note: "Nothing is left to finance." };
      const per = loan.periodsPerYear === 12 ? "a month" : "a year";
      const after = loan.paymentAfterPrepaymentCents;
      const prepaymentMonth = loan.periods.find((period) => period.prepaymentCents > 0)?.month;
      return {
        text: `${usd(loan.paymentCents)} ${per}`,
        note: after !== null && prepaymentMonth !== undefined ? `${usd(after)} ${per} after ${usd(loan.prepaymentCents)} is paid ahead in month ${prepaymentMonth}.` : null,
      };
    }
    case "lease": {
      const [first, second] = schedule.lease.years;
      const rising = second !== undefined && first !== undefined && second.monthlyPaymentCents !== first.monthlyPaymentCents;
      const last = schedule.lease.years[schedule.lease.years.length - 1];
      return {
        text: `${usd(first?.monthlyPaymentCents ?? 0)} a month`,
        note: rising && last !== undefined ? `In year 1; it rises each year, to ${usd(last.monthlyPaymentCents)} in year ${last.year}.` : null,
      };
    }
    case "ppa": {
      const year1 = schedule.ppa.years[0]?.paymentCents ?? 0;
      return { text: `About ${usd(roundCents(year1 / 12))} a month`, note: "Year 1's average: the payment follows what the system produces." };
    }
    default: {
      const unknown: never = schedule;
      throw new Error(`Unknown schedule ${JSON.stringify(unknown)}`);
    }
  }
}

function netPriceOf(figures: FinancingFigures): { text: string; note: string | null } {
  if (figures.netPriceCents === null) {
    const upfront = figures.paymentsCents[0] ?? 0;
    const owner = figures.kind === "lease" ? "the leasing company" : "the PPA provider";
    return { text: upfront > 0 ? `${formatMoney(upfront)} at signing` : "Nothing to buy", note: `You do not buy the system: ${owner} owns it.` };
  }
  if (figures.netPriceCents <= 0) {
    const beyond = figures.netPriceCents < 0 ? ` and ${formatMoney(-figures.netPriceCents)} more` : "";
    return { text: "Covered by incentives", note: `The incentives cover the whole price${beyond}: there is nothing left to pay for the system.` };
  }
  return { text: formatMoney(figures.netPriceCents), note: null };
}

function paybackOf(figures: FinancingFigures): string {
  const payback = figures.payback;
  if (payback.kind === "cash") {
    if (payback.isCoveredByIncentives) return "Nothing to pay back";
    if (payback.simpleYears === null) return `Not within ${figures.years} years`;
    const discounted = payback.discountedYears === null ? "not within the horizon discounted" : `${formatNumber(payback.discountedYears, 1)} discounted`;
    return `${formatPayback(payback.simpleYears)} (${discounted})`;
  }
  if (payback.savesFromMonthOne) return "Saves from month 1";
  if (payback.breakEvenMonth === null) return `Not within ${figures.years} years`;
  return `Month ${payback.breakEvenMonth} (year ${Math.ceil(payback.breakEvenMonth / 12)})`;
}

export function figureTextsOf(figures: FinancingFigures, billSavingsYear1Cents: Cents): FinancingFigureTexts {
  const monthly = monthlyPaymentOf(figures);
  const netPrice = netPriceOf(figures);
  const monthlySavingsYear1Cents = roundCents((billSavingsYear1Cents - year1RegularPaymentsCents(figures)) / 12);
  return {
    monthlyPayment: monthly.text,
    monthlyPaymentNote: monthly.note,
    monthlySavingsYear1: monthlySavingsYear1Cents < 0 ? `None: ${usd(-monthlySavingsYear1Cents)} a month more than today` : `${usd(monthlySavingsYear1Cents)} a month`,
    monthlySavingsYear1Cents,
    netPrice: netPrice.text,
    netPriceNote: netPrice.note,
    totalPaid: formatMoney(figures.totalPaidForSystemCents),
    payback: paybackOf(figures),
    paybackSentence: figures.payback.sentence,
    lifetimeNet: formatMoney(figures.lifetimeNetCents),
    npv: formatMoney(figures.npvCents),
    roi: formatRatio(figures.roi.value),
    roiLabel: figures.roi.label,
    irr: figures.irr === null ? "None" : `${formatRatio(figures.irr)} a year`,
    irrNote: figures.irrNote,
  };
}
