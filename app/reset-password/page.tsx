import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard } from "@/components/account/auth-card";
import { resetPassword } from "@/lib/actions/account/reset-password";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/passwords";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { token } = await searchParams;
  if (!token) {
    return (
      <AuthCard title="This reset link is incomplete">
        <p className="text-sm text-slate-700">
          Open the link from the email exactly as it was sent, or{" "}
          <Link href="/forgot-password" className="font-medium text-brand-700 underline underline-offset-2">
            ask for a new one
          </Link>
          .
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="Every device signed in to your account will be signed out.">
      <AccountForm
        action={resetPassword}
        schema="resetPassword"
        hidden={{ token }}
        fields={[
          { name: "password", label: "New password", type: "password", autoComplete: "new-password", hint: `At least ${PASSWORD_MIN_LENGTH} characters.` },
          { name: "confirmPassword", label: "New password, again", type: "password", autoComplete: "new-password" },
        ]}
        submitLabel="Change password"
        pendingLabel="Changing…"
      />
    </AuthCard>
  );
}
