/**
 * Outgoing mail (invitations, password resets, address confirmations). With SMTP_URL set (e.g.
 * smtp://user:pass@smtp.example.com:587) it goes through that server; without it, it is stored in the outbox table,
 * so a demo or a development machine needs no mail server. Who may read the outbox, and where: lib/mail/outbox.ts.
 * MAIL_FROM sets the sender.
 */
import { storeOutboxMessage } from "../data/outbox";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /**
   * Set on invitations: the inviting organization. In the outbox, its owners and admins read the invitation (and
   * hand the link over); the invitee's own address proves nothing there, since the demo does not confirm addresses.
   */
  organizationId?: string;
}

export type MailTransport = "smtp" | "outbox";

export function mailTransport(env: Readonly<Record<string, string | undefined>> = process.env): MailTransport {
  return env.SMTP_URL?.trim() ? "smtp" : "outbox";
}

export async function sendMail(mail: Mail, env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  if (mailTransport(env) === "outbox") {
    await storeOutboxMessage(mail);
    return;
  }
  // Loaded only when used: the outbox path (every demo and test) never pays for nodemailer.
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(env.SMTP_URL!.trim());
  await transport.sendMail({ from: env.MAIL_FROM?.trim() || "Gridfolio <no-reply@localhost>", to: mail.to, subject: mail.subject, text: mail.text });
}
