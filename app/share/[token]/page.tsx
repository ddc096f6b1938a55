import type { Metadata } from "next";
import { CustomerProposal } from "@/components/branding/customer-proposal";
import { customerProposalOf } from "@/lib/proposal/customer-proposal";
import { notFound } from "next/navigation";
import { withDatabase } from "@/app/_shell/with-database";
import { Card, CardHeader } from "@/components/ui/card";
import { AcceptForm } from "@/components/versions/accept-form";
import { acceptProposal } from "@/lib/actions/versions/accept-proposal";
import { AcceptanceCertificate } from "@/components/versions/acceptance-certificate";
import { AcceptedNextSteps } from "@/components/versions/accepted-next-steps";
import { PdfDownload } from "@/components/versions/pdf-download";
import { findSharedVersion, markVersionViewed, versionInstaller } from "@/lib/server/data/versions";
import { acceptanceCertificateOf } from "@/lib/proposal/acceptance";
import { isExpired } from "@/lib/proposal/version-status";
import { findCompanyBrand } from "@/lib/server/data/company-profile";
import { CompanyFooter } from "@/components/branding/company-footer";

// A customer's private link: never indexed, never sent on as a referrer.
export const metadata: Metadata = { title: "Your proposal", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SharedProposalPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return withDatabase(async () => {
    const shared = await findSharedVersion(token);
    if (!shared) notFound();
    const { version } = shared;
    // The first visit marks the version "viewed" for the installer; the customer's own later visits change nothing,
    // and skip the write altogether.
    if (version.firstViewedAt === null) await markVersionViewed(version.id);
    // The installer's brand: the proposal's cover heads the page (logo and contact, so no second header above it),
    // and the footer closes it (app/_shell/customer-shell.tsx leaves both to this page).
    const [installer, brand] = await Promise.all([versionInstaller(version), findCompanyBrand(version.organizationId)]);
    const certificate = acceptanceCertificateOf(version);
    const expired = isExpired(version);
    // Its dates are in the project's time zone, in the proposal's one format: the acceptance card repeats the cover's.
    const proposal = customerProposalOf(version, brand.name);
    return (
      <div className="space-y-6">
        <CustomerProposal brand={brand} proposal={proposal} />
        {certificate ? <AcceptanceCertificate certificate={certificate} /> : null}
        <Card className="no-print">
          <CardHeader
            title={certificate ? "Accepted" : expired ? "This proposal has expired" : "Accept this proposal"}
            description={!certificate && version.validUntil && !expired ? `Valid until ${proposal.cover.validUntil}.` : undefined}
          />
          <div className="px-5 py-4">
            {certificate ? (
              <div className="space-y-5">
                <AcceptedNextSteps
                  message={`Thank you, ${certificate.name}: your acceptance is recorded and ${brand.name} has been told.`}
                  installer={{ companyName: brand.name, contactName: installer?.name ?? version.finalizedByName, email: installer?.email ?? null }}
                />
                <div className="space-y-2">
                  <p className="text-sm text-slate-700">Keep a copy: the proposal as you accepted it, with your signature and the certificate above.</p>
                  <PdfDownload href={`/share/${token}/pdf`} label="Download your signed proposal" />
                </div>
              </div>
            ) : expired ? (
              <p className="text-sm text-slate-700">
                It was valid until {proposal.cover.validUntil}. Ask {version.organizationName || "your installer"} for a current proposal.
              </p>
            ) : (
              <AcceptForm
                action={acceptProposal.bind(null, token)}
                installer={{ companyName: brand.name, contactName: installer?.name ?? version.finalizedByName, email: installer?.email ?? null }}
              />
            )}
          </div>
        </Card>
        <CompanyFooter brand={brand} />
      </div>
    );
  });
}
