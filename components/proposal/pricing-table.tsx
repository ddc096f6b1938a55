import { formatUsd } from "@/lib/core/money/format";
import type { PricingTable as PricingTableData } from "@/lib/proposal/pricing";

/** The pricing table: line items, gross price, each upfront incentive as a negative line with who receives it, net price. */
export function PricingTable({ table, caption = "Pricing" }: { table: PricingTableData; caption?: string }) {
  return (
    <table className="figures w-full text-sm" data-testid="pricing-table">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Amount</th>
        </tr>
      </thead>
      <tbody>
        {table.items.map((line) => (
          <tr key={line.key}>
            <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
              {line.label}
            </th>
            <td className="py-1.5 text-right text-slate-900">{formatUsd(line.cents, { cents: true })}</td>
          </tr>
        ))}
        <tr className="border-t border-slate-200">
          <th scope="row" className="py-2 text-left font-semibold text-slate-900">
            Gross price
          </th>
          <td className="py-2 text-right font-semibold text-slate-900" data-testid="gross-price">
            {formatUsd(table.grossCents, { cents: true })}
          </td>
        </tr>
        {table.upfrontLines.map((line) => (
          <tr key={line.key} data-testid={`upfront-${line.key}`}>
            <th scope="row" className="py-1.5 text-left font-normal text-emerald-800">
              {line.label}
              {line.receiver ? <span className="block text-xs text-slate-600">{line.receiver}</span> : null}
              {line.note ? <span className="block text-xs text-amber-800">{line.note}</span> : null}
            </th>
            <td className="py-1.5 text-right align-top text-emerald-800">{formatUsd(line.cents, { cents: true })}</td>
          </tr>
        ))}
        <tr className="border-t-2 border-slate-300">
          <th scope="row" className="py-2 text-left text-base font-semibold text-slate-900">
            Net price
          </th>
          <td className="py-2 text-right text-base font-semibold text-slate-900" data-testid="net-price">
            {formatUsd(table.netCents, { cents: true })}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
