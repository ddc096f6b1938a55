export type ProgramAssumption = {
  id: string;
  name: string;
  rateVersion: { id: string; effectiveDate: string; sourceTitle: string; sourceUrl: string } | null;
  averageKw: { text: string; source: "modeled" | "override" } | null;
  statusNote: string | null;
  explanation: string[];
};

export type FinanceAssumption = { label: string; value: string };

/** Assumptions and sources: finance inputs, then each program's rate version, source and average kW. */
export function Assumptions({ finance, programs }: { finance: FinanceAssumption[]; programs: ProgramAssumption[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">Finance</h3>
        <dl className="mt-2 divide-y divide-slate-100 text-sm">
          {finance.map((item) => (
            <div key={item.label} className="avoid-break flex justify-between gap-4 py-1.5">
              <dt className="text-slate-600">{item.label}</dt>
              <dd className="figures text-right text-slate-900">{item.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="space-y-4">
        <h3 className="text-sm font-semibold text-slate-900">Programs</h3>
        {programs.length === 0 ? <p className="text-sm text-slate-600">No Grid Services program is enabled for this option.</p> : null}
        {programs.map((program) => (
          <section key={program.id} aria-label={program.name} className="avoid-break text-sm" data-testid={`assumption-${program.id}`}>
            <p className="font-medium text-slate-900">{program.name}</p>
            {program.rateVersion ? (
              <p className="text-slate-600">
                Rates <span className="font-mono text-xs">{program.rateVersion.id}</span>, effective {program.rateVersion.effectiveDate}. Source:{" "}
                <a href={program.rateVersion.sourceUrl} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                  {program.rateVersion.sourceTitle}
                </a>
              </p>
            ) : null}
            {program.averageKw ? (
              <p className="text-slate-600">
                Average delivered power {program.averageKw.text}: {program.averageKw.source === "override" ? "the installer's figure (overridden)" : "modeled from the battery, reserve, event length and home load"}.
              </p>
            ) : null}
            {program.statusNote ? <p className="text-amber-800">{program.statusNote}</p> : null}
            <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-slate-700">
              {program.explanation.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
