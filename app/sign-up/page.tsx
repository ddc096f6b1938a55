import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard } from "@/components/account/auth-card";
import { signUp } from "@/lib/actions/account/sign-up";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/passwords";
import { ZNextPath } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = await searchParams;
  const next = ZNextPath.parse(query.next);
  return (
    <AuthCard
      title="Create your account"
      description="Next, you create your company's organization, or join the one that invited you."
      footer={
        <>
          Already have an account?{" "}
          <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <AccountForm
        action={signUp}
        schema="signUp"
        hidden={next ? { next } : {}}
        fields={[
          { name: "name", label: "Your name", autoComplete: "name" },
          { name: "email", label: "Work email", type: "email", autoComplete: "email", defaultValue: query.email },
          { name: "password", label: "Password", type: "password", autoComplete: "new-password", hint: `At least ${PASSWORD_MIN_LENGTH} characters.` },
        ]}
        submitLabel="Create account"
        pendingLabel="Creating account…"
      />
    </AuthCard>
  );
}
