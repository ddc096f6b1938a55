import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OptionForm } from "@/components/options/option-form";
import { withDatabase } from "@/app/_shell/with-database";
import { PageHeader } from "@/components/ui/page-header";
import { parseId } from "@/lib/validation/ids";
import { createOption } from "@/lib/actions/options/create-option";
import { findOwnBatteryModels, findPriceDefaults } from "@/lib/server/data/price-list";
import { getProject } from "@/lib/server/data/projects";
import { newOptionValues } from "@/lib/validation/form-values";
import { requirePermission } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "New option" };

export default async function NewOptionPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  if (!parseId(projectId)) notFound();
  return withDatabase(async () => {
    const access = await requirePermission("project", "update");
    const [project, prices, ownBatteryModels] = await Promise.all([
      getProject(access.organizationId, projectId),
      findPriceDefaults(access.organizationId),
      findOwnBatteryModels(access.organizationId),
    ]);
    if (!project) notFound();
    const letter = String.fromCharCode(65 + Math.min(project.options.length, 25));
    return (
      <>
        <PageHeader
          title="New option"
          subtitle={`A system design for ${project.customerName}`}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${project.id}`, label: project.customerName },
          ]}
        />
        <OptionForm
          action={createOption.bind(null, project.id)}
          initial={{ ...newOptionValues, name: `Option ${letter}` }}
          prices={prices}
          ownBatteryModels={ownBatteryModels}
          submitLabel="Create option"
          cancelHref={`/projects/${project.id}`}
        />
      </>
    );
  });
}
