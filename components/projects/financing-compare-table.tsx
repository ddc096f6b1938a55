import Link from "next/link";
import type { ComparedOption } from "./compare-table";

/**
 * Options × ways to pay: one row per option and financing (cash first), every figure from that option's proposal
 * view. A homeowner choosing between a bigger battery on a loan and a smaller one for cash reads it across.
 */
export function FinancingCompareTable({ caption, columns }: { caption: string; columns: ComparedOption[] }) {
  const years = columns[0]?.view.financing.horizonYears ?? 25;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures min-w-full text-sm" data-testid="financing-compare-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs font-medium uppercase tracking-wide text-slate-500">
            <th scope="col" className="sticky left-0 bg-white px-5 py-3 text-left">
              Option and way to pay
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              Paid at signing
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              Monthly payment
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              Saved a month, year 1
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              Payback
            </th>
            <th scope="col" className="px-4 py-3 text-right">
              Net savings, {years} years
            </th>
          </tr>
        </thead>
        {columns.map(({ id, href, view }) => (
          <tbody key={id} className="divide-y divide-slate-100 border-b border-slate-200">
            {view.financing.choices.map((choice, index) => {
              const figures = choice.withGridServices;
              return (
                <tr key={choice.id} data-testid={`financing-compare-${id}-${choice.id}`}>
                  <th scope="row" className="sticky left-0 bg-white px-5 py-2.5 text-left font-normal text-slate-800">
                    {index === 0 ? (
                      <Link href={href} className="block font-semibold text-brand-700 hover:underline">
                        {view.name}
                      </Link>
                    ) : null}
                    <span>
                      {choice.label}
                      {choice.isPreferred ? <span className="ml-1 text-xs font-medium text-emerald-700">(recommended)</span> : null}
                    </span>
                  </th>
                  <td className="whitespace-nowrap px-4 py-2.5 text-right text-slate-800">{figures.netPrice}</td>
                  <td className="whitespace-nowrap px-4 py-2.5 text-right text-slate-800">{figures.monthlyPayment}</td>
                  <td className="whitespace-nowrap px-4 py-2.5 text-right text-slate-800">{figures.monthlySavingsYear1}</td>
                  <td className="whitespace-nowrap px-4 py-2.5 text-right text-slate-800">{figures.payback}</td>
                  <td className="whitespace-nowrap px-4 py-2.5 text-right font-semibold text-slate-900">{figures.lifetimeNet}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
