/**
 * One evaluated option under one financing: the engine's money (bill savings, upfront incentives, program payments,
 * upkeep), with and without Grid Services, handed to the financing core (lib/core/financing/figures.ts) with who
 * receives what, and the tax credits in force on the proposal's date. The proposal's read model and the JSON command
 * line both come through here, so a figure never differs between the page and the command line.
 */
import { computeFinancingFigures } from "../financing/figures";
import type { AnnualIncentive, Financing, FinancingFigures, MonthlyBills, UpfrontIncentive } from "../financing/figures";
import { customerPartCents } from "../financing/recipients";
import type { Ownership, Recipient } from "../financing/recipients";
import { EQUAL_MONTH_SHARES, splitCents } from "../financing/split";
import { taxCreditsFor } from "../financing/tax-rules";
import type { TaxCreditOutcome } from "../financing/tax-rules";
import type { Cents } from "../money/round";
import type { Segment } from "../programs/types";
import type { Financials, OptionEvaluation } from "./option-input";

export interface OptionFinancingInput {
  evaluation: OptionEvaluation;
  financing: Financing;
  project: { state: string; segment: Segment };
  /** Whether the option has solar: a state credit for renewable energy property needs it. */
  hasSolar: boolean;
  /** For NPV and the discounted payback, a fraction. */
  discountRate: number;
  /**
   * Under a lease or PPA, who receives each upfront incentive and each program's payments, by the incentive's or
   * program's id (what the contract says). Missing: the system's owner, the conservative reading: nothing the
   * customer may not receive is counted for them. Ignored under cash or a loan: the customer owns the system.
   */
  recipients?: Readonly<Record<string, Recipient>>;
  /** Today's average monthly electric bill, without the system; null or absent: no month-by-month view. */
  billTodayMonthlyCents?: Cents | null;
  /** YYYY-MM-DD, for the tax rules; default the evaluation's proposal date. */
  proposalDate?: string;
}

/** An incentive or program payment and who receives it under this financing. */
export interface Receipt {
  id: string;
  name: string;
  kind: "upfront" | "annual";
  /** Everything it pays, over the horizon for a program. */
  totalCents: Cents;
  recipient: Recipient;
  /** The part counted in the customer's figures. */
  customerCents: Cents;
}

export interface OptionFinancing {
  ownership: Ownership;
  withGridServices: FinancingFigures;
  withoutGridServices: FinancingFigures;
  tax: TaxCreditOutcome;
  /** With Grid Services: every incentive and program payment, in the pricing table's order, with its recipient. */
  receipts: Receipt[];
  /** False under a lease or PPA: the owner keeps the system running, so its O&M and replacements are not the customer's. */
  isUpkeepCounted: boolean;
}

const OWNER: Recipient = { kind: "owner" };
const CUSTOMER: Recipient = { kind: "customer" };

export const ownershipOf = (financing: Financing): Ownership => (financing.kind === "cash" || financing.kind === "loan" ? "customer" : "third-party");

/** Upfront incentives of a scenario: counted programs, then custom incentives (without Grid Services, only those tied to no program). */
function upfrontsOf(evaluation: OptionEvaluation, withGridServices: boolean): { id: string; name: string; cents: Cents }[] {
  const programs = withGridServices ? evaluation.programs.filter((program) => program.isCounted && program.upfrontCents > 0) : [];
  const custom = evaluation.customIncentives.filter(
    (incentive) => incentive.kind === "upfront" && incentive.upfrontCents > 0 && (withGridServices || incentive.requiresProgramId === null),
  );
  return [...programs, ...custom].map((entry) => ({ id: entry.id, name: entry.name, cents: entry.upfrontCents }));
}

/** Each year's cost of keeping the system running; versions frozen before replacements existed carry O&M only. */
function upkeepOf(financials: Financials): readonly Cents[] {
  return (financials as Partial<Financials>).upkeepCents ?? financials.omCostCents;
}

