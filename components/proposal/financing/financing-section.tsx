import type { FinancingChoiceView, FinancingView } from "@/lib/proposal/financing-view";
import { FinancingCalculation } from "./financing-calculation";
import { FinancingComparison } from "./financing-comparison";
import { PaymentSchedule } from "./payment-schedule";
import { TaxStatement } from "./tax-statement";
import { WhoReceives } from "./who-receives";
import { YearOneMonthlyTable } from "./year-one-monthly-table";

/** One way of paying in detail: its terms, year 1 by month, who receives what, taxes, schedule and calculation. */
export function FinancingChoiceDetails({ choice }: { choice: FinancingChoiceView }) {
  const headingId = `financing-${choice.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 border-t border-slate-200 pt-4" data-testid={`financing-choice-${choice.id}`}>
      <div className="break-after-avoid">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {choice.label}
          {choice.label !== choice.kindLabel ? <span className="font-normal text-slate-500"> · {choice.kindLabel}</span> : null}
        </h3>
        <p className="mt-1 text-sm text-slate-700">{choice.terms}</p>
        <p className="mt-1 text-sm text-slate-700">{choice.withGridServices.paybackSentence}</p>
        <p className="mt-1 text-xs text-slate-500">
          {choice.withGridServices.roiLabel}: {choice.withGridServices.roi}. IRR: {choice.withGridServices.irr}
          {choice.withGridServices.irrNote ? ` (${choice.withGridServices.irrNote})` : ""}.
        </p>
      </div>
      {choice.monthlyYear1 ? <YearOneMonthlyTable table={choice.monthlyYear1} /> : null}
      <WhoReceives receipts={choice.receipts} />
      <TaxStatement statement={choice.tax} headingLevel={4} />
      {choice.schedule ? <PaymentSchedule schedule={choice.schedule} /> : null}
      <FinancingCalculation lines={choice.explanation} />
    </section>
  );
}

/** How the homeowner can pay for one option: the side-by-side comparison, then each way in detail. */
export function FinancingSection({ view }: { view: FinancingView }) {
  return (
    <div className="space-y-6" data-testid="financing-section">
      <FinancingComparison comparison={view.comparison} />
      {view.choices.map((choice) => (
        <FinancingChoiceDetails key={choice.id} choice={choice} />
      ))}
    </div>
  );
}
