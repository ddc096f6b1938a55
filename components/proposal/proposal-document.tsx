import { Assumptions } from "@/components/proposal/assumptions";
import { ChartCards } from "@/components/proposal/chart-cards";
import { HeadlineFigures } from "@/components/proposal/headline-figures";
import { PricingTable } from "@/components/proposal/pricing-table";
import { SavingsTable } from "@/components/proposal/savings-table";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDate } from "@/lib/core/dates/format";
import type { ProposalView } from "@/lib/proposal/view";

export interface DocumentMeta {
  organizationName: string;
  number: number;
  finalizedAt: Date;
  acceptedAt: Date | null;
  acceptedName: string | null;
}

/**
 * A finalized proposal version, laid out for the screen and for print (US Letter and A4), rendered from the
 * version's proposal view: every figure comes from the stored snapshot, so it reads exactly as it did on the day it
 * was finalized. The version page, the customer link and the PDF all show this.
 */
export function ProposalDocument({ view, meta }: { view: ProposalView; meta: DocumentMeta }) {
  return (
    <article className="proposal-document space-y-6" aria-labelledby="document-title">
      <header className="avoid-break rounded-xl border border-slate-200 bg-white px-6 py-6 shadow-sm">
        <p className="text-sm font-medium text-brand-700">{meta.organizationName}</p>
        <h1 id="document-title" className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
          Solar and battery proposal for {view.customer.name}
        </h1>
        <p className="mt-1 text-slate-600">{view.customer.address}</p>
        <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">Design</dt>
            <dd className="text-slate-900">{view.name}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Version</dt>
            <dd className="text-slate-900">
              {meta.number}, <time dateTime={meta.finalizedAt.toISOString()}>{formatDate(meta.finalizedAt)}</time>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Status</dt>
            <dd className="text-slate-900">{meta.acceptedAt ? `Accepted by ${meta.acceptedName} on ${formatDate(meta.acceptedAt)}` : "Awaiting acceptance"}</dd>
          </div>
        </dl>
      </header>

      <Card className="avoid-break">
        <CardHeader title="Your system" />
        <p className="px-5 py-4 text-sm text-slate-800">
          {view.system.solar} · {view.system.battery}.
        </p>
      </Card>

      <div className="grid gap-6 lg:grid-cols-3 print:block print:space-y-6">
        <Card className="avoid-break lg:col-span-2">
          <CardHeader title="At a glance" description="With the Grid Services programs in this proposal, and without them." />
          <div className="px-5 py-4">
            <HeadlineFigures rows={view.headline} />
          </div>
        </Card>
        <Card className="avoid-break">
          <CardHeader title="Pricing" />
          <div className="px-5 py-4">
            <PricingTable table={view.pricing} />
          </div>
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2 print:block print:space-y-6">
        <ChartCards charts={view.charts} idPrefix="doc-" />
      </div>

      <Card>
        <CardHeader title="Savings breakdown" description="Year by year, with Grid Services. A program pays nothing past its term." />
        <div className="px-2 py-2">
          <SavingsTable table={view.savings} caption="Savings breakdown by year, with ten-year and lifetime totals" />
        </div>
      </Card>

      {/* Not kept whole: it can be nearly a page long, and moved whole it would leave the page before it half empty.
          Each finance line and each program are kept whole instead. */}
      <Card>
        <CardHeader title="Programs, assumptions and sources" />
        <div className="px-5 py-4">
          <Assumptions finance={view.assumptions.finance} programs={view.assumptions.programs} />
          <p className="mt-6 border-t border-slate-100 pt-4 text-sm text-slate-700">
            Program rules and payments are set by utilities and program administrators and can change after this proposal was made. Grid Services earnings depend on
            the events called and the battery&apos;s performance; the figures here are estimates, not guarantees.
          </p>
        </div>
      </Card>
    </article>
  );
}
