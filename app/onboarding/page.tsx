import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard } from "@/components/account/auth-card";
import { createOrganization } from "@/lib/actions/organization/create-organization";
import { getAccess } from "@/lib/server/auth/access";

export const metadata: Metadata = { title: "Create your organization", robots: { index: false } };

export default async function OnboardingPage() {
  const result = await getAccess();
  if (result.kind === "signed-out") redirect("/sign-in?next=/onboarding");
  return (
    <AuthCard
      title={result.kind === "member" ? "Create another organization" : `Welcome, ${result.user.name}`}
      description="Your organization is your installer company: its projects, prices and proposals are visible only to its members. You will be its owner and can invite colleagues."
    >
      <AccountForm
        action={createOrganization}
        schema="organization"
        fields={[{ name: "name", label: "Company name", autoComplete: "organization" }]}
        submitLabel="Create organization"
        pendingLabel="Creating…"
      />
    </AuthCard>
  );
}
