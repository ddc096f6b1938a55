import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { withDatabase } from "@/app/_shell/with-database";
import { getAccess } from "@/lib/server/auth/access";
import { findOutboxMessages } from "@/lib/server/data/outbox";
import { formatDateTime } from "@/lib/core/dates/format";
import { outboxIsOpen, outboxReaderOf } from "@/lib/server/auth/outbox-readers";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

/**
 * Without a mail server (no SMTP_URL), the emails Gridfolio would send are kept and shown here, for demos and
 * development. The links in them open accounts and organizations, so the page exists only for a request from this
 * machine, and shows a signed-in member only their own mail and, if they may invite people, their organization's
 * invitations; for anyone else, anywhere else, and on every server with SMTP_URL, it is a 404. The rules, and why:
 * lib/mail/outbox.ts.
 */
export default async function OutboxPage() {
  if (!outboxIsOpen(await headers())) notFound();
  return withDatabase(async () => {
    const reader = outboxReaderOf(await getAccess());
    if (!reader) notFound();
    const messages = await findOutboxMessages(reader);
    return (
      <>
        <PageHeader
          title="Outbox"
          subtitle={
            reader.invitationsOf
              ? "Without a mail server, the emails Gridfolio would send are kept here, newest first: the ones sent to you, and your organization's invitations. Pass each invitation link on to the colleague it is for."
              : "Without a mail server, the emails Gridfolio would send you are kept here, newest first."
          }
        />
        {messages.length === 0 ? (
          <EmptyState title="No emails yet">{reader.invitationsOf ? "Invitations you send and emails to you appear here." : "Emails to you appear here."}</EmptyState>
        ) : (
          <ol className="space-y-4">
            {messages.map((message) => (
              <li key={message.id}>
                <article aria-labelledby={`mail-${message.id}`} className="rounded-xl border border-slate-200 bg-white shadow-sm">
                  <header className="border-b border-slate-100 px-5 py-3">
                    <h2 id={`mail-${message.id}`} className="font-semibold text-slate-900">
                      {message.subject}
                    </h2>
                    <p className="mt-0.5 text-sm text-slate-600">
                      To {message.to} · <time dateTime={message.createdAt.toISOString()}>{formatDateTime(message.createdAt)}</time>
                    </p>
                  </header>
                  <p className="whitespace-pre-line break-words px-5 py-4 text-sm text-slate-800">
                    <Linkified text={message.text} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
        )}
      </>
    );
  });
}

function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <>
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) ? (
          <a key={index} href={part} className="font-medium text-brand-700 underline underline-offset-2">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
