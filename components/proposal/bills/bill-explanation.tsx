import type { BillsView } from "@/lib/proposal/bills-view";

type Explanation = BillsView["explanation"];

const SUMMARY = "How we computed your bills";

function Months({ explanation }: { explanation: Explanation }) {
  return (
    <div className="space-y-3 text-sm text-slate-700">
      {explanation.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="grid gap-3 sm:grid-cols-2 print:block print:columns-2 print:gap-6">
        {explanation.months.flatMap((month) =>
          month.bills.map((bill) => (
            <div key={bill.label} className="break-inside-avoid print:mb-2">
              <h4 className="font-medium text-slate-900">{bill.total}</h4>
              <ul className="mt-0.5 list-disc pl-5 text-xs text-slate-700">
                {bill.lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </div>
          )),
        )}
      </div>
    </div>
  );
}

/**
 * The bill lines behind every month, one click away on screen; printed open (the PDF is printed with scripts off, and
 * a closed <details> prints only its summary), so paper carries the same explanation.
 */
export function BillExplanation({ explanation }: { explanation: Explanation }) {
  return (
    <>
      <details className="rounded-lg border border-slate-200 print:hidden" data-testid="bill-explanation">
        <summary className="cursor-pointer rounded-lg px-4 py-2.5 font-medium text-brand-700 hover:bg-slate-50">{SUMMARY}</summary>
        <div className="border-t border-slate-100 px-4 py-4">
          <Months explanation={explanation} />
        </div>
      </details>
      <section aria-label={SUMMARY} className="hidden print:block">
        <h3 className="font-semibold text-slate-900">{SUMMARY}</h3>
        <div className="mt-2">
          <Months explanation={explanation} />
        </div>
      </section>
    </>
  );
}
