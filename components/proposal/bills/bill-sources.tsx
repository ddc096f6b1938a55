import type { BillsView } from "@/lib/proposal/bills-view";

/** Where the bills come from: the usage, the solar production, the rate (with its source) and the export rule. */
export function BillSources({ sources }: { sources: BillsView["sources"] }) {
  return (
    <ul className="space-y-1 text-sm text-slate-700" data-testid="bill-sources">
      <li>{sources.usage}</li>
      <li>{sources.production}</li>
      <li>
        {sources.tariff.text}
        {sources.tariff.sourceUrl ? (
          <>
            {" "}
            Source:{" "}
            <a href={sources.tariff.sourceUrl} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
              {sources.tariff.sourceTitle ?? sources.tariff.sourceUrl}
            </a>
            .
          </>
        ) : null}
      </li>
      <li>{sources.exportRule}</li>
    </ul>
  );
}
