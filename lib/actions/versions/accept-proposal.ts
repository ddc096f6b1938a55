"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { ACCEPTANCE_PER_CLIENT, ACCEPTANCE_PER_LINK, rateLimitKeys } from "../../server/api/rate-limits";
import { describeRetryAfter, hitRateLimit } from "../../server/auth/rate-limit";
import { getDb } from "../../server/db/client";
import { clientAddress } from "../../server/security/client-address";
import { findSharedVersion } from "../../server/data/versions";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm, requiredText } from "../../validation/fields";
import { z } from "zod";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

const ZAcceptance = z.object({
  name: requiredText("your full name", 120),
  confirm: z.literal("yes", { error: "Tick the box to confirm you accept this proposal." }),
});

const tooManyAttempts = (seconds: number) => `Too many attempts to accept. Wait ${describeRetryAfter(seconds)} and try again.`;

/**
 * The customer accepts the version behind their link: typed name, time and the address the request came from are
 * recorded, and the version is locked. Public by nature; the unguessable token is the only key. Attempts are
 * limited per client address (before the link is looked up, so guessing tokens is slow) and per link; a refused
 * form, or a link that is gone or already accepted, writes nothing, not even a count for the link.
 */
export async function acceptProposal(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZAcceptance.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "Not accepted yet: some fields need attention.");
  // The record must name the real client: X-Forwarded-For only behind a proxy we trust (TRUST_PROXY=1), else the
  // connection's own peer: a header any client can set would put any address it likes on the record.
  const client = clientAddress(await headers());
  const address = client ?? "not reported";
  try {
    const db = getDb();
    if (client) {
      const perClient = await hitRateLimit(db, rateLimitKeys.acceptanceClient(client), ACCEPTANCE_PER_CLIENT);
      if (!perClient.allowed) return failed(tooManyAttempts(perClient.retryAfterSeconds));
    }
    const shared = await findSharedVersion(token);
    if (!shared) return failed("This link has expired or was revoked. Ask your installer for a new one.");
    // Checked again under the lock below; answered here so that a locked version costs no count and no lock.
    if (shared.version.acceptedAt) return failed("This proposal was already accepted.");
    const perLink = await hitRateLimit(db, rateLimitKeys.acceptanceLink(shared.link.id), ACCEPTANCE_PER_LINK);
    if (!perLink.allowed) return failed(tooManyAttempts(perLink.retryAfterSeconds));
    // One transaction: the version is never locked as accepted without its audit row (nor told "nothing was saved"
    // while it was).
    const accepted = await db.$transaction(async (tx) => {
      // Lock the link row and check it again: a revoke landing between the check above and this write waits for
      // this transaction, or wins and this acceptance is refused.
      const stillActive = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "ShareLink" WHERE id = ${shared.link.id} AND "revokedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > now()) FOR UPDATE`;
      if (stillActive.length === 0) return "link-gone" as const;
      const { count } = await tx.proposalVersion.updateMany({
        where: { id: shared.version.id, acceptedAt: null },
        data: { acceptedAt: new Date(), acceptedName: parsed.data.name, acceptedAddress: address },
      });
      if (count === 0) return "already" as const;
      await tx.auditEvent.create({
        data: {
          organizationId: shared.version.organizationId,
          projectId: shared.version.projectId,
          optionId: shared.version.optionId,
          actorId: null,
          actorName: parsed.data.name,
          action: "version.accepted",
          summary: `Accepted version ${shared.version.number} of the proposal for “${shared.version.optionName}” through the customer link.`,
        },
      });
      return "accepted" as const;
    });
    if (accepted === "link-gone") return failed("This link has expired or was revoked. Ask your installer for a new one.");
    if (accepted === "already") return failed("This proposal was already accepted.");
  } catch (error) {
    console.error("acceptProposal failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/share/${token}`);
  return { ok: true, message: "Thank you: the proposal is accepted. Your installer has been notified on their project page.", fieldErrors: {} };
}
