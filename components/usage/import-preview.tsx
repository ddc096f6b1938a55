import { MONTH_NAMES } from "@/lib/core/bills";

export interface ImportPreviewData {
  title: string;
  monthlyKwh: number[];
  totalKwh: number;
  notes: string[];
}

const kwh = (value: number) => Math.round(value).toLocaleString("en-US");

/** An import's 12 monthly totals and what the reader did, so the installer can check the file before saving it. */
export function ImportPreview({ preview, id }: { preview: ImportPreviewData; id: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <h4 id={`${id}-title`} className="font-medium text-slate-900">
        {preview.title}
      </h4>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[16rem]">
          <caption className="sr-only">Monthly kWh read from the file</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th scope="col" className="py-1 pr-3 font-medium">
                Month
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                kWh
              </th>
            </tr>
          </thead>
          <tbody className="figures">
            {preview.monthlyKwh.map((value, index) => (
              <tr key={MONTH_NAMES[index]} className="border-t border-slate-200">
                <th scope="row" className="py-1 pr-3 text-left font-normal text-slate-700">
                  {MONTH_NAMES[index]}
                </th>
                <td className="py-1 text-right text-slate-900">{kwh(value)}</td>
              </tr>
            ))}
            <tr className="border-t-2 border-slate-300 font-medium">
              <th scope="row" className="py-1 pr-3 text-left">
                Year
              </th>
              <td className="py-1 text-right">{kwh(preview.totalKwh)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {preview.notes.length > 0 ? (
        <>
          <p className="mt-3 font-medium text-slate-900">What the import did</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
            {preview.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
