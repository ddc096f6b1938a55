import type { Cents } from "../core/money";
import type { OptionEvaluation } from "../core/finance";
import type { PayeeKind } from "../core/programs";

export type PricingLine = {
  key: string;
  label: string;
  cents: Cents;
  note?: string | null;
  payee?: PayeeKind | null;
  /** Who receives an upfront incentive, in the homeowner's words ("Paid to you"); absent on the price's own lines. */
  receiver?: string;
};

export type PricingTable = {
  items: PricingLine[];
  grossCents: Cents;
  /** Each upfront incentive as its own negative line. */
  upfrontLines: PricingLine[];
  netCents: Cents;
};

/**
 * Who receives an upfront incentive, said to the homeowner. An incentive the installer typed in (a town rebate, a
 * price cut) has no known receiver; it is subtracted all the same, so the line says that much and no more.
 */
export function describeReceiver(payee: PayeeKind | null): string {
  switch (payee) {
    case "customer":
      return "Paid to you, and counted in your net price";
    case "contractor":
      return "Paid to your installer, who takes it off your price";
    case null:
      return "Counted in your net price";
    default: {
      const unknown: never = payee;
      return unknown;
    }
  }
}

/**
 * The pricing table of a proposal: the line items, the gross price, every upfront incentive as a negative
 * line (with the cap note when a cap bound it, and who receives it), and the net price, all from one engine run.
 */
export function buildPricingTable(costs: { solarCents: Cents; batteryCents: Cents; otherCents: Cents }, evaluation: OptionEvaluation): PricingTable {
  const financials = evaluation.financials.withGridServices;
  const items: PricingLine[] = [
    { key: "solar", label: "Solar system", cents: costs.solarCents },
    { key: "battery", label: "Battery storage", cents: costs.batteryCents },
    { key: "other", label: "Other costs", cents: costs.otherCents },
  ];
  const upfrontLine = (key: string, label: string, cents: Cents, note: string | null, payee: PayeeKind | null): PricingLine => ({ key, label, cents: -cents, note, payee, receiver: describeReceiver(payee) });
  const upfrontLines: PricingLine[] = [
    ...evaluation.programs
      .filter((program) => program.isCounted && program.upfrontCents > 0)
      .map((program) => upfrontLine(program.id, program.name, program.upfrontCents, program.capBinding, program.payee?.upfront ?? null)),
    ...evaluation.customIncentives
      .filter((incentive) => incentive.kind === "upfront" && incentive.upfrontCents > 0)
      .map((incentive) => upfrontLine(incentive.id, incentive.name, incentive.upfrontCents, incentive.capBinding, null)),
  ];
  return { items, grossCents: financials.systemCostCents, upfrontLines, netCents: financials.netCostCents };
}
