import type { Metadata } from "next";
import { CompanyProfileForm, type CompanyProfileValues } from "@/components/branding/company-profile-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { withDatabase } from "@/app/_shell/with-database";
import { saveCompanyProfile } from "@/lib/actions/organization/save-company-profile";
import { DEFAULT_BRAND_COLOR, logoPathOf } from "@/lib/core/brand/brand";
import { DEFAULT_VALIDITY_DAYS } from "@/lib/proposal/version-status";
import { requirePermission } from "@/lib/server/auth/guards";
import { findCompanyProfile } from "@/lib/server/data/company-profile";

export const metadata: Metadata = { title: "Company profile" };

/** The stored profile as the form's text; blank fields where nothing was saved. */
function profileValues(organizationId: string, profile: Awaited<ReturnType<typeof findCompanyProfile>>): CompanyProfileValues {
  return {
    displayName: profile?.displayName ?? "",
    address: profile?.address ?? "",
    phone: profile?.phone ?? "",
    email: profile?.email ?? "",
    website: profile?.website ?? "",
    licenseNumbers: profile?.licenseNumbers ?? "",
    about: profile?.about ?? "",
    terms: profile?.terms ?? "",
    warrantyText: profile?.warrantyText ?? "",
    brandColor: profile?.brandColor ?? DEFAULT_BRAND_COLOR,
    validityDays: String(profile?.validityDays ?? DEFAULT_VALIDITY_DAYS),
    logoUrl: profile?.hasLogo ? logoPathOf(organizationId, profile.logoVersion) : null,
    logoVersion: profile?.logoVersion ?? 0,
  };
}

/** The company profile, for owners and admins (others get 403): what customers see on their link and PDF. */
export default async function CompanyProfilePage() {
  return withDatabase(async () => {
    const access = await requirePermission("organization", "update");
    const profile = await findCompanyProfile(access.organizationId);
    return (
      <>
        <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
          <a href="/organization" className="underline-offset-2 hover:underline">
            {access.organizationName}
          </a>{" "}
          › Company profile
        </nav>
        <PageHeader title="Company profile" subtitle="Your brand on what customers receive: the customer link and the PDF carry your logo, contact, colour, terms and warranty, and no Gridfolio navigation." />
        <Card className="max-w-4xl">
          <CardHeader title="Brand and contact" />
          <div className="px-5 py-4">
            <CompanyProfileForm action={saveCompanyProfile} values={profileValues(access.organizationId, profile)} organizationName={access.organizationName} />
          </div>
        </Card>
      </>
    );
  });
}
