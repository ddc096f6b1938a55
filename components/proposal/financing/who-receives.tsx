import type { FinancingChoiceView } from "@/lib/proposal/financing-view";

/** Who receives each incentive and each program's payments under this way of paying, and what of it counts for the homeowner. */
export function WhoReceives({ receipts }: { receipts: FinancingChoiceView["receipts"] }) {
  return (
    <section className="space-y-2 text-sm break-inside-avoid" data-testid="financing-who-receives">
      <h4 className="font-semibold text-slate-900">Who receives the incentives</h4>
      <p className="text-slate-700">{receipts.summary}</p>
      {receipts.lines.length > 0 ? (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {receipts.lines.map((line) => (
            <li key={line.key} className="flex flex-wrap justify-between gap-x-4 gap-y-1 px-3 py-2">
              <span className="text-slate-900">
                {line.name}: {line.amount}
              </span>
              <span className="text-slate-600">
                Paid to {line.receivedBy}. {line.counted}.
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
