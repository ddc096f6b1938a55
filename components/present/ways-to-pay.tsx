import type { WayToPay } from "@/lib/proposal/present-view";

/** Cash and each financing offered, in the meeting's large type: what is paid at signing and each month, and what it saves. */
export function WaysToPay({ ways, years }: { ways: WayToPay[]; years: number }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="present-ways-to-pay">
      {ways.map((way) => (
        <li key={way.id} className="rounded-2xl bg-white/5 p-5 ring-1 ring-white/10 sm:p-6 print:ring-slate-300" data-testid={`present-way-${way.id}`}>
          <h3 className="text-xl font-semibold sm:text-2xl">
            {way.label}
            {way.isPreferred ? <span className="ml-2 align-middle text-base font-medium text-emerald-300 print:text-emerald-800">Recommended</span> : null}
          </h3>
          <dl className="figures mt-3 space-y-2 text-lg">
            <div className="flex justify-between gap-4">
              <dt className="text-slate-300 print:text-slate-700">At signing</dt>
              <dd className="font-semibold">{way.atSigning}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-slate-300 print:text-slate-700">Each month</dt>
              <dd className="font-semibold">{way.monthlyPayment}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-slate-300 print:text-slate-700">Saved a month, year 1</dt>
              <dd className="font-semibold">{way.monthlySavingsYear1}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-slate-300 print:text-slate-700">Payback</dt>
              <dd className="font-semibold">{way.payback}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-slate-300 print:text-slate-700">Net savings, {years} years</dt>
              <dd className="font-semibold">{way.lifetimeNet}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
