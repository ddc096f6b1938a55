import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/core/dates/format";
import type { EnrollmentStatus } from "@/lib/core/operations";
import { programName } from "@/lib/core/programs/program-name";
import { ENROLLMENT_TONES, enrollmentLabel } from "./labels";

export interface EnrollmentRow {
  id: string;
  programId: string;
  mode: string;
  status: string;
  rejectionReason: string | null;
  history: { status: string; at: string; reason: string | null }[];
}

/** A battery's enrollments: program, how it enrolls, where it stands, every step with its time. */
export function EnrollmentTable({ enrollments, renderControls }: { enrollments: EnrollmentRow[]; renderControls?: (enrollment: EnrollmentRow) => ReactNode }) {
  if (enrollments.length === 0) return <p className="text-sm text-slate-600">Not enrolled in any program yet.</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Program enrollments">
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Program enrollments</caption>
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">Program</th>
          <th scope="col" className="py-2 pr-3 font-medium">Status</th>
          <th scope="col" className="py-2 pr-3 font-medium">Steps</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {enrollments.map((enrollment) => (
          <tr key={enrollment.id}>
            <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
              {programName(enrollment.programId)}
              <span className="block text-xs font-normal text-slate-500">{enrollment.mode === "automatic" ? "Automatic (manufacturer API)" : "Manual (manufacturer's process)"}</span>
            </th>
            <td className="py-2 pr-3">
              <Badge tone={ENROLLMENT_TONES[enrollment.status as EnrollmentStatus] ?? "neutral"}>{enrollmentLabel(enrollment.status)}</Badge>
              {enrollment.rejectionReason ? <p className="mt-1 max-w-xs text-xs text-red-700">{enrollment.rejectionReason}</p> : null}
            </td>
            <td className="py-2 pr-3">
              <ol className="space-y-0.5 text-xs text-slate-600">
                {enrollment.history.map((step, index) => (
                  <li key={index}>
                    <span className="text-slate-900">{enrollmentLabel(step.status)}</span> · <time dateTime={step.at}>{formatDateTime(new Date(step.at))}</time>
                  </li>
                ))}
              </ol>
              {renderControls ? <div className="mt-2">{renderControls(enrollment)}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
