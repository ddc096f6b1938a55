import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard, Notice } from "@/components/account/auth-card";
import { signIn } from "@/lib/actions/account/sign-in";
import { getAccess } from "@/lib/server/auth/access";
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
      {/* After sign-up. The same words whether the address was new or already had an account: the page must not tell which. */}
      {query.signedUp ? <Notice>Now sign in with the password you chose. If this address already had an account, nothing was changed: use its password.</Notice> : null}
      {query.confirm ? (
        <Notice tone="info">Check your inbox: open the link we emailed you to confirm your address, then sign in here. If this address already had an account, the email says so instead.</Notice>
      ) : null}
      {query.confirmed ? <Notice>Your email address is confirmed. Sign in to continue.</Notice> : null}
      <AccountForm
        action={signIn}
        schema="signIn"
        hidden={next ? { next } : {}}
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "username", defaultValue: prefilledEmail(query.email) },
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

/** The address sign-up just used, to save typing it again; anything unlike an address is left out. */
function prefilledEmail(value: string | undefined): string | undefined {
  return typeof value === "string" && value.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(value) ? value : undefined;
}
