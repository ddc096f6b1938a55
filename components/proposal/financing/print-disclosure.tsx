import type { ReactNode } from "react";

/**
 * A disclosure on screen that prints open. The PDF is printed with scripts off and a closed <details> prints only its
 * summary, so the content is rendered a second time for paper only (display: none on screen, so it is read once).
 * `printContent` replaces it on paper where the screen version is too long to print (300 monthly rows).
 */
export function PrintDisclosure({ summary, children, printContent }: { summary: string; children: ReactNode; printContent?: ReactNode }) {
  return (
    <>
      <details className="rounded-md border border-slate-200 p-3 print:hidden">
        <summary className="cursor-pointer text-sm font-medium text-slate-900">{summary}</summary>
        <div className="mt-3">{children}</div>
      </details>
      <div className="hidden print:block">
        <h4 className="text-sm font-medium text-slate-900">{summary}</h4>
        <div className="mt-2">{printContent ?? children}</div>
      </div>
    </>
  );
}
