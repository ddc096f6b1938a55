/**
 * A lease's payment schedule, to the cent (docs/financing.md, "Lease").
 *
 *   monthly payment in lease year y = year-1 monthly payment × (1 + escalator)^(y − 1), rounded once per year
 *   lease year y = months 12(y − 1) + 1 … 12y; the escalator applies on each anniversary
 *
 * The customer pays; the third-party owner receives the upfront incentives, the tax credit and whichever program
 * payments the contract gives it (recipients.ts decides what reaches the customer's figures, never this file).
 *
 * Buyout: the offer is data (after which month, at what price). Exercised, the customer pays the price with that
 * month's payment and no payment after it; not exercised, the schedule runs the full term and the offer is only stated.
 * After a buyout the customer owns the system; the figures do not move the owner's incentives to the customer.
 */
import { formatNumber, formatPercent, formatUsd } from "../money/format";
import type { Cents } from "../money/round";
import { escalatedByYear } from "./escalation";

export interface LeaseBuyout {
  /** The buyout is paid with this month's payment (1-based month of the lease). */
  afterMonth: number;
  priceCents: Cents;
  /** Whether the figures assume the customer buys the system out. */
  isExercised: boolean;
}

export interface LeaseTerms {
  /** Year-1 monthly payment. */
  monthlyPaymentCents: Cents;
  /** Yearly rise of the payment, a fraction (0.029 = 2.9 %). */
  escalator: number;
  termMonths: number;
  /** Paid at signing; default 0. */
  upfrontPaymentCents?: Cents;
  buyout?: LeaseBuyout | null;
}

export interface LeaseMonth {
  month: number;
  year: number;
  paymentCents: Cents;
  /** The buyout price, in the month it is paid (else 0). */
  buyoutCents: Cents;
}

export interface LeaseYear {
  year: number;
  /** The monthly payment in force this lease year. */
  monthlyPaymentCents: Cents;
  /** Sum of the year's monthly payments. */
  paymentCents: Cents;
  buyoutCents: Cents;
}

export interface LeaseSchedule {
  upfrontPaymentCents: Cents;
  months: LeaseMonth[];
  years: LeaseYear[];
  /** Upfront + every payment + the buyout if exercised. */
  totalPaidCents: Cents;
  explanation: string[];
}

export function leaseSchedule(terms: LeaseTerms): LeaseSchedule {
  const upfrontPaymentCents = terms.upfrontPaymentCents ?? 0;
  const buyout = terms.buyout ?? null;
  const isBuyoutExercised = buyout !== null && buyout.isExercised && buyout.afterMonth <= terms.termMonths;
  const lastMonth = isBuyoutExercised ? buyout.afterMonth : terms.termMonths;
  const yearCount = Math.ceil(lastMonth / 12);
  const monthlyByYear = escalatedByYear(terms.monthlyPaymentCents, yearCount, terms.escalator);

  const months: LeaseMonth[] = [];
  const years: LeaseYear[] = [];
  let totalPaidCents = upfrontPaymentCents;
  for (let month = 1; month <= lastMonth; month++) {
    const year = Math.ceil(month / 12);
    const paymentCents = monthlyByYear[year - 1] ?? 0;
    const buyoutCents = isBuyoutExercised && month === buyout.afterMonth ? buyout.priceCents : 0;
    months.push({ month, year, paymentCents, buyoutCents });
    let leaseYear = years[year - 1];
    if (leaseYear === undefined) {
      leaseYear = { year, monthlyPaymentCents: paymentCents, paymentCents: 0, buyoutCents: 0 };
      years.push(leaseYear);
    }
    leaseYear.paymentCents += paymentCents;
    leaseYear.buyoutCents += buyoutCents;
    totalPaidCents += paymentCents + buyoutCents;
  }

  const explanation: string[] = [];
  if (upfrontPaymentCents > 0) explanation.push(`Paid at signing: ${formatUsd(upfrontPaymentCents, { cents: true })}.`);
  const last = years[years.length - 1];
  explanation.push(
    terms.escalator === 0
      ? `Monthly payment: ${formatUsd(terms.monthlyPaymentCents, { cents: true })} for ${terms.termMonths} months, no escalator.`
      : `Monthly payment: ${formatUsd(terms.monthlyPaymentCents, { cents: true })} in year 1, rising ${formatPercent(terms.escalator, 2)} each year ` +
          `(year y: ${formatUsd(terms.monthlyPaymentCents, { cents: true })} × ${formatNumber(1 + terms.escalator, 6)}^(y − 1), rounded to the cent)` +
          (last !== undefined && last.year > 1 ? `, ${formatUsd(last.monthlyPaymentCents, { cents: true })} in year ${last.year}.` : "."),
  );
  if (buyout !== null) {
    explanation.push(
      isBuyoutExercised
        ? `Buyout: ${formatUsd(buyout.priceCents, { cents: true })} with the payment of month ${buyout.afterMonth}; no payments after it.`
        : `Buyout offered after month ${buyout.afterMonth} for ${formatUsd(buyout.priceCents, { cents: true })}; not counted in these figures.`,
    );
  }
  explanation.push(`Paid over the lease: ${formatUsd(totalPaidCents, { cents: true })}.`);
  return { upfrontPaymentCents, months, years, totalPaidCents, explanation };
}
