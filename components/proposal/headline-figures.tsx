import type { HeadlineKey, HeadlineRow } from "@/lib/proposal/view";

const COMPACT: readonly HeadlineKey[] = ["net-price", "payback", "first-year-savings", "net-savings"];

/**
 * The proposal view's headline rows, with and without Grid Services side by side; `compact` keeps the four a glance
 * needs, `keys` picks others (the customer's proposal leaves NPV and IRR to its calculation).
 */
export function HeadlineFigures({ rows, compact = false, keys }: { rows: HeadlineRow[]; compact?: boolean; keys?: readonly HeadlineKey[] }) {
  const picked = keys ?? (compact ? COMPACT : null);
  const shown = picked ? rows.filter((row) => picked.includes(row.key)) : rows;
  return (
    <table className="figures w-full text-sm" data-testid="headline-figures">
      <caption className="sr-only">Headline figures with and without Grid Services</caption>
      <thead>
        <tr className="text-xs uppercase tracking-wide text-slate-500">
          <th scope="col" className="py-1.5 text-left font-medium">
            <span className="sr-only">Figure</span>
          </th>
          <th scope="col" className="py-1.5 text-right font-medium">
            With Grid Services
          </th>
          <th scope="col" className="py-1.5 text-right font-medium">
            Without
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {shown.map((row) => (
          <tr key={row.key} data-testid={`headline-${row.key}`}>
            <th scope="row" className="py-2 text-left font-normal text-slate-700">
              {row.label}
            </th>
            <td className="whitespace-nowrap py-2 text-right font-semibold text-slate-900">{row.withGridServices}</td>
            <td className="whitespace-nowrap py-2 pl-3 text-right text-slate-600">{row.withoutGridServices}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
