import { Card, CardHeader } from "@/components/ui/card";
import type { ProjectActivity } from "@/lib/server/data/audit";
import { formatDateTime } from "@/lib/core/dates/format";

/** The project's audit trail: who changed what, newest first. */
export function ProjectActivityList({ activity }: { activity: ProjectActivity[] }) {
  return (
    <Card>
      <CardHeader title="Activity" id="activity-heading" description="Who enabled programs, changed inputs or costs, and when." />
      {activity.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">No changes recorded yet. Edits to this project and its options will appear here.</p>
      ) : (
        <ol aria-labelledby="activity-heading" className="divide-y divide-slate-100 px-5 text-sm">
          {activity.map((event) => (
            <li key={event.id} className="py-2.5">
              <p className="text-slate-900">
                <span className="font-medium">{event.actorName}</span> {lowerFirst(event.summary)}
              </p>
              <p className="mt-0.5 text-xs text-slate-500">
                <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
