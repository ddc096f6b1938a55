import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServerPing } from "@/components/bench/server-ping";
import { CustomIncentives } from "@/components/incentives/custom-incentives";
import { ProgramAnnouncementList } from "@/components/incentives/program-announcement";
import { ProgramCard } from "@/components/incentives/program-card";
import type { ExclusionPartner } from "@/components/incentives/program-conflict";
import { LiveProposalPreview, ProposalPreviewProvider } from "@/components/incentives/proposal-preview";
import { StickyProposalSummary } from "@/components/incentives/sticky-summary";
import { withDatabase } from "@/app/_shell/with-database";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parseId } from "@/lib/validation/ids";
import { countProgramInstead } from "@/lib/actions/incentives/count-program-instead";
import { deleteCustomIncentive } from "@/lib/actions/incentives/delete-custom-incentive";
import { buildLivePreview } from "@/lib/actions/incentives/live-preview";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { saveProgramInputs } from "@/lib/actions/incentives/save-program-inputs";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { getOption } from "@/lib/server/data/options";
import { stateName } from "@/lib/core/geo/states";
import { checkEligibility, exclusionsOf, getProgram, type EligibilityFacts } from "@/lib/core/programs";
import { evaluateStoredOption, previewStatePrograms } from "@/lib/proposal/evaluate";
import { customIncentivePanel } from "@/lib/proposal/custom-incentive-rows";
import { buildProgramCards, type ProgramCardModel } from "@/lib/proposal/program-cards";
import { announcePrograms } from "@/lib/proposal/program-announcements";
import { hasBattery as optionHasBattery } from "@/lib/proposal/battery-summary";
import { requirePermission } from "@/lib/server/auth/guards";

export const metadata: Metadata = { title: "Manage incentives" };

/** The programs a program cannot be counted with for the same battery, with the rule: for "Counted instead of DSGS: …". */
function exclusionPartnersOf(programId: string): ExclusionPartner[] {
  return exclusionsOf(programId).flatMap((exclusion) =>
    exclusion.programIds.filter((id) => id !== programId).map((id) => ({ id, shortName: getProgram(id)?.shortName ?? id, rule: exclusion.rule })),
  );
}

/**
 * A solar-only option: the page says once what a battery would earn, so each card leaves out its own copy of
 * "No battery: … this option has none" (the same warning, once per program, under the page's own).
 */
function withoutNoBatteryReason(card: ProgramCardModel, facts: EligibilityFacts): ProgramCardModel {
  const program = getProgram(card.id);
  if (!program) return card;
  const { reasons, reasonCodes } = checkEligibility(program, facts);
  const noBattery = new Set(reasons.filter((_, index) => reasonCodes[index] === "no-battery"));
  return { ...card, reasons: card.reasons.filter((reason) => !noBattery.has(reason)) };
}

type Params = Promise<{ projectId: string; optionId: string }>;

