import { CashFlowChart } from "@/components/proposal/cash-flow-chart";
import type { Presentation } from "@/lib/proposal/present-view";

/**
 * The proposal's cumulative cash-flow chart, on white as on paper (its colours are chosen for white), with the
 * chart said in a sentence beneath it.
 */
export function CashFlowPanel({ presentation, labelledBy }: { presentation: Presentation; labelledBy: string }) {
  return (
    <figure aria-labelledby={labelledBy} className="rounded-2xl bg-white px-2 py-4 text-slate-900 sm:px-4">
      <CashFlowChart points={presentation.cashFlow} markers={presentation.paybackMarkers} />
      <figcaption className="mx-auto mt-3 max-w-3xl px-2 text-base text-slate-700 sm:text-lg" data-testid="present-cash-flow-summary">
        {presentation.cashFlowSummary}
      </figcaption>
    </figure>
  );
}
