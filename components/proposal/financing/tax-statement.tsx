import { formatIsoDate } from "@/lib/core/dates/format";
import type { TaxStatement as TaxStatementData } from "@/lib/proposal/financing-view";

/** The tax rules in force on the proposal's date for this way of paying, each with its source and the day it was checked. */
export function TaxStatement({ statement, headingLevel = 3 }: { statement: TaxStatementData; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section className="space-y-2 text-sm break-inside-avoid" data-testid="financing-tax-statement">
      <Heading className="font-semibold text-slate-900">Tax credits</Heading>
      <p className="font-medium text-slate-900">{statement.headline}</p>
      <ul className="space-y-2">
        {statement.items.map((item) => (
          <li key={item.text} className="text-slate-700">
            {item.text}
            {item.source ? (
              <span className="block text-xs text-slate-500">
                Source:{" "}
                <a href={item.source.url} className="underline" rel="noreferrer">
                  {item.source.title}
                </a>{" "}
                {/* Which sources are the agency's own text is the engineers' record (docs/financing.md), not the homeowner's. */}
                (checked {formatIsoDate(item.source.checkedOn)})
                <span className="hidden print:inline"> {item.source.url}</span>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <ul className="space-y-1 text-xs text-slate-500">
        {statement.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
