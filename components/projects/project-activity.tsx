import { Card, CardHeader } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import type { ActivityLine } from "@/lib/core/audit/activity-bursts";
import { formatDateTime } from "@/lib/core/dates/format";

/** Enough to see what happened lately without the feed outgrowing the rest of the page. */
export const LATEST_ACTIVITY_LINES = 8;

/**
 * The project's audit trail, newest first, bursts already joined (lib/core/audit/activity-bursts.ts): the latest
 * lines, the rest behind "Show all". `isTruncated`: older changes exist beyond what was loaded.
 */
export function ProjectActivityList({ lines, isTruncated }: { lines: ActivityLine[]; isTruncated: boolean }) {
  const latest = lines.slice(0, LATEST_ACTIVITY_LINES);
  const older = lines.slice(LATEST_ACTIVITY_LINES);
  return (
    <Card>
      <CardHeader title="Activity" id="activity-heading" description="Who enabled programs, changed inputs or costs, and when." />
      {lines.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">No changes recorded yet. Edits to this project and its options will appear here.</p>
      ) : (
        <>
          <ActivityLines lines={latest} labelledBy="activity-heading" />
          {older.length > 0 ? (
            <div className="px-5 pb-4">
              <Disclosure summary={`Show all activity (${older.length} older)`}>
                <ActivityLines lines={older} label="Older activity" className="" />
                {isTruncated ? <p className="pt-2 text-xs text-slate-500">Older changes than these are kept but not shown here.</p> : null}
              </Disclosure>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}

function ActivityLines({ lines, labelledBy, label, className = "px-5" }: { lines: ActivityLine[]; labelledBy?: string; label?: string; className?: string }) {
  return (
    <ol aria-labelledby={labelledBy} aria-label={label} className={`divide-y divide-slate-100 text-sm ${className}`}>
      {lines.map((line) => (
        <li key={line.id} className="py-2.5">
          <p className="text-slate-900">
            <span className="font-medium">{line.actorName}</span> {lowerFirst(line.summary)}
          </p>
          <p className="mt-0.5 text-xs text-slate-500">
            {line.count > 1 ? "Last on " : null}
            <time dateTime={line.latestAt.toISOString()}>{formatDateTime(line.latestAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
