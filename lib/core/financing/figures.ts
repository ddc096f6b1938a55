/**
 * The figures a homeowner reads for one option under one financing (docs/financing.md, "Figures").
 *
 *   at signing (year 0): cash: −(price − incentives taken off at signing); loan: −down payment;
 *                        lease: −upfront payment; PPA: nothing (plus, under a lease or PPA, whatever the customer
 *                        receives at signing)
 *   year y ≥ 1         : bill savings + the customer's part of program payments and later incentives
 *                        + the customer's tax credits (year 1) − the customer's O&M and replacements
 *                        − the loan, lease or PPA payments of year y
 *
 * and from that yearly flow: cumulative, payback (cash: simple and discounted; loan, lease, PPA: the month the
 * savings catch up with what was paid, or "saves from month 1"), NPV, IRR as a yearly rate, and ROI labelled with its
 * horizon. Year 1 is also shown month by month. Under a lease or PPA the customer's figures never include what the
 * owner receives (recipients.ts).
 *
 * Every yearly amount is integer cents and every total a sum of them; ratios (payback, IRR, ROI) are not rounded.
 */
import { paybackYears } from "../returns/payback";
import { internalRateOfReturn, netPresentValue } from "../returns/returns";
import { formatNumber, formatPercent, formatUsd } from "../money/format";
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";
import { leaseSchedule } from "./lease";
import type { LeaseSchedule, LeaseTerms } from "./lease";
import { amortizeLoan } from "./loan";
import type { LoanSchedule, LoanTerms } from "./loan";
import { ppaSchedule } from "./ppa";
import type { PpaSchedule, PpaTerms } from "./ppa";
import { customerPartCents, describeRecipient } from "./recipients";
import type { Ownership, Recipient } from "./recipients";
import { EQUAL_MONTH_SHARES, splitCents } from "./split";

/** A lender's offer applied to an option: the price comes from the option. */
export type LoanOffer = Omit<LoanTerms, "cashPriceCents">;

export type Financing =
  | { kind: "cash" }
  | { kind: "loan"; loan: LoanOffer }
  | { kind: "lease"; lease: LeaseTerms }
  | { kind: "ppa"; ppa: PpaTerms };

export type FinancingKind = Financing["kind"];

/** An incentive paid once. */
export interface UpfrontIncentive {
  id: string;
  name: string;
  cents: Cents;
  recipient: Recipient;
  /** 0: at signing (a cash or loan price is lowered by it); m ≥ 1: received in month m (year ⌈m ÷ 12⌉). */
  month: number;
}

/** A program's or a custom incentive's yearly payments (index 0 = year 1). */
export interface AnnualIncentive {
  id: string;
  name: string;
  cents: readonly Cents[];
  recipient: Recipient;
  /** Counted after `incomeTaxRate` (Grid Services payments: ask your tax adviser). Default false. */
  isTaxableIncome?: boolean;
}

/** Year 1's bills, month by month (12 entries each). */
export interface MonthlyBills {
  todayCents: readonly Cents[];
  withSystemCents: readonly Cents[];
}

export interface FiguresInput {
  years: number;
  /** The option's price before incentives (cash and loan; a lease or PPA customer does not pay it). */
  systemPriceCents: Cents;
  /** Bill savings by year from the engine (index 0 = year 1), `years` long. */
  billSavingsCents: readonly Cents[];
  upfrontIncentives: readonly UpfrontIncentive[];
  annualIncentives: readonly AnnualIncentive[];
  /** The customer's tax credits (tax-rules.ts taxCreditsFor), counted in year 1. Default 0. */
  customerTaxCreditsCents?: Cents;
  /** O&M and replacements the customer pays, by year (replacements.ts). Default none. */
  customerCostsCents?: readonly Cents[];
  /** For NPV and the discounted payback, a fraction. */
  discountRate: number;
  financing: Financing;
  monthlyBills?: MonthlyBills | null;
  /** Income tax on payments marked taxable, a fraction (default 0: shown before tax). */
  incomeTaxRate?: number;
}

