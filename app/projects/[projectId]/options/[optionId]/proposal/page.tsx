import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Assumptions } from "@/components/proposal/assumptions";
import { BillsSection } from "@/components/proposal/bills/bills-section";
import { ChartCards } from "@/components/proposal/chart-cards";
import { HeadlineFigures } from "@/components/proposal/headline-figures";
import { ParticipationSwitch } from "@/components/proposal/participation-switch";
import { PricingTable } from "@/components/proposal/pricing-table";
import { PayingForIt } from "@/components/proposal/financing/paying-for-it";
import { SavingsTable } from "@/components/proposal/savings-table";
import { withDatabase } from "@/app/_shell/with-database";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { parseId } from "@/lib/validation/ids";
import { getOption } from "@/lib/server/data/options";
import { proposalViewOf } from "@/lib/proposal/evaluate";
import { parseParticipation } from "@/lib/proposal/participation";
import { requireMember } from "@/lib/server/auth/guards";
import { allows } from "@/lib/server/auth/access";
import { ActionButton } from "@/components/account/action-button";
import { finalizeProposal } from "@/lib/actions/versions/finalize-proposal";

export const metadata: Metadata = { title: "Proposal" };

type Params = Promise<{ projectId: string; optionId: string }>;

export default async function ProposalPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | undefined>> }) {
  const { projectId, optionId } = await params;
  const participation = parseParticipation((await searchParams).participation);
  if (!parseId(projectId) || !parseId(optionId)) notFound();

  return withDatabase(async () => {
    const access = await requireMember();
    const option = await getOption(access.organizationId, projectId, optionId);
    const canEdit = allows(access, "project", "update");
    if (!option) notFound();
    const view = proposalViewOf(option, { participation, sensitivity: true });
    const sensitivity = view.sensitivity!;
    const base = `/projects/${projectId}/options/${optionId}`;
    const hrefFor = (level: string) => (level === "expected" ? `${base}/proposal` : `${base}/proposal?participation=${level}`);

    return (
      <>
        <PageHeader
          title={`Proposal: ${option.name}`}
          subtitle={`${option.project.customerName} · ${option.project.street}, ${option.project.city}, ${option.project.state} ${option.project.zip}`}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${projectId}`, label: option.project.customerName },
            { href: canEdit ? base : `${base}/proposal`, label: option.name },
          ]}
          actions={
            <>
              {canEdit ? (
                <ButtonLink href={`${base}/incentives`} variant="secondary">
                  Manage incentives
                </ButtonLink>
              ) : null}
              {canEdit ? (
                <ActionButton
                  action={finalizeProposal.bind(null, projectId, optionId)}
                  label={participation === "expected" ? "Finalize version" : `Finalize version (${participation} participation)`}
                  pendingLabel="Finalizing…"
                  variant="primary"
                  hidden={{ participation }}
                />
              ) : null}
              <ButtonLink href={`${base}/present`} variant="secondary">
                Present
              </ButtonLink>
              <a href={`${base}/proposal/savings.csv${participation === "expected" ? "" : `?participation=${participation}`}`} className={buttonClass("secondary")} download>
                Download CSV
              </a>
            </>
          }
        />
        <div className="space-y-6">
          <div className="grid gap-6 lg:grid-cols-3">
            <Card className="lg:col-span-2">
              <CardHeader
                title="At a glance"
                description={view.hasGridServices ? "Grid Services payments change the numbers below; the right column shows the same system without them." : "No Grid Services program is enabled: both columns are the same."}
                actions={<ParticipationSwitch current={participation} hrefFor={hrefFor} />}
              />
              <div className="px-5 py-4">
                <HeadlineFigures rows={view.headline} />
                <p className="mt-3 text-xs text-slate-500">
                  System: {view.system.solar} · {view.system.battery}. Event participation: {participation}.
                </p>
              </div>
            </Card>
            <Card>
              <CardHeader title="Pricing" />
              <div className="px-5 py-4">
                <PricingTable table={view.pricing} />
              </div>
            </Card>
          </div>

          <PayingForIt financing={view.financing} />

          <div className="grid gap-6 lg:grid-cols-2">
            <ChartCards charts={view.charts} idPrefix="" />
          </div>

          <Card>
            <CardHeader title="Event participation sensitivity" description="How payback moves if the battery serves fewer or more grid events than expected." />
            <div className="px-5 py-4">
              <table className="figures w-full max-w-xl text-sm" data-testid="sensitivity-table">
                <caption className="sr-only">Payback and lifetime savings by event participation</caption>
                <thead>
                  <tr className="text-xs uppercase tracking-wide text-slate-500">
                    <th scope="col" className="py-1.5 text-left font-medium">Participation</th>
                    <th scope="col" className="py-1.5 text-right font-medium">Payback</th>
                    <th scope="col" className="py-1.5 text-right font-medium">Lifetime savings</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {sensitivity.rows.map((row) => (
                    <tr key={row.level} className={row.isCurrent ? "font-semibold" : ""}>
                      <th scope="row" className="py-1.5 text-left font-normal capitalize">{row.level}</th>
                      <td className="py-1.5 text-right">{row.payback}</td>
                      <td className="py-1.5 text-right">{row.lifetimeSavings}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-500">Without Grid Services the payback is {sensitivity.paybackWithout} in every case.</p>
            </div>
          </Card>

          <Card>
            <CardHeader title="Savings breakdown" description="Year by year, with Grid Services. A program pays nothing past its term." />
            <div className="px-2 py-2">
              <SavingsTable table={view.savings} caption="Savings breakdown by year, with ten-year and lifetime totals" />
            </div>
          </Card>

          {view.bills ? <BillsSection bills={view.bills} idPrefix="" showInstallerNotes /> : null}

          <Card>
            <CardHeader title="Assumptions and sources" />
            <div className="px-5 py-4">
              <Assumptions finance={view.assumptions.finance} programs={view.assumptions.programs} />
              <p className="mt-6 border-t border-slate-100 pt-4 text-xs text-slate-500">
                Program rules and payments are set by utilities and program administrators and can change. Grid Services earnings depend on the events called and the battery&apos;s performance; figures are estimates, not guarantees.
              </p>
            </div>
          </Card>
        </div>
      </>
    );
  });
}
