"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { ACCEPTANCE_PER_CLIENT, ACCEPTANCE_PER_LINK, rateLimitKeys } from "../../server/api/rate-limits";
import { describeRetryAfter } from "../../server/auth/rate-limit";
import { hitRateLimit } from "../../server/data/rate-limit-counters";
import { acceptThroughLink } from "../../server/data/share-links";
import { findSharedVersion } from "../../server/data/versions";
import { clientAddress } from "../../server/security/client-address";
import { requiredText } from "../../validation/fields";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

const ZAcceptance = z.object({
  name: requiredText("your full name", 120),
  confirm: z.literal("yes", { error: "Tick the box to confirm you accept this proposal." }),
});

const tooManyAttempts = (seconds: number) => `Too many attempts to accept. Wait ${describeRetryAfter(seconds)} and try again.`;
const linkGone = "This link has expired or was revoked. Ask your installer for a new one.";
const alreadyAccepted = "This proposal was already accepted.";

/**
 * The customer accepts the version behind their link: typed name, time and the address the request came from are
 * recorded, and the version is locked. Public by nature; the unguessable token is the only key. Attempts are
 * limited per client address (before the link is looked up, so guessing tokens is slow) and per link; a refused
 * form, or a link that is gone or already accepted, writes nothing, not even a count for the link.
 */
export async function acceptProposal(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("acceptProposal", async () => {
    const { name } = parseForm(ZAcceptance, requireForm(formData), "Not accepted yet: some fields need attention.");
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
    const perLink = await hitRateLimit(rateLimitKeys.acceptanceLink(shared.link.id), ACCEPTANCE_PER_LINK);
    if (!perLink.allowed) return failed(tooManyAttempts(perLink.retryAfterSeconds));
    const outcome = await acceptThroughLink({ linkId: shared.link.id, version: shared.version }, { name, address: client ?? "not reported" });
    if (outcome === "link-gone") return failed(linkGone);
    if (outcome === "already-accepted") return failed(alreadyAccepted);
    revalidatePath(`/share/${token}`);
    return { ok: true, message: "Thank you: the proposal is accepted. Your installer has been notified on their project page.", fieldErrors: {} };
  });
}
