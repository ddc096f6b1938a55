import { CustomerAssumptions } from "@/components/proposal/assumptions";
import { BillsSection } from "@/components/proposal/bills/bills-section";
import { ChartCards } from "@/components/proposal/chart-cards";
import { GridServicesPay } from "@/components/proposal/grid-services-pay";
import { HeadlineFigures } from "@/components/proposal/headline-figures";
import { PricingTable } from "@/components/proposal/pricing-table";
import { SavingsTable } from "@/components/proposal/savings-table";
import { Card, CardHeader } from "@/components/ui/card";
import { PayingForIt } from "@/components/proposal/financing/paying-for-it";
import type { HeadlineKey, ProposalView } from "@/lib/proposal/view";

export interface DocumentMeta {
  organizationName: string;
  number: number;
  finalizedAt: Date;
  /** The finalized day, already written in the project's time zone. */
  finalizedOn: string;
  acceptedAt: Date | null;
  acceptedOn: string | null;
  acceptedName: string | null;
}

/**
 * The homeowner's figures: NPV and IRR are for the calculation, where they are explained; a discounted figure that
 * can be negative for a sound purchase does not belong in the headline of a document a homeowner reads.
 */
const CUSTOMER_FIGURES: readonly HeadlineKey[] = ["net-price", "payback", "first-year-savings", "net-savings", "roi"];
const CALCULATION_FIGURES: readonly HeadlineKey[] = ["lifetime-savings", "npv", "irr"];

/**
 * A finalized proposal version, laid out for the screen and for print (US Letter and A4), rendered from the
 * version's proposal view: every figure comes from the stored snapshot, so it reads exactly as it did on the day it
 * was finalized. The version page, the customer link and the PDF all show this, in the homeowner's words.
 */
export function ProposalDocument({ view, meta }: { view: ProposalView; meta: DocumentMeta }) {
  const returns = view.headline.filter((row) => CALCULATION_FIGURES.includes(row.key));
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
              {meta.number}, <time dateTime={meta.finalizedAt.toISOString()}>{meta.finalizedOn}</time>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Status</dt>
            <dd className="text-slate-900">{meta.acceptedAt ? `Accepted by ${meta.acceptedName} on ${meta.acceptedOn}` : "Awaiting acceptance"}</dd>
          </div>
        </dl>
      </header>

      {/* The system before the figures: on paper it fills the cover's page, and "At a glance" starts the next one whole. */}
      <Card className="avoid-break">
        <CardHeader title="Your system" />
        <dl className="grid gap-x-6 gap-y-3 px-5 py-4 text-sm sm:grid-cols-2" data-testid="equipment">
          {view.system.equipment.map((line) => (
            <div key={line.key}>
              <dt className="font-medium text-slate-900">{line.name}</dt>
              <dd className="figures text-slate-700">{line.detail}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card className="avoid-break">
        <CardHeader title="At a glance" description={view.hasGridServices ? "With the Grid Services programs in this proposal, and without them." : undefined} />
        <div className="space-y-3 px-5 py-4">
          {view.gridServices.headline ? (
            <p className="rounded-lg bg-brand-50 px-4 py-3 text-base text-slate-900" data-testid="grid-services-headline">
              {view.gridServices.headline}
            </p>
          ) : null}
          <HeadlineFigures rows={view.headline} keys={CUSTOMER_FIGURES} />
          <p className="text-sm text-slate-700" data-testid="net-savings-explained">
            {view.netSavingsExplained}
          </p>
        </div>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2 print:block print:space-y-6">
        <Card className="avoid-break">
          <CardHeader title="Price and incentives" />
          <div className="px-5 py-4">
            <PricingTable table={view.pricing} caption="Price and incentives" />
          </div>
        </Card>
        {view.hasGridServices ? (
          <Card className="avoid-break">
            <CardHeader title="What Grid Services pays you" description="Grid Services programs pay for your battery's help on the days the grid needs it most." />
            <div className="px-5 py-4">
              <GridServicesPay payments={view.gridServices} />
            </div>
          </Card>
        ) : null}
      </div>

      <PayingForIt financing={view.financing} />

      <div className="grid gap-6 lg:grid-cols-2 print:block print:space-y-6">
        <ChartCards charts={view.charts} idPrefix="doc-" />
      </div>

      <Card>
        <CardHeader title="Savings breakdown" description="Year by year, with Grid Services. A program pays nothing past its term." />
        <div className="px-2 py-2">
          <SavingsTable table={view.savings} caption="Savings breakdown by year, with ten-year and lifetime totals" />
        </div>
      </Card>

      {view.bills ? <BillsSection bills={view.bills} idPrefix="doc-" /> : null}

      {/* Not kept whole: with the printed calculation it is longer than a page; each assumption and program is kept whole instead. */}
      <Card>
        <CardHeader title="Assumptions and sources" />
        <div className="px-5 py-4">
          <CustomerAssumptions plain={view.assumptions.plain} finance={view.assumptions.finance} programs={view.assumptions.programs} returns={returns} />
          <p className="mt-6 border-t border-slate-100 pt-4 text-sm text-slate-700">
            Program rules and payments are set by utilities and program administrators and can change after this proposal was made. Grid Services earnings depend on
            the events called and the battery&apos;s performance; the figures here are estimates, not guarantees.
          </p>
        </div>
      </Card>
    </article>
  );
}
