import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { formatMoney } from "@/lib/proposal/figures";
import type { ActualVsModeled } from "@/lib/server/data/operations";
import { formatKw } from "@/lib/core/money";

/** Per season and program: what the sold proposal modeled, what the measured events earn under the same rules. */
export function ActualVsModeledCard({ projectId, comparison }: { projectId: string; comparison: ActualVsModeled }) {
  const { proposal, rows } = comparison;
  return (
    <Card>
      <CardHeader
        title="Actual against modeled"
        id="actual-heading"
        description={
          proposal ? (
            <>
              Modeled by{" "}
              <Link href={`/projects/${projectId}/versions/${proposal.versionId}`} className="text-brand-700 underline">
                proposal version {proposal.number} ({proposal.optionName})
              </Link>
              {proposal.accepted ? ", accepted" : ""}; actual from the batteries&apos; measured grid events, under the same program rules.
            </>
          ) : (
            "Finalize a proposal to compare what it modeled with what the batteries earn."
          )
        }
      />
      {proposal && rows.length === 0 ? <p className="px-5 py-4 text-sm text-slate-600">No grid event has been measured for this project&apos;s batteries yet.</p> : null}
      {rows.length > 0 ? (
        <div className="overflow-x-auto px-5 py-3" tabIndex={0} role="region" aria-label="Grid Services benefit, modeled and actual">
          <table className="w-full text-sm">
            <caption className="sr-only">Annual Grid Services benefit, modeled and actual, per season</caption>
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3 text-left font-medium">Season</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Events</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Avg kW modeled</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Avg kW measured</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Modeled</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Actual</th>
                <th scope="col" className="py-2 text-right font-medium">Difference</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {rows.map((row) => (
                <tr key={`${row.programId}-${row.season}`}>
                  <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                    {row.programName} {row.season}
                  </th>
                  <td className="py-2 pr-3 text-right">{row.events}</td>
                  <td className="py-2 pr-3 text-right">{row.modeledKw === null ? "—" : formatKw(row.modeledKw)}</td>
                  <td className="py-2 pr-3 text-right">{formatKw(row.measuredKw)}</td>
                  <td className="py-2 pr-3 text-right">{formatMoney(row.modeledAnnualCents)}</td>
                  <td className="py-2 pr-3 text-right">{formatMoney(row.actualAnnualCents)}</td>
                  <td className={`py-2 text-right font-medium ${row.differenceCents < 0 ? "text-red-700" : "text-emerald-700"}`}>
                    {row.differenceCents < 0 ? "−" : "+"}
                    {formatMoney(Math.abs(row.differenceCents))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-500">Annual benefit for a full season at the measured average, from the season&apos;s events so far.</p>
        </div>
      ) : null}
    </Card>
  );
}
