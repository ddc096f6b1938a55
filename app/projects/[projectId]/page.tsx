import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OptionCard, optionCardOf } from "@/components/options/option-card";
import { usageStatusOf } from "@/components/usage/usage-status";
import { todayIsoDate } from "@/lib/core/dates/iso-date";
import { ProjectDetails } from "@/components/projects/project-details";
import { withDatabase } from "@/app/_shell/with-database";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { deleteProject } from "@/lib/actions/projects/delete-project";
import { getProject } from "@/lib/server/data/projects";
import { findProjectActivity } from "@/lib/server/data/audit";
import { findProjectVersions } from "@/lib/server/data/versions";
import { versionStatus } from "@/lib/proposal/version-status";
import { ProposalVersionList } from "@/components/versions/version-list";
import { allows } from "@/lib/server/auth/access";
import { requireMember } from "@/lib/server/auth/guards";
import { ProjectActivityList } from "@/components/projects/project-activity";
import { AfterSaleSection, AfterSaleTeaser, SHOW_AFTER_SALE_PARAM, type AfterSaleReason } from "@/components/projects/after-sale-section";
import { groupActivityBursts } from "@/lib/core/audit/activity-bursts";
import { parseId } from "@/lib/validation/ids";
import { proposalViewOf } from "@/lib/proposal/evaluate";
import { announcePrograms } from "@/lib/proposal/program-announcements";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { BatteriesSection, toBatteryView } from "@/components/devices/batteries-section";
import { ActualVsModeledCard } from "@/components/devices/actual-vs-modeled";
import { findActualVsModeled, findProjectBatteries, isGridServicesOn } from "@/lib/server/data/operations";
import { programsForState } from "@/lib/core/programs";

type Params = Promise<{ projectId: string }>;

/** Changes read for the activity feed: bursts fold many into one line, so this is well beyond what "Show all" usually lists. */
const ACTIVITY_LIMIT = 200;

// prisma/seed.ts gives every demo row an id starting with its DEMO_ID_PREFIX; people's own projects never have one
// (a sample project, made from the same data for a new organization to try things on, is marked isSample instead).
const isDemoProject = (projectId: string) => projectId.startsWith("demo-");

/** Why the after-sale tools show, or null before a sale: the latest accepted version, else batteries already there, else a request. */
function afterSaleReasonOf(
  versions: { number: number; optionName: string; acceptedAt: Date | null; acceptedName: string | null }[],
  batteryCount: number,
  isRequested: boolean,
): AfterSaleReason | null {
  const accepted = versions.find((version) => version.acceptedAt !== null);
  if (accepted?.acceptedAt) return { kind: "accepted", versionNumber: accepted.number, optionName: accepted.optionName, acceptedName: accepted.acceptedName, acceptedAt: accepted.acceptedAt };
  if (batteryCount > 0) return { kind: "has-batteries" };
  return isRequested ? { kind: "requested" } : null;
}

