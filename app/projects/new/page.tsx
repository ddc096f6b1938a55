import type { Metadata } from "next";
import { emptyProject, ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/page-header";
import { createProject } from "@/lib/actions/projects/create-project";

export const metadata: Metadata = { title: "New project" };

export default function NewProjectPage() {
  return (
    <>
      <PageHeader title="New project" subtitle="A customer site. You will design its options next." crumbs={[{ href: "/projects", label: "Projects" }]} />
      <ProjectForm action={createProject} initial={emptyProject} submitLabel="Create project" cancelHref="/projects" />
    </>
  );
}
