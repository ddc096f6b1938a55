import { formatUsd } from "@/lib/core/money/format";
import type { SavingsRow, SavingsTable as SavingsTableData } from "@/lib/proposal/savings-table";

function Row({ row, isTotal = false }: { row: SavingsRow; isTotal?: boolean }) {
  const cell = isTotal ? "px-3 py-2 text-right font-semibold text-slate-900" : "px-3 py-1.5 text-right text-slate-800";
  return (
    <tr className={isTotal ? "border-t-2 border-slate-300 bg-slate-50" : "border-t border-slate-100"}>
      <th scope="row" className={`sticky left-0 whitespace-nowrap px-3 text-left ${isTotal ? "bg-slate-50 py-2 font-semibold text-slate-900" : "bg-white py-1.5 font-normal text-slate-700"}`}>
        {row.label}
      </th>
      {row.cells.map((cents, index) => (
        <td key={index} className={`${cell} ${cents === 0 && !isTotal ? "text-slate-400" : ""}`}>
          {formatUsd(cents, { cents: true })}
        </td>
      ))}
      <td className={`${cell} font-semibold`}>{formatUsd(row.totalCents, { cents: true })}</td>
      <td className={`${cell} ${row.cumulativeCents !== null && row.cumulativeCents < 0 ? "text-red-700" : ""}`}>{row.cumulativeCents === null ? "" : formatUsd(row.cumulativeCents, { cents: true })}</td>
    </tr>
  );
}

/**
 * The year-by-year savings breakdown with ten-year and lifetime totals. On a narrow screen the table scrolls sideways
 * inside its own region (focusable, so a keyboard can scroll it too) while the year column stays put.
 */
export function SavingsTable({ table, caption }: { table: SavingsTableData; caption: string }) {
  return (
    // Focusable although not a control: a scroll area the keyboard cannot reach cannot be scrolled without a mouse.
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures min-w-full text-sm" data-testid="savings-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-500">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
              Year
            </th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className="px-3 py-2 text-right font-medium">
                {column.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Total
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Cumulative
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <Row key={row.label} row={row} />
          ))}
        </tbody>
        {/* The totals are a table footer for assistive technology, but printed once, after the last year: as a
            footer group the browser would repeat them at every page break, where they read as the total so far. */}
        <tfoot className="table-row-group break-inside-avoid">
          <Row row={table.tenYear} isTotal />
          <Row row={table.lifetime} isTotal />
        </tfoot>
      </table>
    </div>
  );
}