/** Year 1's bills month by month: today's average bill every month, less the year's bill savings split as the core splits them. */
export function monthlyBillsOf(billTodayMonthlyCents: Cents, billSavingsYear1Cents: Cents): MonthlyBills {
  const savings = splitCents(billSavingsYear1Cents, EQUAL_MONTH_SHARES);
  return {
    todayCents: savings.map(() => billTodayMonthlyCents),
    withSystemCents: savings.map((saving) => billTodayMonthlyCents - saving),
  };
}

export function optionFinancing(input: OptionFinancingInput): OptionFinancing {
  const { evaluation, financing } = input;
  const ownership = ownershipOf(financing);
  const recipientOf = (id: string): Recipient => (ownership === "customer" ? CUSTOMER : (input.recipients?.[id] ?? OWNER));
  const withGs = evaluation.financials.withGridServices;
  const isUpkeepCounted = ownership === "customer";

  // Credits are figured on the system's price: what the statutes start from (Massachusetts does not lower it by
  // utility rebates; the federal homeowner credit no longer applies from 2026).
  const tax = taxCreditsFor({
    proposalDate: input.proposalDate ?? evaluation.proposalDate,
    ownership,
    segment: input.project.segment,
    state: input.project.state,
    basisCents: withGs.systemCostCents,
    hasSolar: input.hasSolar,
  });
  const monthlyBills =
    input.billTodayMonthlyCents === undefined || input.billTodayMonthlyCents === null ? null : monthlyBillsOf(input.billTodayMonthlyCents, withGs.billSavingsCents[0] ?? 0);

  const figuresOf = (financials: Financials, withGridServices: boolean): FinancingFigures => {
    const upfrontIncentives: UpfrontIncentive[] = upfrontsOf(evaluation, withGridServices).map((entry) => ({ ...entry, recipient: recipientOf(entry.id), month: 0 }));
    const annualIncentives: AnnualIncentive[] = financials.programAnnualCents.map((stream) => ({ id: stream.id, name: stream.name, cents: stream.cents, recipient: recipientOf(stream.id) }));
    const figures = computeFinancingFigures({
      years: financials.years,
      systemPriceCents: financials.systemCostCents,
      billSavingsCents: financials.billSavingsCents,
      upfrontIncentives,
      annualIncentives,
      customerTaxCreditsCents: tax.customerCreditsCents,
      customerCostsCents: isUpkeepCounted ? upkeepOf(financials) : [],
      discountRate: input.discountRate,
      financing,
      monthlyBills,
    });
    if (!isUpkeepCounted && upkeepOf(financials).some((cents) => cents !== 0)) {
      figures.explanation.unshift("The system's owner maintains and replaces its equipment under a lease or PPA: its O&M and replacements are not counted for you.");
    }
    return figures;
  };

  const receipts: Receipt[] = [
    ...upfrontsOf(evaluation, true).map((entry) => ({ ...entry, kind: "upfront" as const, totalCents: entry.cents })),
    ...withGs.programAnnualCents.map((stream) => ({ id: stream.id, name: stream.name, kind: "annual" as const, totalCents: stream.cents.reduce((total, cents) => total + cents, 0) })),
  ].map(({ id, name, kind, totalCents }) => {
    const recipient = recipientOf(id);
    return { id, name, kind, totalCents, recipient, customerCents: kind === "upfront" ? customerPartCents(totalCents, recipient, ownership) : customerTotal(withGs, id, recipient, ownership) };
  });

  return {
    ownership,
    withGridServices: figuresOf(withGs, true),
    withoutGridServices: figuresOf(evaluation.financials.withoutGridServices, false),
    tax,
    receipts,
    isUpkeepCounted,
  };
}

/** A program's yearly payments counted for the customer: a shared amount is rounded once per year, as the figures round it. */
function customerTotal(financials: Financials, id: string, recipient: Recipient, ownership: Ownership): Cents {
  const stream = financials.programAnnualCents.find((entry) => entry.id === id);
  let total = 0;
  for (const cents of stream?.cents ?? []) total += customerPartCents(cents, recipient, ownership);
  return total;
}
