import { Card, CardHeader } from "@/components/ui/card";
import type { BillsView } from "@/lib/proposal/bills-view";
import { BillChart } from "./bill-chart";
import { BillExplanation } from "./bill-explanation";
import { BillSources } from "./bill-sources";
import { BillTable } from "./bill-table";

const TITLE = "Your electric bill, before and after";

/**
 * The year-1 electric bills without solar and with the system, month by month: the savings by source, the chart and
 * its table, where the figures come from, and the bill lines behind them. `installerNotes` shows the notes meant for
 * the installer (placeholder prices, the model's warnings): the proposal page shows them, the customer's copy never.
 */
export function BillsSection({ bills, idPrefix, showInstallerNotes = false }: { bills: BillsView; idPrefix: string; showInstallerNotes?: boolean }) {
  const headingId = `${idPrefix}bills-heading`;
  const chartHeadingId = `${idPrefix}bills-chart-heading`;
  return (
    <Card>
      <CardHeader id={headingId} title={TITLE} description="Your first year's electric bills, month by month, without solar and with the system in this proposal." />
      <div className="space-y-5 px-5 py-4" data-testid="bills-section">
        {showInstallerNotes && bills.installerNotes.length > 0 ? (
          <div className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 print:hidden" data-testid="bill-installer-notes">
            <p className="font-medium">For you, not shown to the customer:</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {bills.installerNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <div className="avoid-break space-y-2">
          {bills.savings.typedOverride ? (
            <p className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-900" data-testid="bill-typed-override">
              {bills.savings.typedOverride}
            </p>
          ) : null}
          <table className="figures w-full max-w-md text-sm" data-testid="bill-savings">
            <caption className="text-left text-sm font-medium text-slate-900">First-year bill savings by source</caption>
            <tbody className="divide-y divide-slate-100">
              {bills.savings.lines.map((line) => (
                <tr key={line.key}>
                  <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
                    {line.label}
                  </th>
                  <td className="whitespace-nowrap py-1.5 text-right text-slate-900">{line.written}</td>
                </tr>
              ))}
              <tr className="border-t-2 border-slate-300">
                <th scope="row" className="py-2 text-left font-semibold text-slate-900">
                  Bill savings, first year
                </th>
                <td className="whitespace-nowrap py-2 text-right font-semibold text-slate-900">{bills.savings.total}</td>
              </tr>
            </tbody>
          </table>
          {bills.savings.gridServices ? <p className="text-sm text-slate-700">{bills.savings.gridServices}</p> : null}
        </div>

        {/* A group, not a figure: the proposal's figures are its long-term charts, which the browser tests count by that. */}
        <div role="group" aria-labelledby={chartHeadingId} className="avoid-break">
          <h3 id={chartHeadingId} className="text-sm font-medium text-slate-900">
            Monthly bill
          </h3>
          <div className="px-0 py-2 sm:px-2">
            <BillChart chart={bills.chart} />
          </div>
        </div>

        <div className="avoid-break">
          <BillTable bills={bills} caption="Monthly electric bills, first year" />
          {bills.trueUp ? <p className="mt-2 text-sm text-slate-700">{bills.trueUp}</p> : null}
        </div>

        <div className="avoid-break">
          <h3 className="text-sm font-medium text-slate-900">Where these figures come from</h3>
          <div className="mt-1">
            <BillSources sources={bills.sources} />
          </div>
        </div>

        <BillExplanation explanation={bills.explanation} />
      </div>
    </Card>
  );
}
