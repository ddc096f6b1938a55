/**
 * How the homeowner pays, read for the proposal: cash first, then each financing offered on the option, each with its
 * figures with and without Grid Services already written (components only lay them out), the year-1 monthly view when
 * today's bill is known, the payment schedule, the tax statement with its sources, who receives each incentive, and
 * the lines behind "show the calculation". Pure: the figures come from lib/core/finance/option-financing.ts, which the
 * command line uses too. Definitions: docs/financing.md, "How the proposal shows it".
 */
import { optionFinancing } from "../core/finance/option-financing";
import type { Receipt } from "../core/finance/option-financing";
import type { OptionEvaluation } from "../core/finance";
import { describeRecipient, type Financing, type FinancingChoice, type FinancingFigures, type FinancingKind, type Ownership, type Recipient, type TaxCreditOutcome } from "../core/financing";
import { formatUsd, type Cents } from "../core/money";
import { monthlyTableOf, paymentScheduleOf, type MonthlyTable, type PaymentSchedule } from "./financing-schedule";
import { describeTerms, figureTextsOf, KIND_LABELS, type FinancingFigureTexts } from "./financing-texts";

export type { MonthlyTable, PaymentSchedule } from "./financing-schedule";
export type { FinancingFigureTexts } from "./financing-texts";

/** A financing offered on one option, as the data layer reads it (the terms were copied when it was offered). */
export type FinancingOffer = {
  id: string;
  label: string;
  /** A PPA's production by year may be empty: it is completed here from the option's production. */
  choice: FinancingChoice;
  isPreferred: boolean;
  productName: string | null;
  /** Under a lease or PPA: who receives each incentive and program's payments, by id. Default: the system's owner. */
  recipients?: Readonly<Record<string, Recipient>>;
};

/** What the financing view reads of the option (a ProposalOption has all of it). */
export type FinancingViewOption = {
  pvKw: number;
  solarCostCents: number;
  /** Year 1's production, kWh: a PPA is billed on it, less degradation each year. */
  annualProductionKwh: number;
  degradationPercent: number;
  discountRatePercent: number;
  project: { state: string; segment: "residential" | "commercial" };
};

export type FinancingViewSource = {
  option: FinancingViewOption;
  evaluation: OptionEvaluation;
  offers: readonly FinancingOffer[];
  /** YYYY-MM-DD: the tax rules in force on it apply. */
  proposalDate: string;
  /** Today's average monthly electric bill; null: no month-by-month view. */
  billTodayMonthlyCents: Cents | null;
};

export type TaxStatementItem = { text: string; source: { title: string; url: string; checkedOn: string; isPrimarySourceRead: boolean } | null };

export interface TaxStatement {
  /** One sentence: what is counted for the customer. */
  headline: string;
  items: TaxStatementItem[];
  notes: string[];
  customerCreditsCents: Cents;
}

export type ReceiptLine = { key: string; name: string; amount: string; receivedBy: string; counted: string };

export interface FinancingChoiceView {
  /** "cash" for cash, else the offer's id. */
  id: string;
  kind: FinancingKind;
  label: string;
  kindLabel: string;
  productName: string | null;
  isPreferred: boolean;
  ownership: Ownership;
  terms: string;
  withGridServices: FinancingFigureTexts;
  withoutGridServices: FinancingFigureTexts;
  /** Years 0..N: what the homeowner is ahead (or behind) at the end of each year, for charts. */
  cumulative: { year: number; withGridServicesCents: Cents; withoutGridServicesCents: Cents }[];
  /** Year 1 by month, with Grid Services' financing (the payments do not depend on program seasons); null without today's bill. */
  monthlyYear1: MonthlyTable | null;
  schedule: PaymentSchedule | null;
  tax: TaxStatement;
  /** Who receives each incentive and program payment; under cash or a loan, one line says it is all the homeowner's. */
  receipts: { summary: string; lines: ReceiptLine[] };
  explanation: string[];
  /** The core's figures, for the compare page and charts. */
  raw: { withGridServices: FinancingFigures; withoutGridServices: FinancingFigures };
}