export interface MonthlyRow {
  month: number;
  todayBillCents: Cents;
  billWithSystemCents: Cents;
  /** The loan, lease or PPA payment of the month (and a prepayment or buyout made in it). */
  paymentCents: Cents;
  /** Bill with the system + payment. */
  withSystemTotalCents: Cents;
  /** Today's bill − (bill with the system + payment): positive when the month saves money. */
  differenceCents: Cents;
}

export interface CashPayback {
  kind: "cash";
  /** Null when the incentives cover the price (see `sentence`) or the flow never turns positive within the horizon. */
  simpleYears: number | null;
  discountedYears: number | null;
  isCoveredByIncentives: boolean;
  sentence: string;
}

export interface FinancedPayback {
  kind: "financed";
  /** The cumulative savings are never behind what was paid, from signing on. */
  savesFromMonthOne: boolean;
  /** The month (1-based, from signing) from which the savings stay ahead of what was paid; null if never. */
  breakEvenMonth: number | null;
  /** Months of year 1 whose bill savings exceed that month's payment. */
  positiveMonthsInYear1: number;
  sentence: string;
}

export interface FinancingFigures {
  kind: FinancingKind;
  ownership: Ownership;
  years: number;
  /** Cash and loan: the price less the customer's incentives at signing; null under a lease or PPA. */
  netPriceCents: Cents | null;
  /** The loan, lease or PPA payments by year (index 0 = at signing), within the horizon. */
  paymentsCents: Cents[];
  /** The customer's net cash flow by year: index 0 = at signing, then years 1..N. */
  netCashFlowCents: Cents[];
  cumulativeCents: Cents[];
  /** Sum of the net cash flow: what the customer is ahead (or behind) after the horizon, not discounted. */
  lifetimeNetCents: Cents;
  /** What the customer pays for the system: cash net price, or down payment + loan payments, or every lease or PPA payment. */
  totalPaidForSystemCents: Cents;
  payback: CashPayback | FinancedPayback;
  npvCents: Cents;
  /** The yearly rate at which the net cash flow's NPV is zero; null where none exists (see `irrNote`). */
  irr: number | null;
  irrNote: string | null;
  /** Lifetime net ÷ what is paid for the system, over the horizon, not discounted; null when nothing is paid. */
  roi: { value: number | null; horizonYears: number; label: string };
  monthlyYear1: MonthlyRow[] | null;
  schedule: { kind: "loan"; loan: LoanSchedule } | { kind: "lease"; lease: LeaseSchedule } | { kind: "ppa"; ppa: PpaSchedule } | null;
  explanation: string[];
}

const ownershipOf = (financing: Financing): Ownership => (financing.kind === "cash" || financing.kind === "loan" ? "customer" : "third-party");

