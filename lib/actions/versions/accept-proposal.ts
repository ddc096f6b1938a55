"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { ACCEPTANCE_PER_CLIENT, ACCEPTANCE_PER_LINK, rateLimitKeys } from "../../server/api/rate-limits";
import { describeRetryAfter } from "../../server/auth/rate-limit";
import { hitRateLimit } from "../../server/data/rate-limit-counters";
import { acceptThroughLink } from "../../server/data/share-links";
import { findSharedVersion, versionInstaller } from "../../server/data/versions";
import { absoluteUrl } from "../../server/auth/app-url";
import { acceptedProposalMail } from "../../server/mail/proposal-mails";
import { sendMail } from "../../server/mail/send";
import { proposalFingerprint } from "../../proposal/fingerprint";
import { parseSignatureField } from "../../proposal/signature";
import { isExpired } from "../../proposal/version-status";
import { clientAddress } from "../../server/security/client-address";
import { requiredText } from "../../validation/fields";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

const ZAcceptance = z
  .object({
    name: requiredText("your full name", 120),
    confirm: z.literal("yes", { error: "Tick the box to confirm you accept this proposal." }),
    signature: z.string().max(200_000, "The signature is too detailed: clear it and draw it again.").optional(),
    // For people who cannot draw with a pointer: the typed name is then the signature. A checkbox: ticked or not.
    typedOnly: z.unknown().optional().transform((value) => value === "yes"),
    // Reported by the browser; anything unusable is simply not recorded.
    timeZone: z.unknown().optional().transform((value) => (typeof value === "string" && value.length <= 64 ? value : null)),
  })
  .transform((form, ctx) => {
    const read = parseSignatureField(form.signature);
    if (!read.ok) {
      ctx.addIssue({ code: "custom", path: ["signature"], message: read.message });
      return z.NEVER;
    }
    if (read.signature === null && !form.typedOnly) {
      ctx.addIssue({ code: "custom", path: ["signature"], message: "Draw your signature in the box, or tick “Sign with my typed name”." });
      return z.NEVER;
    }
    return { name: form.name, signature: read.signature, timeZone: knownTimeZone(form.timeZone) };
  });

/** The browser's IANA time zone when it is one this server knows; anything else is not recorded. */
function knownTimeZone(value: string | null): string | null {
  if (!value) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const tooManyAttempts = (seconds: number) => `Too many attempts to accept. Wait ${describeRetryAfter(seconds)} and try again.`;
const linkGone = "This link has expired or was revoked. Ask your installer for a new one.";
const alreadyAccepted = "This proposal was already accepted.";
const expired = "This proposal has expired and can no longer be accepted. Ask your installer for a current one.";

/**
 * The customer accepts the version behind their link: typed name, time and the address the request came from are
 * recorded, and the version is locked. Public by nature; the unguessable token is the only key. Attempts are
 * limited per client address (before the link is looked up, so guessing tokens is slow) and per link; a refused
 * form, or a link that is gone or already accepted, writes nothing, not even a count for the link.
 */
/** The installer who finalized the version hears of it by mail (the configured transport, or the outbox). */
async function tellInstaller(version: { id: string; number: number; optionName: string; projectId: string; organizationId: string; finalizedById: string | null }, customerName: string) {
  const installer = await versionInstaller(version);
  if (!installer) return;
  const link = absoluteUrl(`/projects/${version.projectId}/versions/${version.id}`);
  await sendMail(acceptedProposalMail({ to: installer.email, installerName: installer.name, customerName, optionName: version.optionName, number: version.number, link }));
}

export async function acceptProposal(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("acceptProposal", async () => {
    const { name, signature, timeZone } = parseForm(ZAcceptance, requireForm(formData), "Not accepted yet: some fields need attention.");
    // The record must name the real client: X-Forwarded-For only behind a proxy we trust (TRUST_PROXY=1), else the
    // connection's own peer: a header any client can set would put any address it likes on the record.
    const client = clientAddress(await headers());
    if (client) {
      const perClient = await hitRateLimit(rateLimitKeys.acceptanceClient(client), ACCEPTANCE_PER_CLIENT);
      if (!perClient.allowed) return failed(tooManyAttempts(perClient.retryAfterSeconds));
    }
    const shared = await findSharedVersion(token);
    if (!shared) return failed(linkGone);
    // Checked again under the lock (acceptThroughLink); answered here so that a locked version costs no count and no lock.
    if (shared.version.acceptedAt) return failed(alreadyAccepted);
    if (isExpired(shared.version)) return failed(expired);
    const perLink = await hitRateLimit(rateLimitKeys.acceptanceLink(shared.link.id), ACCEPTANCE_PER_LINK);
    if (!perLink.allowed) return failed(tooManyAttempts(perLink.retryAfterSeconds));
    const fingerprint = proposalFingerprint(shared.version.snapshot);
    const outcome = await acceptThroughLink(
      { linkId: shared.link.id, version: shared.version },
      { name, address: client ?? "not reported", signature, timeZone, fingerprint },
    );
    if (outcome === "link-gone") return failed(linkGone);
    if (outcome === "already-accepted") return failed(alreadyAccepted);
    if (outcome === "expired") return failed(expired);
    await tellInstaller(shared.version, name);
    revalidatePath(`/share/${token}`);
    return { ok: true, message: "Thank you: the proposal is accepted. Your installer has been told and will contact you about the next steps.", fieldErrors: {} };
  });
}
