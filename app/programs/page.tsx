import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { stateName } from "@/lib/core/geo/states";
import { programCatalog, type ProgramDefinition } from "@/lib/core/programs";
import { describePayee } from "@/lib/proposal/program-cards";

export const metadata: Metadata = { title: "Grid Services programs" };

const statusTone = { open: "success", "closed-to-new-enrollments": "danger", "funding-uncertain": "warning" } as const;
const statusLabel = { open: "Open", "closed-to-new-enrollments": "Closed to some new enrollments", "funding-uncertain": "Funding uncertain" } as const;

/** The catalog: every program Gridfolio models, its status, how it pays, and each dated rate version with its source. */
export default function ProgramsPage() {
  const programs: readonly ProgramDefinition[] = programCatalog;
  return (
    <>
      <PageHeader title="Grid Services programs" subtitle="The programs Gridfolio models, with their rate versions and sources. Enable them per option under Manage incentives." />
      <div className="grid gap-4 lg:grid-cols-2">
        {programs.map((program) => (
          <article key={program.id} aria-labelledby={`catalog-${program.id}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h2 id={`catalog-${program.id}`} className="font-semibold text-slate-900">
                  {program.name}
                </h2>
                <p className="text-sm text-slate-600">
                  {program.administrator} · {program.states.map(stateName).join(", ")}
                </p>
              </div>
              <Badge tone={statusTone[program.status.kind]}>{statusLabel[program.status.kind]}</Badge>
            </div>
            <p className="mt-3 text-sm text-slate-700">{program.paysHow}</p>
            {program.status.kind !== "open" ? <p className="mt-2 text-sm text-slate-600">{program.status.note}</p> : null}
            <p className="mt-2 text-sm text-slate-600">{describePayee(program.payee)}</p>
            <p className="mt-2 text-sm text-slate-600">Utilities: {program.utilities.join(", ")}</p>
            <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500">Rate versions</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {program.rateVersions.map((version) => (
                <li key={version.id}>
                  <span className="font-mono text-xs">{version.id}</span> from {version.effectiveDate} ·{" "}
                  <a href={version.sourceUrl} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                    {version.sourceTitle}
                  </a>{" "}
                  <span className="text-xs text-slate-500">(checked {version.checkedOn})</span>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-xs text-slate-500">Rates last verified {program.ratesVerifiedOn}.</p>
          </article>
        ))}
      </div>
    </>
  );
}