export function computeFinancingFigures(input: FiguresInput): FinancingFigures {
  const { years, financing } = input;
  const ownership = ownershipOf(financing);
  const explanation: string[] = [];

  // Incentives: the customer's part only. At signing they lower a cash or loan price; later ones arrive in their year.
  let atSigningCents = 0;
  const laterCents = new Array<Cents>(years + 1).fill(0);
  for (const incentive of input.upfrontIncentives) {
    const part = customerPartCents(incentive.cents, incentive.recipient, ownership);
    if (part !== incentive.cents) explanation.push(notCountedLine(incentive.name, incentive.cents, part, incentive.recipient, ownership));
    if (incentive.month <= 0) atSigningCents += part;
    else {
      const year = Math.ceil(incentive.month / 12);
      if (year <= years) laterCents[year] = (laterCents[year] ?? 0) + part;
    }
  }
  const incomeTaxRate = input.incomeTaxRate ?? 0;
  const annualCents = new Array<Cents>(years + 1).fill(0);
  for (const stream of input.annualIncentives) {
    let streamTotal = 0;
    let customerTotal = 0;
    for (let year = 1; year <= years; year++) {
      const cents = stream.cents[year - 1] ?? 0;
      let part = customerPartCents(cents, stream.recipient, ownership);
      if (stream.isTaxableIncome === true && incomeTaxRate > 0) part -= roundCents(part * incomeTaxRate);
      annualCents[year] = (annualCents[year] ?? 0) + part;
      streamTotal += cents;
      customerTotal += part;
    }
    if (customerTotal !== streamTotal && streamTotal !== 0) {
      const taxed = stream.isTaxableIncome === true && incomeTaxRate > 0 && customerTotal > 0 ? `, after ${formatPercent(incomeTaxRate)} income tax` : "";
      explanation.push(
        `${stream.name}: ${formatUsd(streamTotal)} over ${years} years, paid to ${describeRecipient(stream.recipient, ownership)}; counted for you: ${formatUsd(customerTotal)}${taxed}.`,
      );
    }
  }
  const taxCreditsCents = input.customerTaxCreditsCents ?? 0;
  if (taxCreditsCents > 0) explanation.push(`Your tax credits, ${formatUsd(taxCreditsCents)}, are counted in year 1 (this assumes you owe enough tax that year to use them).`);

  // The financing: what is paid at signing and each year.
  const payments = new Array<Cents>(years + 1).fill(0);
  const year1MonthlyPayments = new Array<Cents>(12).fill(0);
  let outlayAtSigningCents = 0;
  let netPriceCents: Cents | null = null;
  let totalPaidForSystemCents = 0;
  let schedule: FinancingFigures["schedule"] = null;
  let paidBeyondHorizonCents = 0;
  const addPayment = (year: number, cents: Cents) => {
    if (year <= years) payments[year] = (payments[year] ?? 0) + cents;
    else {
      payments[years] = (payments[years] ?? 0) + cents;
      paidBeyondHorizonCents += cents;
    }
    totalPaidForSystemCents += cents;
  };

  switch (financing.kind) {
    case "cash": {
      netPriceCents = input.systemPriceCents - atSigningCents;
      outlayAtSigningCents = netPriceCents;
      totalPaidForSystemCents = Math.max(netPriceCents, 0);
      explanation.push(describeNetPrice(input.systemPriceCents, atSigningCents, netPriceCents));
      break;
    }
    case "loan": {
      netPriceCents = input.systemPriceCents - atSigningCents;
      explanation.push(describeNetPrice(input.systemPriceCents, atSigningCents, netPriceCents));
      const loan = amortizeLoan({ ...financing.loan, cashPriceCents: Math.max(netPriceCents, 0) });
      schedule = { kind: "loan", loan };
      // Without anything to finance, the customer pays the net price (or receives what the incentives exceed it by).
      outlayAtSigningCents = loan.amountFinancedCents === 0 ? netPriceCents : loan.downPaymentCents;
      totalPaidForSystemCents = Math.max(outlayAtSigningCents, 0);
      for (const loanYear of loan.years) addPayment(loanYear.year, loanYear.paymentCents + loanYear.prepaymentCents);
      for (const period of loan.periods) {
        if (period.month <= 12) year1MonthlyPayments[period.month - 1] = (year1MonthlyPayments[period.month - 1] ?? 0) + period.paymentCents + period.prepaymentCents;
      }
      explanation.push(...loan.explanation);
      break;
    }
    case "lease": {
      const lease = leaseSchedule(financing.lease);
      schedule = { kind: "lease", lease };
      outlayAtSigningCents = lease.upfrontPaymentCents - atSigningCents;
      totalPaidForSystemCents = lease.upfrontPaymentCents;
      for (const leaseYear of lease.years) addPayment(leaseYear.year, leaseYear.paymentCents + leaseYear.buyoutCents);
      for (const month of lease.months) if (month.month <= 12) year1MonthlyPayments[month.month - 1] = month.paymentCents + month.buyoutCents;
      explanation.push(...lease.explanation);
      break;
    }
    case "ppa": {
      const ppa = ppaSchedule(financing.ppa);
      schedule = { kind: "ppa", ppa };
      outlayAtSigningCents = -atSigningCents;
      for (const ppaYear of ppa.years) addPayment(ppaYear.year, ppaYear.paymentCents);
      for (let index = 0; index < 12; index++) year1MonthlyPayments[index] = ppa.year1MonthlyCents[index] ?? 0;
      explanation.push(...ppa.explanation);
      break;
    }
    default: {
      const unknown: never = financing;
      throw new Error(`Unknown financing ${JSON.stringify(unknown)}`);
    }
  }
  // At signing, the financing's own payment: a loan's down payment, a lease's upfront payment.
  if (financing.kind === "loan") payments[0] = Math.max(outlayAtSigningCents, 0);
  if (schedule?.kind === "lease") payments[0] = schedule.lease.upfrontPaymentCents;
  if (paidBeyondHorizonCents > 0) {
    explanation.push(`The payments run past the ${years}-year horizon: the last ${formatUsd(paidBeyondHorizonCents)} are counted in year ${years}, since you still owe them.`);
  }

  // The customer's net cash flow.
  const costs = input.customerCostsCents ?? [];
  const netCashFlowCents = new Array<Cents>(years + 1);
  const cumulativeCents = new Array<Cents>(years + 1);
  netCashFlowCents[0] = 0 - outlayAtSigningCents; // 0 − 0 is +0, where −0 would be −0
  cumulativeCents[0] = netCashFlowCents[0];
  let lifetimeNetCents = netCashFlowCents[0];
  for (let year = 1; year <= years; year++) {
    const flow =
      (input.billSavingsCents[year - 1] ?? 0) +
      (annualCents[year] ?? 0) +
      (laterCents[year] ?? 0) +
      (year === 1 ? taxCreditsCents : 0) -
      (costs[year - 1] ?? 0) -
      (payments[year] ?? 0);
    netCashFlowCents[year] = flow;
    lifetimeNetCents += flow;
    cumulativeCents[year] = lifetimeNetCents;
  }

  // Year 1, month by month.
  const monthlyBills = input.monthlyBills ?? null;
  const monthlySavings = monthlyBills === null ? splitCents(input.billSavingsCents[0] ?? 0, EQUAL_MONTH_SHARES) : monthlyBills.todayCents.map((today, index) => today - (monthlyBills.withSystemCents[index] ?? 0));
  const monthlyYear1 = monthlyBills === null ? null : monthlyRows(monthlyBills, year1MonthlyPayments);
  if (monthlyBills !== null) {
    let monthlyTotal = 0;
    for (const saving of monthlySavings) monthlyTotal += saving;
    const yearly = input.billSavingsCents[0] ?? 0;
    if (monthlyTotal !== yearly) {
      explanation.push(
        `The monthly bills save ${formatUsd(monthlyTotal)} in year 1 and the yearly model ${formatUsd(yearly)}: the monthly view shows the bills as given; the yearly figures use the model.`,
      );
    }
  }

  const payback =
    financing.kind === "cash"
      ? cashPayback(netCashFlowCents, cumulativeCents, netPriceCents ?? 0, input.discountRate, years)
      : financedPayback(netCashFlowCents, cumulativeCents, monthlySavings, year1MonthlyPayments, years);
  explanation.push(payback.sentence);

  // A rate of return needs money put in first: flows that start with savings (a lease or PPA with nothing down) have,
  // at most, a borrowing rate, which would read as a return. Those get no IRR and a sentence instead.
  const firstFlow = netCashFlowCents.find((flow) => flow !== 0) ?? 0;
  const irr = firstFlow < 0 ? internalRateOfReturn(netCashFlowCents) : null;
  const irrNote = describeIrr(netCashFlowCents, irr);
  const roiValue = totalPaidForSystemCents > 0 ? lifetimeNetCents / totalPaidForSystemCents : null;
  const roiLabel =
    roiValue === null
      ? `ROI over ${years} years: none, since nothing is paid for the system`
      : `ROI over ${years} years, not discounted (net savings ÷ what you pay for the system)`;
  if (irrNote !== null) explanation.push(irrNote);

  return {
    kind: financing.kind,
    ownership,
    years,
    netPriceCents,
    paymentsCents: payments,
    netCashFlowCents,
    cumulativeCents,
    lifetimeNetCents,
    totalPaidForSystemCents,
    payback,
    npvCents: roundCents(netPresentValue(netCashFlowCents, input.discountRate)),
    irr,
    irrNote,
    roi: { value: roiValue, horizonYears: years, label: roiLabel },
    monthlyYear1,
    schedule,
    explanation,
  };
}

