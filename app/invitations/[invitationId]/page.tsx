import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/account/auth-card";
import { ActionButton } from "@/components/account/action-button";
import { acceptInvitation } from "@/lib/actions/organization/accept-invitation";
import { parseId } from "@/lib/validation/ids";
import { invitationRecipientProblem } from "@/lib/server/auth/invitations";
import { readSignedInUser } from "@/lib/server/auth/session";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, isRole } from "@/lib/server/auth/roles";
import { findAccountAddress } from "@/lib/server/data/accounts";
import { findOpenInvitation } from "@/lib/server/data/organization";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ invitationId: string }> }) {
  const { invitationId } = await params;
  const id = parseId(invitationId);
  const invitation = id ? await findOpenInvitation(id) : null;
  if (!invitation) notFound();
  const user = await readSignedInUser();
  const account = user ? await findAccountAddress(user.userId) : null;
  // The same rule as the accept action: only the invited address, confirmed where mail really leaves.
  const problem = account ? invitationRecipientProblem(invitation.email, account) : null;
  const here = `/invitations/${invitation.id}`;
  const role = isRole(invitation.role) ? invitation.role : "viewer";

  return (
    <AuthCard
      title={`Join ${invitation.organizationName}`}
      description={
        <>
          {invitation.inviterName} invited <strong className="font-medium text-slate-800">{invitation.email}</strong> to join as{" "}
          <strong className="font-medium text-slate-800">{ROLE_LABELS[role].toLowerCase()}</strong>: {ROLE_DESCRIPTIONS[role].toLowerCase()}
        </>
      }
    >
      {!user || !account ? (
        <div className="flex flex-wrap gap-3">
          <Link href={`/sign-up?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`} className="inline-flex items-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700">
            Create an account
          </Link>
          <Link href={`/sign-in?next=${encodeURIComponent(here)}`} className="inline-flex items-center rounded-md border border-slate-300 px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            I have an account: sign in
          </Link>
        </div>
      ) : problem === "other-address" ? (
        <p role="alert" className="text-sm text-red-700">
          You are signed in as {account.email}, but this invitation is for {invitation.email}. Sign out and sign in (or create an account) with that address.
        </p>
      ) : problem === "unconfirmed-address" ? (
        <p role="alert" className="text-sm text-red-700">
          Confirm your email address before you join: open the link we emailed to {account.email}, then come back to this page. To get a new link, sign out and sign in again.
        </p>
      ) : (
        <ActionButton action={acceptInvitation.bind(null, invitation.id)} label="Accept invitation" pendingLabel="Joining…" />
      )}
    </AuthCard>
  );
}