export type ComparisonRow = { key: string; label: string; cells: { text: string; note: string | null }[] };

export interface FinancingView {
  choices: FinancingChoiceView[];
  /** The choices side by side, with Grid Services (and the net without it when programs count). */
  comparison: { columns: { id: string; label: string; kindLabel: string; isPreferred: boolean }[]; rows: ComparisonRow[] };
  hasGridServices: boolean;
  hasMonthlyView: boolean;
  horizonYears: number;
}

const CASH: FinancingOffer = { id: "cash", label: "Cash", choice: { kind: "cash" }, isPreferred: false, productName: null };

/** Year y's production: year 1's less degradation, compounding, as the bill model assumes. */
function productionByYear(option: FinancingViewOption, years: number): number[] {
  const kept = 1 - option.degradationPercent / 100;
  return Array.from({ length: years }, (_, index) => option.annualProductionKwh * kept ** index);
}

/** The offer's terms as the core's financing; a PPA without production is billed on the option's. */
function financingOf(choice: FinancingChoice, option: FinancingViewOption): Financing {
  if (choice.kind !== "ppa" || choice.ppa.productionKwhByYear.length > 0) return choice;
  return { kind: "ppa", ppa: { ...choice.ppa, productionKwhByYear: productionByYear(option, choice.ppa.termYears) } };
}

function taxStatementOf(tax: TaxCreditOutcome, ownership: Ownership): TaxStatement {
  const items = tax.lines.map((line): TaxStatementItem => {
    const rule = tax.rules.find((candidate) => line.startsWith(candidate.summary));
    if (rule === undefined) return { text: line, source: null };
    const credit = tax.customerCredits.find((candidate) => candidate.ruleId === rule.id);
    return {
      text: credit === undefined ? rule.summary : `${rule.summary} ${credit.explanation}`,
      source: { title: rule.sourceTitle, url: rule.sourceUrl, checkedOn: rule.checkedOn, isPrimarySourceRead: rule.isPrimarySourceRead },
    };
  });
  const headline =
    tax.customerCreditsCents > 0
      ? `Tax credits counted for you: ${formatUsd(tax.customerCreditsCents, { cents: true })}, in year 1 (if you owe enough tax that year to use them).`
      : ownership === "third-party"
        ? "No tax credit is counted for you: the system's owner, not you, may claim the credits that apply."
        : "No tax credit is counted for you.";
  return { headline, items, notes: tax.notes, customerCreditsCents: tax.customerCreditsCents };
}

function receiptsOf(receipts: readonly Receipt[], ownership: Ownership, years: number): FinancingChoiceView["receipts"] {
  if (ownership === "customer") {
    return { summary: "You own the system: every incentive and Grid Services payment it earns is yours.", lines: [] };
  }
  const lines = receipts.map((receipt) => ({
    key: `${receipt.kind}-${receipt.id}`,
    name: receipt.kind === "upfront" ? `${receipt.name}, upfront` : `${receipt.name}, yearly payments`,
    amount: receipt.kind === "upfront" ? formatUsd(receipt.totalCents, { cents: false }) : `${formatUsd(receipt.totalCents, { cents: false })} over ${years} years`,
    receivedBy: describeRecipient(receipt.recipient, ownership),
    counted: receipt.customerCents === 0 ? "Not counted for you" : `${formatUsd(receipt.customerCents, { cents: false })} counted for you`,
  }));
  return {
    summary:
      lines.length === 0
        ? "No incentive or Grid Services payment is counted for this option."
        : "The system's owner receives what the contract gives it; only what you receive is counted in your figures.",
    lines,
  };
}

