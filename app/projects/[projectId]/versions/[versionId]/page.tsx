import type { Metadata } from "next";
import { CustomerProposal } from "@/components/branding/customer-proposal";
import { customerProposalOf } from "@/lib/proposal/customer-proposal";
import { notFound } from "next/navigation";
import { withDatabase } from "@/app/_shell/with-database";
import { Card, CardHeader } from "@/components/ui/card";
import { CreateShareLinkForm } from "@/components/versions/share-links";
import { ActionButton } from "@/components/account/action-button";
import { PdfDownload } from "@/components/versions/pdf-download";
import { buttonClass } from "@/components/ui/button";
import { parseId } from "@/lib/validation/ids";
import { createShareLink, revokeShareLink } from "@/lib/actions/versions/share-links";
import { allows } from "@/lib/server/auth/access";
import { requireMember } from "@/lib/server/auth/guards";
import { getVersion, shareLinkState } from "@/lib/server/data/versions";
import { formatDate, formatDateTime } from "@/lib/core/dates/format";
import { Badge } from "@/components/ui/badge";
import { AcceptanceCertificate, CERTIFICATE_ANCHOR } from "@/components/versions/acceptance-certificate";
import { acceptanceCertificateOf } from "@/lib/proposal/acceptance";
import { versionStatus } from "@/lib/proposal/version-status";
import { findCompanyBrand } from "@/lib/server/data/company-profile";

export const metadata: Metadata = { title: "Proposal version" };

export default async function VersionPage({ params }: { params: Promise<{ projectId: string; versionId: string }> }) {
  const { projectId, versionId } = await params;
  if (!parseId(projectId) || !parseId(versionId)) notFound();
  return withDatabase(async () => {
    const access = await requireMember();
    const [version, brand] = await Promise.all([getVersion(access.organizationId, projectId, versionId), findCompanyBrand(access.organizationId)]);
    if (!version) notFound();
    const canShare = allows(access, "project", "update");
    const status = versionStatus({ ...version, shareLinkCount: version.shareLinks.length });
    const certificate = acceptanceCertificateOf(version);
    const scenario = version.snapshot.participation ?? "expected";
    return (
      <div className="space-y-6">
        <nav aria-label="Breadcrumb" className="no-print text-sm text-slate-600">
          <a href={`/projects/${projectId}`} className="underline-offset-2 hover:underline">
            {version.snapshot.option.project.customerName}
          </a>{" "}
          › Version {version.number}
        </nav>
        <div className="no-print grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader
              title={`Version ${version.number}: frozen`}
              actions={<Badge tone={status.tone}>{status.label}</Badge>}
              description={`Finalized by ${version.finalizedByName} on ${formatDateTime(version.finalizedAt)} with ${scenario} participation${version.validUntil ? `, valid until ${formatDate(version.validUntil)}` : ""}${version.firstViewedAt ? `; first opened by the customer ${formatDateTime(version.firstViewedAt)}` : ""}. Later edits to the option or program rates do not change it; finalize again from the proposal to revise.`}
            />
            <div className="flex flex-wrap items-start justify-between gap-3 px-5 py-4">
              <div className="flex flex-wrap items-start gap-3">
                <PdfDownload href={`/projects/${projectId}/versions/${version.id}/pdf`} />
                <a href={`/projects/${projectId}/versions/${version.id}/savings.csv`} download className={buttonClass("secondary")}>
                  Download CSV
                </a>
              </div>
              {canShare ? (
                <a href={`/projects/${projectId}/options/${version.optionId}/proposal`} className="rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
                  Revise: open the current proposal
                </a>
              ) : null}
            </div>
            {certificate ? (
              <p className="border-t border-slate-100 px-5 py-4 text-sm text-emerald-800">
                Accepted by {certificate.name}: this version is locked.{" "}
                <a href={`#${CERTIFICATE_ANCHOR}`} className="underline underline-offset-2">
                  See the signed certificate
                </a>
                , printed at the end of the proposal and in its PDF.
              </p>
            ) : null}
          </Card>
          {canShare ? (
            <Card>
              <CardHeader title="Customer links" description="Read-only links to this version, for the customer. Revoke one and it opens nothing." />
              <div className="space-y-4 px-5 py-4">
                <CreateShareLinkForm action={createShareLink.bind(null, projectId, version.id)} />
                {version.shareLinks.length > 0 ? (
                  <ul className="divide-y divide-slate-100 text-sm">
                    {version.shareLinks.map((link) => {
                      const state = shareLinkState(link);
                      return (
                        <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                          <span>
                            Created {formatDate(link.createdAt)} by {link.createdByName} ·{" "}
                            {state === "active" ? (link.expiresAt ? `expires ${formatDate(link.expiresAt)}` : "no expiry") : state}
                          </span>
                          {state === "active" ? <ActionButton action={revokeShareLink.bind(null, projectId, link.id)} label="Revoke" pendingLabel="Revoking…" variant="secondary" ariaLabel={`Revoke the link created ${formatDate(link.createdAt)}`} /> : null}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </div>
            </Card>
          ) : null}
        </div>
        {/* The customer's proposal as the PDF prints it (lib/server/pdf): the installer's cover, the document, their terms, and once accepted the signed certificate. */}
        <CustomerProposal brand={brand} proposal={customerProposalOf(version, brand.name)} />
        {certificate ? <AcceptanceCertificate certificate={certificate} /> : null}
      </div>
    );
  });
}
