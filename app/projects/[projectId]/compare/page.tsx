import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompareTable } from "@/components/projects/compare-table";
import { withDatabase } from "@/app/_shell/with-database";
import { Card, CardHeader } from "@/components/ui/card";
import { FinancingCompareTable } from "@/components/projects/financing-compare-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { parseId } from "@/lib/validation/ids";
import { getProject } from "@/lib/server/data/projects";
import { proposalViewOf } from "@/lib/proposal/evaluate";
import { requireMember } from "@/lib/server/auth/guards";
import { allows } from "@/lib/server/auth/access";

export const metadata: Metadata = { title: "Compare options" };

export default async function CompareOptionsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  if (!parseId(projectId)) notFound();
  return withDatabase(async () => {
    const access = await requireMember();
    const project = await getProject(access.organizationId, projectId);
    if (!project) notFound();
    const columns = project.options.map((option) => ({ id: option.id, href: `/projects/${project.id}/options/${option.id}/proposal`, view: proposalViewOf({ ...option, project }) }));
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
          <div className="space-y-6">
            <Card>
              <CompareTable caption={`Options of ${project.customerName}, side by side`} columns={columns} />
            </Card>
            <Card>
              <CardHeader title="Options and ways to pay" description="Each option paid for in cash and with each financing offered on it." />
              <FinancingCompareTable caption={`Options of ${project.customerName} by way of paying`} columns={columns} />
            </Card>
          </div>
        )}
      </>
    );
  });
}
