/**
 * Who may read the outbox, and which of its mails. Without a mail server, the mail Gridfolio would send (reset
 * links, invitation links) is stored instead, and whoever reads such a link can take over an account or join an
 * organization. So the outbox opens only where it cannot leak:
 *   - only while no mail server is configured: with SMTP_URL, mail leaves and the page is gone;
 *   - only to a request from this machine: the connection's peer is the loopback interface, as our server
 *     (scripts/serve.mjs) reports it, and behind a proxy trusted with TRUST_PROXY=1 the forwarded client is too.
 *     Under a server that does not report its peer, no request is local;
 *   - only to a signed-in person, who sees the mail sent to their own account (with or without an organization yet) (a reset link is harmless to someone
 *     already signed in) and, if they may invite people, their organization's invitations, to hand each link to the
 *     colleague it is for. An invitation is never shown to its addressee: in the demo nobody proves an address, so
 *     anyone could sign up with the invited one.
 * Everything else gets a 404, as if the page did not exist. A proxy on this machine that does not pass the client's
 * address makes every visitor look local; the sign-in requirement still holds, and such a server should set SMTP_URL.
 */
import ipaddr from "ipaddr.js";
import { allows, type AccessResult } from "./access";
import { clientAddress, isLoopbackPeer } from "../security/client-address";
import type { OutboxReader } from "../data/outbox";
import { mailTransport } from "../mail/send";

export type { OutboxReader };

type Env = Readonly<Record<string, string | undefined>>;

/** Whether the outbox exists for this request at all: no mail server, and a request from this machine. */
export function outboxIsOpen(requestHeaders: Headers, env: Env = process.env): boolean {
  if (mailTransport(env) !== "outbox" || !isLoopbackPeer(requestHeaders, env)) return false;
  const client = clientAddress(requestHeaders, env);
  return client !== null && ipaddr.process(client).range() === "loopback";
}

/** What a caller may read of an open outbox: their own mail, a member's organization's invitations, or nothing. */
export function outboxReaderOf(result: AccessResult): OutboxReader | null {
  if (result.kind === "signed-out") return null;
  if (result.kind === "no-organization") return { email: result.user.email, invitationsOf: null };
  const { access } = result;
  return { email: access.email, invitationsOf: allows(access, "invitation", "create") ? access.organizationId : null };
}
