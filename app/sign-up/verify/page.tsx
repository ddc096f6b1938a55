import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { getAuth } from "@/lib/server/auth/auth";
import { authErrorCode } from "@/lib/server/auth/errors";
import { ZNextPath } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false }, referrer: "no-referrer" };

/**
 * The link of the confirmation email (sent only with a mail server, lib/auth/auth.ts). Opening it proves the address
 * is the account owner's: the account may then sign in and accept invitations. The token is signed and works for
 * a day; opening it twice does no harm.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = await searchParams;
  const next = ZNextPath.parse(query.next);
  const token = typeof query.token === "string" && query.token.length <= 2000 ? query.token : null;
  let confirmed = false;
  if (token) {
    try {
      await getAuth().api.verifyEmail({ query: { token } });
      confirmed = true;
    } catch (error) {
      // An expired, damaged or foreign token: say so below. Anything else is a real failure.
      if (!authErrorCode(error)) throw error;
    }
  }
  if (confirmed) redirect(next ? `/sign-in?confirmed=1&next=${encodeURIComponent(next)}` : "/sign-in?confirmed=1");
  return (
    <AuthCard title="This confirmation link does not work">
      <p className="text-sm text-slate-700">
        It may have expired (links work for a day) or been copied incompletely. To get a new one,{" "}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"} className="font-medium text-brand-700 underline underline-offset-2">
          sign in
        </Link>{" "}
        with your email address and password: we send a fresh link right away.
      </p>
    </AuthCard>
  );
}
