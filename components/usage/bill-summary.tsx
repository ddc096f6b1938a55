import type { BillSummaryData } from "./bill-summary-data";

/**
 * What the saved usage and rates give: the year's bills before and after, the year-1 savings by source, and where
 * each input comes from. Reads top to bottom on a phone; two columns from tablet width.
 */
export function BillSummary({ summary }: { summary: BillSummaryData }) {
  return (
    <div className="space-y-5 text-sm">
      <p className={`rounded-md px-3 py-2 ${summary.countsModelled ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-800"}`}>
        {summary.countsModelled ? (
          <>
            The proposal counts <strong className="figures">{summary.countedYear1}</strong> of year-1 bill savings from the bill model (the figure typed on the option, {summary.typedYear1}, is set aside).
          </>
        ) : (
          <>
            The proposal counts the figure typed on the option, <strong className="figures">{summary.typedYear1}</strong> (from the design tool); the bill model below is shown for comparison.
          </>
        )}
      </p>
      <div className="grid gap-5 sm:grid-cols-2">
        <table className="w-full">
          <caption className="mb-1 text-left font-semibold text-slate-900">Electric bill, year 1</caption>
          <tbody>
            {summary.bills.map((row) => (
              <tr key={row.label} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-600">
                  {row.label}
                </th>
                <td className="figures py-1.5 text-right font-medium text-slate-900">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full">
          <caption className="mb-1 text-left font-semibold text-slate-900">Year-1 bill savings</caption>
          <tbody>
            {summary.savings.map((row) => (
              <tr key={row.label} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-600">
                  {row.label}
                </th>
                <td className="figures py-1.5 text-right font-medium text-slate-900">{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-500">Usage</dt>
        <dd className="text-slate-900">{summary.usage}</dd>
        <dt className="text-slate-500">Production</dt>
        <dd className="text-slate-900">{summary.production}</dd>
        <dt className="text-slate-500">Rate</dt>
        <dd className="text-slate-900">
          {summary.tariff.name}
          {summary.tariff.source ? (
            <>
              {" · "}
              <a href={summary.tariff.source.url} className="text-brand-700 underline underline-offset-2" rel="noopener noreferrer" target="_blank">
                {summary.tariff.source.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
              , checked {summary.tariff.source.checkedOn}
            </>
          ) : null}
          {summary.tariff.status ? <span className="mt-1 block text-amber-800">{summary.tariff.status}</span> : null}
        </dd>
        <dt className="text-slate-500">Exports</dt>
        <dd className="text-slate-900">
          {summary.exportRule.text}
          {summary.exportRule.note ? <span className="mt-1 block text-slate-600">{summary.exportRule.note}</span> : null}
        </dd>
        <dt className="text-slate-500">Calendar</dt>
        <dd className="text-slate-900">{summary.calendar}</dd>
      </dl>
      {summary.warnings.length > 0 ? (
        <div role="note" aria-labelledby="bill-warnings-heading" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          <p id="bill-warnings-heading" className="font-medium">
            Check before sending
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {summary.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
