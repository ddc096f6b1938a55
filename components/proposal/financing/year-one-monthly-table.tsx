import type { MonthlyTable } from "@/lib/proposal/financing-view";

/**
 * Year 1 month by month: today's bill, then with the system (the remaining bill plus the loan, lease or PPA payment),
 * and the difference. Grid Services payments come by season, so they are not in the months.
 */
export function YearOneMonthlyTable({ table }: { table: MonthlyTable }) {
  const cell = "px-3 py-1.5 text-right";
  return (
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={table.caption}>
      <table className="figures min-w-full text-sm" data-testid="financing-monthly-year1">
        <caption className="sr-only">{table.caption}</caption>
        <thead>
          <tr className="align-bottom text-xs uppercase tracking-wide text-slate-500">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
              Month
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Today&apos;s bill
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Bill with the system
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Payment
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Total with the system
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              You save
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label} className="border-t border-slate-100">
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-3 py-1.5 text-left font-normal text-slate-700">
                {row.label}
              </th>
              <td className={cell}>{row.todayBill}</td>
              <td className={cell}>{row.billWithSystem}</td>
              <td className={cell}>{row.payment}</td>
              <td className={cell}>{row.withSystemTotal}</td>
              <td className={`${cell} font-semibold ${row.differenceCents < 0 ? "text-red-700" : "text-slate-900"}`}>{row.difference}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="table-row-group">
          <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold text-slate-900">
            <th scope="row" className="sticky left-0 bg-slate-50 px-3 py-2 text-left">
              Year 1
            </th>
            <td className={cell}>{table.total.todayBill}</td>
            <td className={cell}>{table.total.billWithSystem}</td>
            <td className={cell}>{table.total.payment}</td>
            <td className={cell}>{table.total.withSystemTotal}</td>
            <td className={`${cell} ${table.total.differenceCents < 0 ? "text-red-700" : ""}`}>{table.total.difference}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
