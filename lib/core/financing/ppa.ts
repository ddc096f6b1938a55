/**
 * A power purchase agreement's payments, to the cent (docs/financing.md, "PPA").
 *
 *   rate in year y    = year-1 $/kWh × (1 + escalator)^(y − 1), rounded to $0.0001/kWh (as PPA rate tables print it)
 *   payment in year y = production in year y (kWh, from the bill model or the design tool) × rate in year y, in cents
 *   year-1 months     = year 1's payment split by each month's share of the year's production (default 1/12 each)
 *
 * The customer buys the system's output; the owner keeps the incentives and credits the contract does not pass on.
 */
import { formatKwh, formatNumber, formatPercent, formatUsd } from "../money/format";
import { roundCents, roundKwh, roundToPlaces } from "../money/round";
import type { Cents } from "../money/round";
import { EQUAL_MONTH_SHARES, splitCents } from "./split";

/** PPA rates are quoted to a hundredth of a cent per kWh. */
const RATE_PLACES = 4;

export interface PpaTerms {
  /** Year-1 price of the system's output. */
  dollarsPerKwh: number;
  /** Yearly rise of the rate, a fraction (0.029 = 2.9 %). */
  escalator: number;
  termYears: number;
  /** The system's production by project year (index 0 = year 1), in kWh. Years past its end produce nothing. */
  productionKwhByYear: readonly number[];
  /** Each month's share of year 1's production (12 entries); default 1/12 each. */
  monthlyProductionShares?: readonly number[];
}

export interface PpaYear {
  year: number;
  kwh: number;
  dollarsPerKwh: number;
  paymentCents: Cents;
}

export interface PpaSchedule {
  years: PpaYear[];
  /** Year 1's payment by month (12 entries), summing to year 1's payment exactly. */
  year1MonthlyCents: Cents[];
  totalPaidCents: Cents;
  explanation: string[];
}

export function ppaSchedule(terms: PpaTerms): PpaSchedule {
  const years: PpaYear[] = [];
  let totalPaidCents = 0;
  for (let year = 1; year <= terms.termYears; year++) {
    const kwh = roundKwh(terms.productionKwhByYear[year - 1] ?? 0);
    const dollarsPerKwh = roundToPlaces(terms.dollarsPerKwh * (1 + terms.escalator) ** (year - 1), RATE_PLACES);
    const paymentCents = roundCents(kwh * dollarsPerKwh * 100);
    years.push({ year, kwh, dollarsPerKwh, paymentCents });
    totalPaidCents += paymentCents;
  }
  const year1 = years[0];
  const year1MonthlyCents = splitCents(year1?.paymentCents ?? 0, terms.monthlyProductionShares ?? EQUAL_MONTH_SHARES);

  const explanation: string[] = [];
  if (year1 !== undefined) {
    explanation.push(
      `Year 1: ${formatKwh(year1.kwh)} × $${formatNumber(year1.dollarsPerKwh, RATE_PLACES)}/kWh = ${formatUsd(year1.paymentCents, { cents: true })}, ` +
        (terms.monthlyProductionShares === undefined ? "paid in twelve equal months." : "paid month by month as the system produces."),
    );
  }
  if (terms.escalator > 0 && years.length > 1) {
    const last = years[years.length - 1]!;
    explanation.push(
      `The rate rises ${formatPercent(terms.escalator, 2)} a year (year y: $${formatNumber(terms.dollarsPerKwh, RATE_PLACES)} × ${formatNumber(1 + terms.escalator, 6)}^(y − 1) per kWh, ` +
        `rounded to $0.0001): $${formatNumber(last.dollarsPerKwh, RATE_PLACES)}/kWh in year ${last.year}.`,
    );
  }
  const shortYears = years.filter((year) => year.kwh === 0).length;
  if (shortYears > 0 && terms.productionKwhByYear.length < terms.termYears) {
    explanation.push(`Production is given for ${terms.productionKwhByYear.length} of the ${terms.termYears} contract years; the years without it pay nothing.`);
  }
  explanation.push(`Paid over ${terms.termYears} years: ${formatUsd(totalPaidCents, { cents: true })}.`);
  return { years, year1MonthlyCents, totalPaidCents, explanation };
}