function choiceViewOf(offer: FinancingOffer, source: FinancingViewSource): FinancingChoiceView {
  const { option, evaluation } = source;
  const financing = financingOf(offer.choice, option);
  const result = optionFinancing({
    evaluation,
    financing,
    project: option.project,
    hasSolar: option.pvKw > 0 || option.solarCostCents > 0,
    discountRate: option.discountRatePercent / 100,
    billTodayMonthlyCents: source.billTodayMonthlyCents,
    proposalDate: source.proposalDate,
    ...(offer.recipients === undefined ? {} : { recipients: offer.recipients }),
  });
  const withGs = result.withGridServices;
  const withoutGs = result.withoutGridServices;
  const billSavingsYear1 = evaluation.financials.withGridServices.billSavingsCents[0] ?? 0;
  const upkeep = result.isUpkeepCounted ? (evaluation.upkeep?.explanation ?? []) : [];
  return {
    id: offer.id,
    kind: financing.kind,
    label: offer.label,
    kindLabel: KIND_LABELS[financing.kind],
    productName: offer.productName,
    isPreferred: offer.isPreferred,
    ownership: result.ownership,
    terms: describeTerms(financing, withGs),
    withGridServices: figureTextsOf(withGs, billSavingsYear1),
    withoutGridServices: figureTextsOf(withoutGs, billSavingsYear1),
    cumulative: withGs.cumulativeCents.map((cents, year) => ({ year, withGridServicesCents: cents, withoutGridServicesCents: withoutGs.cumulativeCents[year] ?? 0 })),
    monthlyYear1: monthlyTableOf(withGs.monthlyYear1, offer.label),
    schedule: paymentScheduleOf(withGs, offer.label),
    tax: taxStatementOf(result.tax, result.ownership),
    receipts: receiptsOf(result.receipts, result.ownership, withGs.years),
    explanation: [...withGs.explanation, ...upkeep],
    raw: { withGridServices: withGs, withoutGridServices: withoutGs },
  };
}

function comparisonOf(choices: readonly FinancingChoiceView[], hasGridServices: boolean, years: number): FinancingView["comparison"] {
  const row = (key: string, label: string, cell: (choice: FinancingChoiceView) => { text: string; note: string | null }): ComparisonRow => ({ key, label, cells: choices.map(cell) });
  const rows: ComparisonRow[] = [
    row("monthly-payment", "Monthly payment", (choice) => ({ text: choice.withGridServices.monthlyPayment, note: choice.withGridServices.monthlyPaymentNote })),
    row("monthly-savings", "Saved each month in year 1 (bill savings less the payment)", (choice) => ({ text: choice.withGridServices.monthlySavingsYear1, note: null })),
    row("net-price", "Net price", (choice) => ({ text: choice.withGridServices.netPrice, note: choice.withGridServices.netPriceNote })),
    row("payback", "Payback", (choice) => ({ text: choice.withGridServices.payback, note: null })),
    row("lifetime-net", `Net savings over ${years} years`, (choice) => ({ text: choice.withGridServices.lifetimeNet, note: null })),
    ...(hasGridServices ? [row("lifetime-net-without", `Net savings over ${years} years without Grid Services`, (choice) => ({ text: choice.withoutGridServices.lifetimeNet, note: null }))] : []),
    row("roi", `ROI over ${years} years`, (choice) => ({ text: choice.withGridServices.roi, note: null })),
    row("irr", "IRR (yearly rate)", (choice) => ({ text: choice.withGridServices.irr, note: choice.withGridServices.irrNote })),
  ];
  return { columns: choices.map((choice) => ({ id: choice.id, label: choice.label, kindLabel: choice.kindLabel, isPreferred: choice.isPreferred })), rows };
}

export function buildFinancingView(source: FinancingViewSource): FinancingView {
  const financed = source.offers.filter((offer) => offer.choice.kind !== "cash");
  // No offer preferred means the installer recommends cash (choosing cash clears the others' mark).
  const offers = [{ ...CASH, isPreferred: financed.length > 0 && !financed.some((offer) => offer.isPreferred) }, ...financed];
  const choices = offers.map((offer) => choiceViewOf(offer, source));
  const hasGridServices = source.evaluation.programs.some((program) => program.isCounted);
  const years = source.evaluation.financials.withGridServices.years;
  return { choices, comparison: comparisonOf(choices, hasGridServices, years), hasGridServices, hasMonthlyView: source.billTodayMonthlyCents !== null, horizonYears: years };
}
