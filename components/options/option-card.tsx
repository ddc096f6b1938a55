import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { ProgramAnnouncementList } from "@/components/incentives/program-announcement";
import type { EnableProgram } from "@/components/incentives/program-announcement-enable";
import { FIGURE_LABELS } from "@/lib/proposal/figures";
import type { ProgramAnnouncements } from "@/lib/proposal/program-announcements";
import type { ProposalView } from "@/lib/proposal/view";
import type { UsageStatus } from "@/components/usage/usage-status";

export type OptionCardData = {
  id: string;
  name: string;
  solar: string;
  battery: string;
  grossPrice: string;
  /** The Grid Services programs that count in this option's proposal (the proposal view's list). */
  programs: string[];
  customIncentiveCount: number;
  headline: { label: string; value: string }[];
  /** Eligible programs that are off, with what each would add (or, with no battery, what a battery would earn). */
  announcements: ProgramAnnouncements;
};

const NOTHING_TO_ANNOUNCE: ProgramAnnouncements = { kind: "enable", programs: [] };

/** A card's figures, all from the option's proposal view. */
export function optionCardOf(id: string, customIncentiveCount: number, view: ProposalView, announcements: ProgramAnnouncements = NOTHING_TO_ANNOUNCE): OptionCardData {
  return {
    id,
    name: view.name,
    solar: view.system.solar,
    battery: view.system.battery,
    grossPrice: view.figures["gross-price"],
    programs: view.programs.map((program) => program.shortName),
    customIncentiveCount,
    headline: [
      { label: FIGURE_LABELS.netPrice, value: view.figures["net-price"] },
      { label: FIGURE_LABELS.payback, value: view.figures.payback },
      { label: FIGURE_LABELS.firstYearSavings, value: view.figures["first-year-savings"] },
    ],
    announcements,
  };
}

/**
 * `canEdit` false (a viewer) leaves only the proposal link. `enableProgram`: the program switch's action bound to
 * this option, behind each announced program's Enable.
 */
export function OptionCard({
  projectId,
  option,
  canEdit = true,
  enableProgram,
  usageStatus,
}: {
  projectId: string;
  option: OptionCardData;
  canEdit?: boolean;
  enableProgram?: EnableProgram;
  /** Where the year-1 bill savings come from (components/usage/usage-status.ts). */
  usageStatus?: UsageStatus;
}) {
  const base = `/projects/${projectId}/options/${option.id}`;
  return (
    <article aria-labelledby={`option-${option.id}`} className="flex flex-col rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex-1 px-5 py-4">
        <h3 id={`option-${option.id}`} className="font-semibold text-slate-900">
          {option.name}
        </h3>
        <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
          <div>
            <dt className="text-slate-500">Solar</dt>
            <dd className="figures text-slate-900">
              {option.solar}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Gross price</dt>
            <dd className="figures font-medium text-slate-900">{option.grossPrice}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-slate-500">Battery</dt>
            <dd className="figures text-slate-900">{option.battery}</dd>
          </div>
          {option.headline.map((item) => (
            <div key={item.label}>
              <dt className="text-slate-500">{item.label}</dt>
              <dd className="figures font-medium text-slate-900">{item.value}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-3 flex flex-wrap gap-1.5">
          {option.programs.length > 0 ? (
            <Badge tone="success">{option.programs.join(", ")}</Badge>
          ) : (
            <Badge>No Grid Services program</Badge>
          )}
          {option.customIncentiveCount > 0 ? <Badge tone="info">{option.customIncentiveCount} custom incentive{option.customIncentiveCount === 1 ? "" : "s"}</Badge> : null}
        </div>
        {usageStatus ? <p className="mt-3 text-xs text-slate-600">{usageStatus.text}</p> : null}
        {option.announcements.programs.length > 0 ? (
          <div className="mt-3">
            <ProgramAnnouncementList
              announcements={option.announcements}
              enable={canEdit ? enableProgram : undefined}
              editOptionHref={canEdit ? base : undefined}
              titleId={`option-${option.id}-announcements`}
            />
          </div>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 border-t border-slate-100 px-5 py-3">
        {canEdit ? (
          <>
            <Link href={base} className={buttonClass("secondary", "px-2.5 py-1.5 text-xs")} aria-label={`Edit ${option.name}`}>
              Edit option
            </Link>
            <Link href={`${base}/incentives`} className={buttonClass("secondary", "px-2.5 py-1.5 text-xs")} aria-label={`Manage incentives of ${option.name}`}>
              Manage incentives
            </Link>
            <Link href={`${base}/usage`} className={buttonClass("secondary", "px-2.5 py-1.5 text-xs")} aria-label={`Usage and rates of ${option.name}`}>
              Usage and rates
            </Link>
          </>
        ) : null}
        <Link href={`${base}/proposal`} className={buttonClass("primary", "px-2.5 py-1.5 text-xs")} aria-label={`Proposal for ${option.name}`}>
          Proposal
        </Link>
      </div>
    </article>
  );
}
