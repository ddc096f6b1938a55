import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalDocument } from "@/components/proposal/proposal-document";
import { versionViewOf } from "@/lib/proposal/snapshot";
import { withDatabase } from "@/app/_shell/with-database";
import { Card, CardHeader } from "@/components/ui/card";
import { AcceptForm } from "@/components/versions/accept-form";
import { acceptProposal } from "@/lib/actions/versions/accept-proposal";
import { findSharedVersion } from "@/lib/server/data/versions";
import { formatDateTime } from "@/lib/core/dates/format";

// A customer's private link: never indexed, never sent on as a referrer.
export const metadata: Metadata = { title: "Your proposal", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SharedProposalPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return withDatabase(async () => {
    const shared = await findSharedVersion(token);
    if (!shared) notFound();
    const { version } = shared;
    return (
      <div className="space-y-6">
        <ProposalDocument view={versionViewOf(version.snapshot)} meta={{ organizationName: version.organizationName, number: version.number, finalizedAt: version.finalizedAt, acceptedAt: version.acceptedAt, acceptedName: version.acceptedName }} />
        <Card className="no-print">
          <CardHeader title={version.acceptedAt ? "Accepted" : "Accept this proposal"} />
          <div className="px-5 py-4">
            {version.acceptedAt ? (
              <p className="text-sm text-emerald-800">
                Accepted by {version.acceptedName} on {formatDateTime(version.acceptedAt)}.
              </p>
            ) : (
              <AcceptForm action={acceptProposal.bind(null, token)} />
            )}
          </div>
        </Card>
      </div>
    );
  });
}
