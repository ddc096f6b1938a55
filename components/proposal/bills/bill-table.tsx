import type { BillCells, BillsView } from "@/lib/proposal/bills-view";

function Cells({ cells, isTotal }: { cells: BillCells; isTotal: boolean }) {
  // No figure wraps ("1,254 / kWh" on two lines reads as two numbers): a narrow screen scrolls the table instead.
  const cell = `whitespace-nowrap px-3 text-right ${isTotal ? "py-2 font-semibold text-slate-900" : "py-1.5 text-slate-800"}`;
  return (
    <>
      <td className={cell}>{cells.usage}</td>
      {cells.written.map((text, index) => (
        <td key={index} className={cell}>
          {text}
        </td>
      ))}
      <td className={`${cell} font-semibold`}>{cells.savings}</td>
    </>
  );
}

/**
 * The monthly bills, one row a month and the year's total (the sums of the months, to the cent). On a narrow screen
 * the table scrolls sideways in its own focusable region while the month column stays put.
 */
export function BillTable({ bills, caption }: { bills: BillsView; caption: string }) {
  return (
    // Focusable although not a control: a scroll area the keyboard cannot reach cannot be scrolled without a mouse.
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures min-w-full text-sm" data-testid="bill-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-xs uppercase tracking-wide text-slate-500">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
              Month
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Usage
            </th>
            {bills.columns.map((column) => (
              <th key={column.key} scope="col" className="px-3 py-2 text-right font-medium">
                {column.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Savings
            </th>
          </tr>
        </thead>
        <tbody>
          {bills.months.map((row) => (
            <tr key={row.month} className="border-t border-slate-100">
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-3 py-1.5 text-left font-normal text-slate-700">
                {row.month}
              </th>
              <Cells cells={row} isTotal={false} />
            </tr>
          ))}
        </tbody>
        <tfoot className="table-row-group">
          <tr className="border-t-2 border-slate-300 bg-slate-50">
            <th scope="row" className="sticky left-0 whitespace-nowrap bg-slate-50 px-3 py-2 text-left font-semibold text-slate-900">
              Whole year
            </th>
            <Cells cells={bills.year} isTotal />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
