import type { FinancingView } from "@/lib/proposal/financing-view";

/**
 * Cash, loan, lease and PPA side by side for one option. On a narrow screen the table scrolls sideways inside its own
 * labelled region (focusable, so a keyboard can scroll it) while the figure names stay put; on paper it prints whole.
 */
export function FinancingComparison({ comparison, caption = "Ways to pay, side by side" }: { comparison: FinancingView["comparison"]; caption?: string }) {
  return (
    // Focusable although not a control: a scroll area the keyboard cannot reach cannot be scrolled without a mouse.
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures min-w-full text-sm" data-testid="financing-comparison">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="align-bottom">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              <span className="sr-only">Figure</span>
            </th>
            {comparison.columns.map((column) => (
              <th key={column.id} scope="col" className="min-w-36 px-3 py-2 text-right font-semibold text-slate-900">
                {column.label}
                {column.label !== column.kindLabel ? <span className="block text-xs font-normal text-slate-500">{column.kindLabel}</span> : null}
                {column.isPreferred ? <span className="block text-xs font-medium text-emerald-800">Recommended</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {comparison.rows.map((row) => (
            <tr key={row.key} data-testid={`financing-${row.key}`}>
              <th scope="row" className="sticky left-0 min-w-32 max-w-48 bg-white px-3 py-2 text-left align-top font-normal text-slate-700">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={comparison.columns[index]?.id ?? index} className="px-3 py-2 text-right align-top text-slate-900">
                  <span className="font-semibold">{cell.text}</span>
                  {cell.note ? <span className="block text-xs text-slate-500">{cell.note}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
