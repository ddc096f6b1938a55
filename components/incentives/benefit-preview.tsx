import { formatUsd } from "@/lib/core/money/format";
import { annualTotalLabel } from "@/lib/proposal/program-benefit";
import type { ProgramCardModel } from "@/lib/proposal/program-cards";

export type BenefitPreviewData = NonNullable<ProgramCardModel["preview"]>;

/** What the program pays for this option, with the engine's explanation lines to read aloud. */
export function BenefitPreview({ programId, preview }: { programId: string; preview: BenefitPreviewData }) {
  const { summary } = preview;
  const annualLabel = summary.firstPaidYear === null ? "Annual" : summary.firstPaidYear === 1 ? "Annual, year 1" : `Annual, from year ${summary.firstPaidYear}`;
  return (
    <div className="rounded-lg bg-slate-50 p-4" data-testid={`preview-${programId}`}>
      <dl className="figures grid grid-cols-3 gap-3 text-sm">
        <div>
          <dt className="text-slate-500">Upfront</dt>
          <dd className="text-base font-semibold text-slate-900">{formatUsd(summary.upfrontCents)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{annualLabel}</dt>
          <dd className="text-base font-semibold text-slate-900">{formatUsd(summary.firstAnnualCents)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{annualTotalLabel(summary)}</dt>
          <dd className="text-base font-semibold text-slate-900">{formatUsd(summary.annualTotalCents)}</dd>
        </div>
      </dl>
      {summary.lastPaidYear !== null && summary.lastPaidYear < preview.years ? (
        <p className="mt-2 text-xs text-slate-600">Annual payments end after project year {summary.lastPaidYear}.</p>
      ) : null}
      {preview.averageKw ? (
        <p className="mt-2 text-xs text-slate-600">
          Average delivered power: {preview.averageKw.text} ({preview.averageKw.source === "override" ? "installer's figure" : "modeled"})
        </p>
      ) : null}
      {preview.capBinding ? <p className="mt-2 text-xs font-medium text-amber-800">{preview.capBinding}</p> : null}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">How this is calculated</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
          {preview.explanation.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
        {preview.rateVersion ? (
          <p className="mt-2 text-xs text-slate-500">
            Rates {preview.rateVersion.id}, effective {preview.rateVersion.effectiveDate}. Source:{" "}
            <a href={preview.rateVersion.sourceUrl} className="underline" rel="noreferrer noopener" target="_blank">
              {preview.rateVersion.sourceTitle}
            </a>
          </p>
        ) : null}
      </details>
    </div>
  );
}
