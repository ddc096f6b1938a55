import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/core/dates/format";

type VersionRow = {
  id: string;
  number: number;
  optionName: string;
  finalizedAt: Date;
  finalizedByName: string;
  acceptedAt: Date | null;
  acceptedName: string | null;
  /** What happened to it, from lib/proposal/version-status.ts. */
  status: { label: string; tone: "neutral" | "info" | "success" | "warning" };
};

/** The project's finalized proposals: what each customer received, when, from whom, and whether they accepted. */
export function ProposalVersionList({ projectId, versions }: { projectId: string; versions: VersionRow[] }) {
  return (
    <Card>
      <CardHeader title="Proposal versions" id="versions-heading" description="Finalized proposals, frozen as sent." />
      {versions.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">None yet. Finalize an option&apos;s proposal to send, share or print it.</p>
      ) : (
        <ul aria-labelledby="versions-heading" className="divide-y divide-slate-100 px-5 text-sm">
          {versions.map((version) => (
            <li key={version.id} className="py-2.5">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/projects/${projectId}/versions/${version.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {version.optionName}, version {version.number}
                </Link>
                <Badge tone={version.status.tone}>{version.status.label}</Badge>
              </div>
              <p className="mt-0.5 text-xs text-slate-500">
                Finalized by {version.finalizedByName}, <time dateTime={version.finalizedAt.toISOString()}>{formatDateTime(version.finalizedAt)}</time>
                {version.acceptedAt ? ` · accepted by ${version.acceptedName}, ${formatDateTime(version.acceptedAt)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
