import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatMoney, formatPayback, formatRatio } from "@/components/proposal/format-figures";
import { withDatabase } from "@/components/shell/with-database";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { parseId } from "@/lib/actions/ids";
import { getProject } from "@/lib/data/projects";
import { formatNumber } from "@/lib/money/format";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { requireMember } from "@/lib/auth/guards";
import { allows } from "@/lib/auth/access";

export const metadata: Metadata = { title: "Compare options" };

export default async function CompareOptionsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  if (!parseId(projectId)) notFound();
  return withDatabase(async () => {
    const access = await requireMember();
    const project = await getProject(access.organizationId, projectId);
    if (!project) notFound();
    const columns = project.options.map((option) => {
      const evaluation = evaluateStoredOption({ ...option, project });
      return { option, withGs: evaluation.financials.withGridServices, withoutGs: evaluation.financials.withoutGridServices, programs: evaluation.programs.filter((program) => program.isCounted).map((program) => program.shortName) };
    });
    const rows: { label: string; values: string[]; emphasis?: boolean }[] = [
      { label: "Solar", values: columns.map(({ option }) => `${formatNumber(option.pvKw, 2)} kW`) },
      { label: "Battery", values: columns.map(({ option }) => (option.batteryCount > 0 ? `${option.batteryCount} × ${option.batteryModel ?? "battery"}` : "None")) },
      { label: "Grid Services programs", values: columns.map(({ programs }) => (programs.length > 0 ? programs.join(", ") : "None")) },
      { label: "Gross price", values: columns.map(({ withGs }) => formatMoney(withGs.systemCostCents)) },
      { label: "Upfront incentives", values: columns.map(({ withGs }) => formatMoney(-withGs.upfrontIncentivesCents)) },
      { label: "Net cost", values: columns.map(({ withGs }) => formatMoney(withGs.netCostCents)), emphasis: true },
      { label: "Payback", values: columns.map(({ withGs }) => formatPayback(withGs.paybackYears)), emphasis: true },
      { label: "Payback without Grid Services", values: columns.map(({ withoutGs }) => formatPayback(withoutGs.paybackYears)) },
      { label: "ROI", values: columns.map(({ withGs }) => formatRatio(withGs.roi)) },
      { label: "Lifetime savings", values: columns.map(({ withGs }) => formatMoney(withGs.lifetimeSavingsCents)), emphasis: true },
      { label: "NPV", values: columns.map(({ withGs }) => formatMoney(withGs.npvCents)) },
    ];
    return (
      <>
        <PageHeader
          title="Compare options"
          subtitle={project.customerName}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${project.id}`, label: project.customerName },
          ]}
        />
        {columns.length === 0 ? (
          <EmptyState title="No options to compare" action={allows(access, "project", "update") ? <ButtonLink href={`/projects/${project.id}/options/new`}>Add an option</ButtonLink> : undefined}>
            Add design options to this project to see them side by side.
          </EmptyState>
        ) : (
          <Card>
            <div className="overflow-x-auto">
              <table className="figures min-w-full text-sm" data-testid="compare-table">
                <caption className="sr-only">Options of {project.customerName}, side by side</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="px-5 py-3 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
                      <span className="sr-only">Figure</span>
                    </th>
                    {columns.map(({ option }) => (
                      <th key={option.id} scope="col" className="px-5 py-3 text-right font-semibold text-slate-900">
                        <Link href={`/projects/${project.id}/options/${option.id}/proposal`} className="text-brand-700 hover:underline">
                          {option.name}
                        </Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((row) => (
                    <tr key={row.label}>
                      <th scope="row" className={`px-5 py-2.5 text-left ${row.emphasis ? "font-semibold text-slate-900" : "font-normal text-slate-700"}`}>
                        {row.label}
                      </th>
                      {row.values.map((value, index) => (
                        <td key={index} className={`px-5 py-2.5 text-right ${row.emphasis ? "font-semibold text-slate-900" : "text-slate-800"}`}>
                          {value}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        )}
      </>
    );
  });
}