function monthlyRows(bills: MonthlyBills, payments: readonly Cents[]): MonthlyRow[] {
  const rows: MonthlyRow[] = [];
  for (let index = 0; index < 12; index++) {
    const todayBillCents = bills.todayCents[index] ?? 0;
    const billWithSystemCents = bills.withSystemCents[index] ?? 0;
    const paymentCents = payments[index] ?? 0;
    const withSystemTotalCents = billWithSystemCents + paymentCents;
    rows.push({ month: index + 1, todayBillCents, billWithSystemCents, paymentCents, withSystemTotalCents, differenceCents: todayBillCents - withSystemTotalCents });
  }
  return rows;
}

function cashPayback(flows: readonly Cents[], cumulative: readonly Cents[], netPriceCents: Cents, discountRate: number, years: number): CashPayback {
  if (netPriceCents <= 0) {
    const beyond = netPriceCents < 0 ? ` and ${formatUsd(-netPriceCents)} more` : "";
    return {
      kind: "cash",
      simpleYears: null,
      discountedYears: null,
      isCoveredByIncentives: true,
      sentence: `The incentives cover the whole price${beyond}: there is nothing to pay back, so there is no payback period, and the savings are yours from the first month.`,
    };
  }
  const simpleYears = paybackYears(cumulative);
  // The discounted flow, not rounded: a ratio is read from it, not an amount.
  const discounted: number[] = [];
  let running = 0;
  for (let year = 0; year < flows.length; year++) {
    running += (flows[year] ?? 0) / (1 + discountRate) ** year;
    discounted.push(running);
  }
  const discountedYears = paybackYears(discounted);
  let sentence: string;
  if (simpleYears === null) sentence = `Does not pay back within ${years} years.`;
  else {
    sentence = `Pays back in ${formatNumber(simpleYears, 1)} years`;
    sentence +=
      discountedYears === null
        ? `; with savings discounted at ${formatPercent(discountRate)} a year, not within ${years} years.`
        : ` (${formatNumber(discountedYears, 1)} years with savings discounted at ${formatPercent(discountRate)} a year).`;
  }
  return { kind: "cash", simpleYears, discountedYears, isCoveredByIncentives: false, sentence };
}

