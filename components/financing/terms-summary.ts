import { formatNumber, formatPercent, formatUsd } from "@/lib/core/money/format";
import type { FinancingTerms } from "@/lib/validation/financing";

function term(months: number): string {
  if (months % 12 === 0) return `${months} months (${months / 12} years)`;
  return `${months} months (${formatNumber(months / 12, 1)} years)`;
}

/** A product's or an offer's terms in a few short lines an installer can read back to a homeowner. */
export function describeTerms(terms: FinancingTerms): string[] {
  switch (terms.kind) {
    case "loan": {
      const { loan } = terms;
      const lines = [`${formatPercent(loan.apr, 3)} APR over ${term(loan.termMonths)}, paid ${loan.frequency === "yearly" ? "once a year" : "monthly"}`];
      lines.push(loan.dealerFee > 0 ? `Dealer fee ${formatPercent(loan.dealerFee, 2)} of the amount financed, built into the financed price` : "No dealer fee");
      if (loan.downPaymentCents > 0) lines.push(`Down payment ${formatUsd(loan.downPaymentCents)}`);
      if (loan.prepayment) lines.push(`Prepays ${formatUsd(loan.prepayment.amountCents)} in month ${loan.prepayment.month} (an incentive received later); the payment is then lowered`);
      return lines;
    }
    case "lease": {
      const { lease } = terms;
      const rising = lease.escalator > 0 ? `, rising ${formatPercent(lease.escalator, 2)} a year` : ", the same every year";
      const lines = [`${formatUsd(lease.monthlyPaymentCents, { cents: true })} a month${rising}, for ${term(lease.termMonths)}`];
      if (lease.upfrontPaymentCents > 0) lines.push(`Payment at signing ${formatUsd(lease.upfrontPaymentCents)}`);
      if (lease.buyout) {
        lines.push(`Buyout after month ${lease.buyout.afterMonth} for ${formatUsd(lease.buyout.priceCents)} (${lease.buyout.isExercised ? "assumed in the figures" : "offered, not assumed in the figures"})`);
      }
      return lines;
    }
    case "ppa": {
      const { ppa } = terms;
      const rising = ppa.escalator > 0 ? `, rising ${formatPercent(ppa.escalator, 2)} a year` : ", the same every year";
      return [`$${formatNumber(ppa.dollarsPerKwh, 4)} per kWh the system produces${rising}, for ${ppa.termYears} years`];
    }
    default: {
      const unknown: never = terms;
      throw new Error(`Unknown financing ${JSON.stringify(unknown)}`);
    }
  }
}