export default async function IncentivesPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | undefined>> }) {
  const { projectId, optionId } = await params;
  // The UI benchmark's empty-action button: only on a server started by `npm run bench:ui` (BENCH_HOOKS=1).
  const isBenchmark = process.env.BENCH_HOOKS === "1" && (await searchParams).bench === "1";
  if (!parseId(projectId) || !parseId(optionId)) notFound();

  return withDatabase(async () => {
    const access = await requirePermission("project", "update");
    const option = await getOption(access.organizationId, projectId, optionId);
    if (!option) notFound();
    const evaluation = evaluateStoredOption(option);
    const allOn = previewStatePrograms(option);
    const announcements = announcePrograms(option, { preview: allOn });
    const preview = buildLivePreview(option, evaluation);
    const base = `/projects/${projectId}/options/${optionId}`;
    const state = stateName(option.project.state);
    const hasBattery = optionHasBattery(option);
    const isCommercial = option.project.segment === "commercial";
    // With no battery, the "what a battery would earn" note says it once; the plain sentence is for when it has nothing to list.
    const saysBatteryOnce = !isCommercial && !hasBattery && announcements.programs.length > 0;
    const blocker = isCommercial
      ? "This is a commercial project. Grid Services programs pay residential customers only, so none can be enabled."
      : !hasBattery && !saysBatteryOnce
        ? "This option has no battery. Grid Services programs pay battery owners: add a battery to the option to enable them."
        : null;
    const facts: EligibilityFacts = { state: option.project.state, segment: option.project.segment, utility: option.project.utility, hasBattery };
    const allCards = buildProgramCards(evaluation, allOn, new Map(option.programs.map((entry) => [entry.programId, entry.inputs])), option.horizonYears);
    const cards = !isCommercial && !hasBattery ? allCards.map((card) => withoutNoBatteryReason(card, facts)) : allCards;

    return (
      <>
        <PageHeader
          title="Manage incentives"
          subtitle={`${option.name} · ${option.project.customerName} · ${state}${option.project.utility ? ` · ${option.project.utility}` : ""}`}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${projectId}`, label: option.project.customerName },
            { href: base, label: option.name },
          ]}
          actions={<ButtonLink href={`${base}/proposal`}>View proposal</ButtonLink>}
        />
        {announcements.programs.length > 0 ? (
          <div className="mb-6">
            <ProgramAnnouncementList
              announcements={announcements}
              enable={setProgramEnabled.bind(null, projectId, optionId)}
              editOptionHref={base}
              titleId="announcements-heading"
              variant="page"
            />
          </div>
        ) : null}
        <ProposalPreviewProvider initial={preview}>
        {/* The sticky summary's containing block: it stays at the viewport's bottom while any of this is in view. */}
        <div>
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <section aria-labelledby="available-heading" className="space-y-4">
              <div>
                <h2 id="available-heading" className="text-lg font-semibold text-slate-900">
                  Available incentives
                </h2>
                <p className="text-sm text-slate-600">
                  Grid Services programs offered in {state}. You decide which apply: Gridfolio warns when the project&apos;s utility does not run a program, but never blocks it.
                </p>
              </div>
              {blocker && cards.length > 0 ? (
                <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
                  {blocker}
                </p>
              ) : null}
              {cards.length === 0 ? (
                <EmptyState title={`No Grid Services programs in ${state}`}>
                  Gridfolio&apos;s catalog has no battery program for {state} yet, so nothing can be enabled here. You can still add a local rebate below as a custom incentive.
                </EmptyState>
              ) : (
                cards.map((card) => (
                  <ProgramCard
                    key={card.id}
                    program={card}
                    shortName={getProgram(card.id)?.shortName ?? card.name}
                    exclusionPartners={exclusionPartnersOf(card.id)}
                    toggle={setProgramEnabled.bind(null, projectId, optionId, card.id)}
                    saveInputs={saveProgramInputs.bind(null, projectId, optionId, card.id)}
                    countInstead={exclusionsOf(card.id).length > 0 ? countProgramInstead.bind(null, projectId, optionId, card.id) : undefined}
                  />
                ))
              )}
            </section>
            <Card>
              <CardHeader title="Custom incentives" description="Local rebates the catalog does not know: upfront (fixed, per kWh or per watt, with an optional cap) or annual for a number of years." />
              <div className="px-5 py-4">
                <CustomIncentives
                  {...customIncentivePanel(option, evaluation)}
                  create={saveCustomIncentive.bind(null, projectId, optionId, null)}
                  update={Object.fromEntries(option.customIncentives.map((incentive) => [incentive.id, saveCustomIncentive.bind(null, projectId, optionId, incentive.id)]))}
                  remove={Object.fromEntries(option.customIncentives.map((incentive) => [incentive.id, deleteCustomIncentive.bind(null, projectId, optionId, incentive.id)]))}
                />
              </div>
            </Card>
          </div>
          <aside aria-labelledby="summary-heading" className="lg:sticky lg:top-4 lg:self-start">
            <Card>
              <CardHeader id="summary-heading" title="Proposal preview" description="Updates as you switch programs." />
              <div className="px-5 py-4">
                <LiveProposalPreview />
              </div>
            </Card>
          </aside>
        </div>
        <StickyProposalSummary />
        </div>
        </ProposalPreviewProvider>
        {isBenchmark ? <ServerPing /> : null}
      </>
    );
  });
}
