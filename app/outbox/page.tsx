import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { withDatabase } from "@/components/shell/with-database";
import { findOutboxMessages } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/format";
import { mailTransport } from "@/lib/mail/send";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

/**
 * Without a mail server (no SMTP_URL), the invitations and reset links Gridfolio would send are shown here.
 * Setting SMTP_URL turns the page off: it is for demos and development, not for production.
 */
export default async function OutboxPage() {
  if (mailTransport() !== "outbox") notFound();
  return withDatabase(async () => {
    const messages = await findOutboxMessages();
    return (
      <>
        <PageHeader
          title="Outbox"
          subtitle="This server has no mail server configured (SMTP_URL), so the emails it would send are kept here, newest first. Anyone who can open this page can read them: production servers set SMTP_URL, which turns this page off."
        />
        {messages.length === 0 ? (
          <EmptyState title="No emails yet">Invitations and password-reset links appear here when someone sends them.</EmptyState>
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
