import type { PaymentSchedule as PaymentScheduleData } from "@/lib/proposal/financing-view";
import { PrintDisclosure } from "./print-disclosure";

type Row = PaymentScheduleData["total"];

function ScheduleTable({ schedule, caption, withMonths }: { schedule: PaymentScheduleData; caption: string; withMonths: boolean }) {
  const line = (row: Row, kind: "year" | "month" | "total") => (
    <tr
      key={`${kind}-${row.label}`}
      className={kind === "total" ? "border-t-2 border-slate-300 bg-slate-50 font-semibold text-slate-900" : kind === "year" && withMonths ? "border-t border-slate-300 bg-slate-50 font-semibold" : "border-t border-slate-100"}
    >
      <th scope="row" className={`sticky left-0 whitespace-nowrap px-3 py-1.5 text-left ${kind === "month" ? "bg-white pl-6 font-normal text-slate-600" : "bg-slate-50 text-slate-900"}`}>
        {row.label}
      </th>
      {row.cells.map((text, index) => (
        <td key={index} className="px-3 py-1.5 text-right">
          {text}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label={caption}>
      <table className="figures min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="align-bottom text-xs uppercase tracking-wide text-slate-500">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
              {withMonths ? "Year and month" : "Year"}
            </th>
            {schedule.columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 text-right font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schedule.atSigning ? line(schedule.atSigning, "year") : null}
          {schedule.years.flatMap((year) => [line(year, "year"), ...(withMonths ? year.months.map((month) => line(month, "month")) : [])])}
        </tbody>
        <tfoot className="table-row-group">{line(schedule.total, "total")}</tfoot>
      </table>
    </div>
  );
}

/**
 * The payment schedule behind a disclosure: year by year, and month by month below it (each year's months add up to
 * its row exactly). Paper gets the yearly table: hundreds of monthly rows would bury the proposal.
 */
export function PaymentSchedule({ schedule }: { schedule: PaymentScheduleData }) {
  const hasMonths = schedule.years.some((year) => year.months.length > 0);
  return (
    <PrintDisclosure summary="Payment schedule" printContent={<ScheduleTable schedule={schedule} caption={`${schedule.caption}, year by year`} withMonths={false} />}>
      {schedule.note ? <p className="mb-2 text-xs text-slate-500">{schedule.note}</p> : null}
      <ScheduleTable schedule={schedule} caption={`${schedule.caption}, year by year`} withMonths={false} />
      {hasMonths ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">Month by month</summary>
          <div className="mt-2">
            <ScheduleTable schedule={schedule} caption={`${schedule.caption}, month by month`} withMonths />
          </div>
        </details>
      ) : null}
    </PrintDisclosure>
  );
}
