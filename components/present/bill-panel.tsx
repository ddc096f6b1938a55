import { BillChart } from "@/components/proposal/bills/bill-chart";
import type { PresentedBills } from "@/lib/proposal/present-view";

/**
 * The year's electric bill before and after, for the meeting: the two totals large, the savings by source, and the
 * month-by-month chart on white (its colours are chosen for white, as the cash-flow chart's are).
 */
export function BillPanel({ bills }: { bills: PresentedBills }) {
  return (
    <div className="space-y-5" data-testid="present-bills">
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-2xl border border-white/20 px-5 py-4">
          <dt className="text-lg text-slate-300 print:text-slate-700">Your bills this year, without solar</dt>
          <dd className="mt-1 text-4xl font-semibold tabular-nums">{bills.before}</dd>
        </div>
        <div className="rounded-2xl border border-white/20 px-5 py-4">
          <dt className="text-lg text-slate-300 print:text-slate-700">With the system</dt>
          <dd className="mt-1 text-4xl font-semibold tabular-nums">{bills.after}</dd>
        </div>
        <div className="rounded-2xl border border-brand-200/60 bg-white/5 px-5 py-4">
          <dt className="text-lg text-slate-300 print:text-slate-700">You save in the first year</dt>
          <dd className="mt-1 text-4xl font-semibold tabular-nums text-brand-200 print:text-slate-900">{bills.savings.total}</dd>
        </div>
      </dl>
      <ul className="space-y-1 text-lg text-slate-200 print:text-slate-700">
        {bills.savings.lines.map((line) => (
          <li key={line.key} className="flex max-w-md justify-between gap-6">
            <span>{line.label}</span>
            <span className="tabular-nums">{line.written}</span>
          </li>
        ))}
      </ul>
      {bills.savings.gridServices ? <p className="text-lg text-slate-300 print:text-slate-700">{bills.savings.gridServices}</p> : null}
      {bills.savings.typedOverride ? <p className="text-lg text-slate-300 print:text-slate-700">{bills.savings.typedOverride}</p> : null}
      <div className="rounded-2xl bg-white px-2 py-4 text-slate-900 sm:px-4">
        <BillChart chart={bills.chart} />
      </div>
    </div>
  );
}