/**
 * Loan, lease and PPA: the customer's cumulative position month by month in year 1 (each month's bill savings less its
 * payment; the year's other money, such as program payments and credits, at its end) and year by year after it,
 * linear within a year.
 */
function financedPayback(
  flows: readonly Cents[],
  cumulative: readonly Cents[],
  monthlySavings: readonly Cents[],
  monthlyPayments: readonly Cents[],
  years: number,
): FinancedPayback {
  const monthlyNet = monthlySavings.map((saving, index) => saving - (monthlyPayments[index] ?? 0));
  let positiveMonthsInYear1 = 0;
  for (const net of monthlyNet) if (net > 0) positiveMonthsInYear1++;

  // Points in time (month from signing, cumulative position): month 0, months 1..12, then each year's end.
  const points: { month: number; cents: Cents }[] = [{ month: 0, cents: cumulative[0] ?? 0 }];
  let running = cumulative[0] ?? 0;
  for (let index = 0; index < 12; index++) {
    running += monthlyNet[index] ?? 0;
    // Month 12 closes year 1 at the yearly figure: the year's other money (and any rounding between the two) lands there.
    points.push({ month: index + 1, cents: index === 11 ? (cumulative[1] ?? running) : running });
  }
  for (let year = 2; year <= years; year++) points.push({ month: 12 * year, cents: cumulative[year] ?? 0 });

  let lastNegative = -1;
  for (let index = 0; index < points.length; index++) if ((points[index]?.cents ?? 0) < 0) lastNegative = index;
  const yearly = `In year 1, ${positiveMonthsInYear1} of 12 months save money (the month's bill savings are above its payment).`;
  if (lastNegative === -1) {
    return {
      kind: "financed",
      savesFromMonthOne: true,
      breakEvenMonth: 1,
      positiveMonthsInYear1,
      sentence: `Saves from month 1: your savings stay ahead of what you pay, month by month in year 1 and year by year through year ${years}. ${yearly}`,
    };
  }
  if (lastNegative === points.length - 1) {
    const short = -(cumulative[years] ?? 0);
    return {
      kind: "financed",
      savesFromMonthOne: false,
      breakEvenMonth: null,
      positiveMonthsInYear1,
      sentence: `Within ${years} years your savings do not catch up with what you pay: ${formatUsd(short)} short at the end. ${yearly}`,
    };
  }
  const point = points[lastNegative]!;
  let breakEvenMonth: number;
  if (point.month < 12) breakEvenMonth = point.month + 1;
  else {
    // Linear within the next year: the share of its flow needed to cover the shortfall, in whole months.
    const year = point.month / 12;
    const flow = flows[year + 1] ?? 0;
    const months = Math.min(12, Math.max(1, Math.ceil((12 * -point.cents) / flow)));
    breakEvenMonth = point.month + months;
  }
  const inYear = Math.ceil(breakEvenMonth / 12);
  return {
    kind: "financed",
    savesFromMonthOne: false,
    breakEvenMonth,
    positiveMonthsInYear1,
    sentence: `Your savings catch up with what you have paid in month ${breakEvenMonth} (year ${inYear}) and stay ahead through year ${years}. ${yearly}`,
  };
}

