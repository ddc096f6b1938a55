import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard } from "@/components/account/auth-card";
import { requestPasswordReset } from "@/lib/actions/account/request-password-reset";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      // Nothing about how this server sends mail: that is no business of whoever asks here.
      description="We email you a link to choose a new password."
      footer={
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Back to sign in
        </Link>
      }
    >
      <AccountForm
        action={requestPasswordReset}
        schema="forgotPassword"
        fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]}
        submitLabel="Send reset link"
        pendingLabel="Sending…"
      />
    </AuthCard>
  );
}