// The title and the page read the same project: one query per request, not two.
const loadProject = cache(async (projectId: string) => {
  const access = await requireMember();
  return { access, project: await getProject(access.organizationId, projectId) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const project = parseId(projectId) ? await loadProject(projectId).then((loaded) => loaded.project).catch(() => null) : null;
  return { title: project?.customerName ?? "Project" };
}

export default async function ProjectPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | undefined>> }) {
  const { projectId } = await params;
  const flags = await searchParams;
  if (!parseId(projectId)) notFound();

  return withDatabase(async () => {
    const { access, project } = await loadProject(projectId);
    if (!project) notFound();
    const canEdit = allows(access, "project", "update");
    const [activity, versions, batteries, comparison, gridServicesOn] = await Promise.all([
      findProjectActivity(access.organizationId, project.id, ACTIVITY_LIMIT),
      findProjectVersions(access.organizationId, project.id),
      findProjectBatteries(access.organizationId, project.id),
      findActualVsModeled(access.organizationId, project.id),
      isGridServicesOn(access.organizationId),
    ]);
    const statePrograms = programsForState(project.state).map((program) => ({ id: program.id, name: program.shortName }));
    const afterSale = afterSaleReasonOf(versions, batteries.length, flags[SHOW_AFTER_SALE_PARAM] !== undefined);

    return (
      <>
        <PageHeader
          title={project.customerName}
          subtitle={
            <>
              {project.isSample ? <Badge tone="info">Sample</Badge> : null} {`${project.street}, ${project.city}, ${project.state} ${project.zip}`}
            </>
          }
          crumbs={[{ href: "/projects", label: "Projects" }]}
          actions={
            <>
              {project.options.length > 1 ? (
                <ButtonLink href={`/projects/${project.id}/compare`} variant="secondary">
                  Compare options
                </ButtonLink>
              ) : null}
              {canEdit ? (
                <>
                  <ButtonLink href={`/projects/${project.id}/edit`} variant="secondary">
                    Edit project
                  </ButtonLink>
                  <ConfirmDelete
                    action={deleteProject.bind(null, project.id)}
                    triggerLabel="Delete project"
                    title={`Delete ${project.customerName}?`}
                    description={`This deletes the project and its ${project.options.length} ${project.options.length === 1 ? "option" : "options"}, with their incentive settings. It cannot be undone.`}
                    confirmLabel="Delete project"
                  />
                </>
              ) : null}
            </>
          }
        />
        {flags.optionDeleted ? (
          <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-800">
            The option was deleted.
          </p>
        ) : null}
        <div className="grid gap-6 lg:grid-cols-3">
          {/* min-w-0: a wide table inside scrolls in its own region instead of widening the page on a phone. */}
          <section aria-labelledby="options-heading" className="min-w-0 lg:col-span-2">
            <div className="mb-3 flex items-center justify-between">
              <h2 id="options-heading" className="text-lg font-semibold text-slate-900">
                Design options
              </h2>
              {canEdit ? <ButtonLink href={`/projects/${project.id}/options/new`}>Add option</ButtonLink> : null}
            </div>
            {project.options.length === 0 ? (
              <EmptyState title="No options yet" action={canEdit ? <ButtonLink href={`/projects/${project.id}/options/new`}>Add the first option</ButtonLink> : undefined}>
                {canEdit
                  ? "An option is one system design: PV size, battery and prices. Add one to model incentives and build a proposal."
                  : "A designer has not added a system design to this project yet."}
              </EmptyState>
            ) : (
              <div className="grid gap-4 md:grid-cols-2">
                {project.options.map((option) => {
                  const view = proposalViewOf({ ...option, project });
                  // Eligible programs that are off announce what they would add, with one click to enable (issue #20, item 3).
                  const announcements = announcePrograms({ ...option, project });
                  return (
                    <OptionCard
                      key={option.id}
                      projectId={project.id}
                      canEdit={canEdit}
                      option={optionCardOf(option.id, option.customIncentives.length, view, announcements)}
                      enableProgram={canEdit ? setProgramEnabled.bind(null, project.id, option.id) : undefined}
                      usageStatus={usageStatusOf(option.usageAndRates, todayIsoDate())}
                    />
                  );
                })}
              </div>
            )}
            {afterSale ? (
              <AfterSaleSection projectId={project.id} reason={afterSale} summary={`Batteries, enrollments and commands (${batteries.length === 0 ? "none registered yet" : `${batteries.length} ${batteries.length === 1 ? "battery" : "batteries"}`})`}>
                <BatteriesSection projectId={project.id} batteries={batteries.map(toBatteryView)} canEdit={canEdit} gridServicesOn={gridServicesOn} programs={statePrograms} isDemoData={isDemoProject(project.id) || project.isSample} />
                {versions.length > 0 || batteries.length > 0 ? <ActualVsModeledCard projectId={project.id} comparison={comparison} /> : null}
              </AfterSaleSection>
            ) : (
              <AfterSaleTeaser projectId={project.id} />
            )}
          </section>
          <aside className="min-w-0 space-y-6">
            <ProjectDetails project={project} />
            <ProposalVersionList projectId={project.id} versions={versions.map((version) => ({ ...version, status: versionStatus({ ...version, shareLinkCount: version._count.shareLinks }) }))} />
            <ProjectActivityList lines={groupActivityBursts(activity)} isTruncated={activity.length === ACTIVITY_LIMIT} />
          </aside>
        </div>
      </>
    );
  });
}
