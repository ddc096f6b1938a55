import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard, Notice } from "@/components/account/auth-card";
import { signIn } from "@/lib/actions/account/sign-in";
import { getAccess } from "@/lib/auth/access";
import { ZNextPath } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = await searchParams;
  const next = ZNextPath.parse(query.next);
  if ((await getAccess()).kind === "member") redirect(next ?? "/projects");
  return (
    <AuthCard
      title="Sign in to Gridfolio"
      description="Proposals, incentives and Grid Services for your installer team."
      footer={
        <>
          New to Gridfolio?{" "}
          <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      {query.signedOut ? <Notice>You are signed out.</Notice> : null}
      {query.reset ? <Notice>Your password was changed. Sign in with the new one.</Notice> : null}
      <AccountForm
        action={signIn}
        schema="signIn"
        hidden={next ? { next } : {}}
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "username" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
      >
        <Link href="/forgot-password" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          Forgot your password?
        </Link>
      </AccountForm>
    </AuthCard>
  );
}
