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
                {/* Paper has no links: the address is printed after the title. */}
                <span className="hidden break-all print:inline"> ({program.rateVersion.sourceUrl})</span>
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

export type PlainAssumptions = { finance: string[]; programs: { id: string; name: string; lines: string[] }[] };

export type CalculationFigure = { label: string; withGridServices: string; withoutGridServices: string };

/**
 * The customer's "Assumptions and sources": sentences first; rate ids, the engine's arithmetic, source addresses,
 * NPV and IRR behind "Show the calculation". On paper a closed disclosure prints nothing, and the PDF is printed
 * with scripts off, so the same calculation is printed as an appendix instead (hidden on screen, where the
 * disclosure is shown): one source, two presentations.
 */
export function CustomerAssumptions({
  plain,
  finance,
  programs,
  returns,
}: {
  plain: PlainAssumptions;
  finance: FinanceAssumption[];
  programs: ProgramAssumption[];
  returns: CalculationFigure[];
}) {
  const calculation = <Calculation finance={finance} programs={programs} returns={returns} />;
  return (
    <div className="space-y-5 text-sm">
      <div>
        <h3 className="font-semibold text-slate-900">What the figures assume</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          {plain.finance.map((line) => (
            <li key={line} className="avoid-break">
              {line}
            </li>
          ))}
        </ul>
      </div>
      {plain.programs.map((program) => (
        <div key={program.id} className="avoid-break" data-testid={`plain-assumption-${program.id}`}>
          <h3 className="font-semibold text-slate-900">{program.name}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
            {program.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      <details className="rounded-lg border border-slate-200 print:hidden" data-testid="calculation-disclosure">
        <summary className="cursor-pointer rounded-lg px-4 py-2.5 font-medium text-brand-700 hover:bg-slate-50">Show the calculation</summary>
        <div className="border-t border-slate-100 px-4 py-4">{calculation}</div>
      </details>
      <section aria-label="The calculation" className="hidden print:block">
        <h3 className="font-semibold text-slate-900">The calculation</h3>
        <div className="mt-3">{calculation}</div>
      </section>
    </div>
  );
}

/** The arithmetic behind the figures: NPV and IRR (with and without Grid Services), the inputs, each program's trace. */
function Calculation({ finance, programs, returns }: { finance: FinanceAssumption[]; programs: ProgramAssumption[]; returns: CalculationFigure[] }) {
  return (
    <div className="space-y-5">
      <div>
        <p className="text-slate-700">
          Net present value counts each future year&apos;s savings at less than today&apos;s dollars (at the discount rate below), then takes off the net price; the
          yearly rate of return is the interest rate that would make the price and the savings even.
        </p>
        <table className="figures mt-2 w-full max-w-lg text-sm">
          <caption className="sr-only">Savings before the price and the discounted returns, with and without Grid Services</caption>
          <thead>
            <tr className="text-xs text-slate-600">
              <th scope="col" className="py-1 text-left font-medium">
                <span className="sr-only">Figure</span>
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                With Grid Services
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-medium">
                Without
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {returns.map((figure) => (
              <tr key={figure.label}>
                <th scope="row" className="py-1.5 text-left font-normal text-slate-700">
                  {figure.label}
                </th>
                <td className="whitespace-nowrap py-1.5 text-right text-slate-900">{figure.withGridServices}</td>
                <td className="whitespace-nowrap py-1.5 pl-3 text-right text-slate-700">{figure.withoutGridServices}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Assumptions finance={finance} programs={programs} />
    </div>
  );
}
