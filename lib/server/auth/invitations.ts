/**
 * Who may accept an invitation: the account whose address it was sent to (in any case), and, where mail really
 * leaves (SMTP_URL), only once that account has confirmed the address; otherwise anyone could sign up with the
 * invited address and join. better-auth checks the same (lib/auth/auth.ts); this says why in plain words, first.
 */
import { mailTransport } from "../mail/send";

type Env = Readonly<Record<string, string | undefined>>;

export type RecipientProblem = "other-address" | "unconfirmed-address";

export function invitationRecipientProblem(invitationEmail: string, account: { email: string; emailVerified: boolean }, env: Env = process.env): RecipientProblem | null {
  if (invitationEmail.trim().toLowerCase() !== account.email.trim().toLowerCase()) return "other-address";
  if (mailTransport(env) === "smtp" && !account.emailVerified) return "unconfirmed-address";
  return null;
}

export function recipientProblemMessage(problem: RecipientProblem, signedInAs: string): string {
  if (problem === "other-address") return `This invitation was sent to another email address; you are signed in as ${signedInAs}.`;
  return `Confirm your email address (${signedInAs}) before accepting: open the link we emailed you. To get a new one, sign out and sign in again.`;
}