function describeNetPrice(priceCents: Cents, atSigningCents: Cents, netPriceCents: Cents): string {
  if (atSigningCents === 0) return `Price: ${formatUsd(priceCents)}.`;
  return `Net price: ${formatUsd(priceCents)} price − ${formatUsd(atSigningCents)} incentives at signing = ${formatUsd(netPriceCents)}.`;
}

function notCountedLine(name: string, cents: Cents, part: Cents, recipient: Recipient, ownership: Ownership): string {
  return part === 0
    ? `${name}: ${formatUsd(cents)} paid to ${describeRecipient(recipient, ownership)}; not counted for you.`
    : `${name}: ${formatUsd(cents)} paid to ${describeRecipient(recipient, ownership)}; counted for you: ${formatUsd(part)}.`;
}

function describeIrr(flows: readonly Cents[], irr: number | null): string | null {
  let hasOutflow = false;
  let hasInflow = false;
  let signChanges = 0;
  let previous = 0;
  for (const flow of flows) {
    if (flow < 0) hasOutflow = true;
    if (flow > 0) hasInflow = true;
    if (flow !== 0) {
      if (previous !== 0 && flow < 0 !== previous < 0) signChanges++;
      previous = flow;
    }
  }
  const firstFlow = flows.find((flow) => flow !== 0) ?? 0;
  if (firstFlow >= 0) {
    return hasOutflow
      ? "No IRR: you save before you pay anything, so there is no investment to earn a rate on (a rate here would be a cost of borrowing, not a return); read the NPV."
      : "No IRR: you never pay more than you save in any year, so there is no investment to earn a rate on.";
  }
  if (irr === null) return hasInflow ? "No IRR: no single yearly rate makes these flows break even." : "No IRR: you never save more than you pay in any year.";
  if (signChanges > 1) {
    return `The yearly flow changes sign ${signChanges} times (replacements, credits or payments that end), so more than one rate can make it break even: the lowest is shown, and the NPV is the safer figure.`;
  }
  return null;
}
