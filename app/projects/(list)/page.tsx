import type { Metadata } from "next";
import { Pagination } from "@/components/projects/pagination";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectTable } from "@/components/projects/project-table";
import { withDatabase } from "@/app/_shell/with-database";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findProjects, findProjectStates } from "@/lib/server/data/projects";
import { requireMember } from "@/lib/server/auth/guards";
import { allows } from "@/lib/server/auth/access";
import { WelcomeChecklist } from "@/components/welcome/welcome-checklist";
import { SampleProjectOffer } from "@/components/welcome/sample-project-offer";
import { addSampleProject } from "@/lib/actions/welcome/add-sample-project";
import { dismissWelcome } from "@/lib/actions/welcome/dismiss-welcome";
import { welcomeChecklist } from "@/lib/core/welcome/checklist";
import { findWelcomeFacts } from "@/lib/server/data/welcome";

export const metadata: Metadata = { title: "Projects" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const search = single(params.q).slice(0, 100);
  const state = single(params.state).toUpperCase().slice(0, 2);
  const page = Number.parseInt(single(params.page), 10) || 1;

  return withDatabase(async () => {
    const access = await requireMember();
    // The welcome is for whoever sets the organization up (its owners and admins): they alone can finish or hide it.
    const canManage = allows(access, "organization", "update");
    const [result, states, welcomeFacts] = await Promise.all([
      findProjects(access.organizationId, { search, state, page }),
      findProjectStates(access.organizationId),
      canManage ? findWelcomeFacts(access.organizationId) : null,
    ]);
    const welcome = welcomeFacts ? welcomeChecklist(welcomeFacts) : null;
    const hrefFor = (target: number) => {
      const query = new URLSearchParams();
      if (search) query.set("q", search);
      if (state) query.set("state", state);
      if (target > 1) query.set("page", String(target));
      const text = query.toString();
      return text ? `/projects?${text}` : "/projects";
    };
    const isFiltered = Boolean(search || state);
    const canCreate = allows(access, "project", "create");

    return (
      <>
        <PageHeader
          title="Projects"
          subtitle={`${result.total} ${result.total === 1 ? "project" : "projects"}${isFiltered ? " match your search" : ""}`}
          actions={canCreate ? <ButtonLink href="/projects/new">New project</ButtonLink> : undefined}
        />
        {params.deleted ? (
          <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-800">
            The project was deleted.
          </p>
        ) : null}
        {params.welcomeDismissed ? (
          <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-800">
            The getting-started checklist is hidden for everyone in {access.organizationName}.
          </p>
        ) : null}
        {welcome?.isShown ? (
          <WelcomeChecklist
            checklist={welcome}
            organizationName={access.organizationName}
            isWelcomeLink={single(params.welcome) === "1"}
            dismissAction={dismissWelcome}
            addSampleAction={welcome.canAddSample ? addSampleProject : undefined}
          />
        ) : null}
        <ProjectFilters search={search} state={state} states={states} />
        {result.projects.length === 0 ? (
          isFiltered ? (
            <EmptyState title="No projects match" action={<ButtonLink href="/projects" variant="secondary">Clear search</ButtonLink>}>
              Try another name, street or ZIP code, or another state.
            </EmptyState>
          ) : (
            <EmptyState title="No projects yet" action={canCreate ? <ButtonLink href="/projects/new">Create your first project</ButtonLink> : undefined}>
              {canCreate
                ? "A project is a customer site. Add one, then design options and model their incentives."
                : "Your organization has no projects yet. Designers and admins create them; they will appear here."}
              {/* The checklist offers the sample while it is shown; once it is hidden, the empty list still does. */}
              {welcome && !welcome.isShown && welcome.canAddSample ? (
                <div className="mt-5 flex justify-center text-left">
                  <SampleProjectOffer action={addSampleProject} />
                </div>
              ) : null}
            </EmptyState>
          )
        ) : (
          <>
            <ProjectTable projects={result.projects} />
            <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
          </>
        )}
      </>
    );
  });
}
