import type { HeadlineNumbers } from "@/lib/proposal/summary";
import { formatMoney, formatPayback, formatRatio } from "./format-figures";

type Row = { key: string; label: string; withGs: string; withoutGs: string };

/** Net cost, lifetime savings, payback, ROI, NPV and IRR, with and without Grid Services side by side. */
export function HeadlineFigures({ withGridServices, withoutGridServices, compact = false }: { withGridServices: HeadlineNumbers; withoutGridServices: HeadlineNumbers; compact?: boolean }) {
  const rows: Row[] = [
    { key: "net-cost", label: "Net cost", withGs: formatMoney(withGridServices.netCostCents), withoutGs: formatMoney(withoutGridServices.netCostCents) },
    { key: "payback", label: "Payback", withGs: formatPayback(withGridServices.paybackYears), withoutGs: formatPayback(withoutGridServices.paybackYears) },
    { key: "lifetime-savings", label: `Lifetime savings (${withGridServices.years} years)`, withGs: formatMoney(withGridServices.lifetimeSavingsCents), withoutGs: formatMoney(withoutGridServices.lifetimeSavingsCents) },
    { key: "roi", label: "ROI", withGs: formatRatio(withGridServices.roi), withoutGs: formatRatio(withoutGridServices.roi) },
    ...(compact
      ? []
      : [
          { key: "npv", label: "NPV", withGs: formatMoney(withGridServices.npvCents), withoutGs: formatMoney(withoutGridServices.npvCents) },
          { key: "irr", label: "IRR", withGs: formatRatio(withGridServices.irr), withoutGs: formatRatio(withoutGridServices.irr) },
        ]),
  ];
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
        {rows.map((row) => (
          <tr key={row.key} data-testid={`headline-${row.key}`}>
            <th scope="row" className="py-2 text-left font-normal text-slate-700">
              {row.label}
            </th>
            <td className="whitespace-nowrap py-2 text-right font-semibold text-slate-900">{row.withGs}</td>
            <td className="whitespace-nowrap py-2 pl-3 text-right text-slate-600">{row.withoutGs}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
