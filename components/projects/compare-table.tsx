import Link from "next/link";
import { FIGURE_LABELS } from "@/lib/proposal/figures";
import type { HeadlineKey, ProposalView } from "@/lib/proposal/view";

export type ComparedOption = { id: string; href: string; view: ProposalView };

type Row = { label: string; values: string[]; emphasis?: boolean };

function compareRows(columns: ComparedOption[]): Row[] {
  const figure = (key: keyof ProposalView["figures"], label: string, emphasis = false): Row => ({ label, values: columns.map(({ view }) => view.figures[key]), emphasis });
  // Headline figures under the headline's own labels ("Net savings after the price (25 years)"), so a figure is named
  // the same here as on the proposal.
  const headline = (key: HeadlineKey, emphasis = false): Row => {
    const label = columns[0]?.view.headline.find((row) => row.key === key)?.label ?? key;
    return { label, values: columns.map(({ view }) => view.headline.find((row) => row.key === key)?.withGridServices ?? "—"), emphasis };
  };
  return [
    { label: "Solar", values: columns.map(({ view }) => view.system.solar) },
    { label: "Battery", values: columns.map(({ view }) => view.system.battery) },
    { label: "Grid Services programs", values: columns.map(({ view }) => (view.programs.length > 0 ? view.programs.map((program) => program.shortName).join(", ") : "None")) },
    figure("gross-price", FIGURE_LABELS.grossPrice),
    figure("upfront-incentives", FIGURE_LABELS.upfrontIncentives),
    headline("net-price", true),
    headline("payback", true),
    { label: `${FIGURE_LABELS.payback} without Grid Services`, values: columns.map(({ view }) => view.headline.find((row) => row.key === "payback")?.withoutGridServices ?? "—") },
    headline("first-year-savings"),
    headline("net-savings", true),
    headline("roi"),
    headline("npv"),
  ];
}

/** Options side by side, every figure from each option's proposal view. */
export function CompareTable({ caption, columns }: { caption: string; columns: ComparedOption[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures min-w-full text-sm" data-testid="compare-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="px-5 py-3 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              <span className="sr-only">Figure</span>
            </th>
            {columns.map(({ id, href, view }) => (
              <th key={id} scope="col" className="px-5 py-3 text-right font-semibold text-slate-900">
                <Link href={href} className="text-brand-700 hover:underline">
                  {view.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {compareRows(columns).map((row) => (
            <tr key={row.label}>
              <th scope="row" className={`px-5 py-2.5 text-left ${row.emphasis ? "font-semibold text-slate-900" : "font-normal text-slate-700"}`}>
                {row.label}
              </th>
              {row.values.map((value, index) => (
                <td key={index} className={`px-5 py-2.5 text-right ${row.emphasis ? "font-semibold text-slate-900" : "text-slate-800"}`}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
