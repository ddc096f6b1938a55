import type { Metadata } from "next";
import { emptyProject, ProjectForm } from "@/components/projects/project-form";
import { withDatabase } from "@/app/_shell/with-database";
import { PageHeader } from "@/components/ui/page-header";
import { createProject } from "@/lib/actions/projects/create-project";
import { requirePermission } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  return withDatabase(async () => {
    await requirePermission("project", "create");
    return (
      <>
        <PageHeader title="New project" subtitle="A customer site. You will design its options next." crumbs={[{ href: "/projects", label: "Projects" }]} />
        <ProjectForm action={createProject} initial={emptyProject} submitLabel="Create project" cancelHref="/projects" />
      </>
    );
  });
}
