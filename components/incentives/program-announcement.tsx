import Link from "next/link";
import type { ProgramAnnouncements } from "@/lib/proposal/program-announcements";
import { ProgramAnnouncementEnable, type EnableProgram } from "./program-announcement-enable";

/**
 * What each eligible program that is off would add, with one click to count it; for a solar-only option, what the
 * same programs would pay with a battery, said once. Renders nothing when there is nothing to announce.
 * `enable` absent (a viewer, or a page that cannot switch programs): the lines without the buttons.
 */
export function ProgramAnnouncementList({
  announcements,
  enable,
  editOptionHref,
  titleId,
  variant = "card",
}: {
  announcements: ProgramAnnouncements;
  enable?: EnableProgram;
  /** Where a battery is added: offered under the solar-only line when the reader may edit the option. */
  editOptionHref?: string;
  /** Ties the list to its heading, so several cards on one page each name their own. */
  titleId: string;
  variant?: "card" | "page";
}) {
  if (announcements.programs.length === 0) return null;
  const isPage = variant === "page";
  const box = isPage ? "rounded-xl border px-5 py-4" : "rounded-lg border px-3 py-2.5";
  const Title = isPage ? "h2" : "h4";
  const titleClass = isPage ? "text-base font-semibold" : "text-sm font-semibold";

  if (announcements.kind === "with-battery") {
    return (
      <section aria-labelledby={titleId} className={`${box} border-slate-200 bg-slate-50 text-slate-800`}>
        <Title id={titleId} className={titleClass}>
          What a battery would earn
        </Title>
        <p className="mt-1 text-sm">
          This option has no battery, so no Grid Services program can pay it. With {announcements.battery}, it could earn:
        </p>
        <ul className="mt-1.5 space-y-1 text-sm">
          {announcements.programs.map((program) => (
            <li key={program.id} className="figures">
              {program.text}
            </li>
          ))}
        </ul>
        {editOptionHref ? (
          <p className="mt-2 text-sm">
            <Link href={editOptionHref} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
              Add a battery to this option
            </Link>
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <section aria-labelledby={titleId} className={`${box} border-emerald-200 bg-emerald-50 text-emerald-950`}>
      <Title id={titleId} className={titleClass}>
        {announcements.programs.length === 1 ? "Eligible program, not counted yet" : "Eligible programs, not counted yet"}
      </Title>
      <ul className="mt-1.5 space-y-2 text-sm">
        {announcements.programs.map((program) => (
          <li key={program.id} data-testid={`announcement-${program.id}`} className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1.5">
            <p className="min-w-0 flex-1 basis-48">
              <span className="font-semibold">{program.shortName}:</span>{" "}
              <span className="figures">{[program.upfront, program.yearly].filter(Boolean).join(", ")}</span>
            </p>
            {enable ? <ProgramAnnouncementEnable programId={program.id} shortName={program.shortName} enable={enable} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
