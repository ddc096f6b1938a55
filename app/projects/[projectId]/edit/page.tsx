import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { withDatabase } from "@/app/_shell/with-database";
import { PageHeader } from "@/components/ui/page-header";
import { parseId } from "@/lib/validation/ids";
import { updateProject } from "@/lib/actions/projects/update-project";
import { getProject } from "@/lib/server/data/projects";
import { requirePermission } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "Edit project" };

export default async function EditProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  if (!parseId(projectId)) notFound();
  return withDatabase(async () => {
    const access = await requirePermission("project", "update");
    const project = await getProject(access.organizationId, projectId);
    if (!project) notFound();
    return (
      <>
        <PageHeader
          title="Edit project"
          subtitle={project.customerName}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${project.id}`, label: project.customerName },
          ]}
        />
        <ProjectForm
          action={updateProject.bind(null, project.id)}
          initial={{
            customerName: project.customerName,
            email: project.email ?? "",
            phone: project.phone ?? "",
            street: project.street,
            city: project.city,
            state: project.state,
            zip: project.zip,
            utility: project.utility ?? "",
            tariff: project.tariff,
            segment: project.segment,
            notes: project.notes ?? "",
          }}
          submitLabel="Save project"
          cancelHref={`/projects/${project.id}`}
        />
      </>
    );
  });
}
