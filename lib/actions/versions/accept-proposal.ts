"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "../../db/client";
import { findSharedVersion } from "../../data/versions";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject, requiredText } from "../../validation/fields";
import { z } from "zod";
import { failed, invalid, type ActionState } from "../state";

const ZAcceptance = z.object({
  name: requiredText("your full name", 120),
  confirm: z.literal("yes", { error: "Tick the box to confirm you accept this proposal." }),
});

/**
 * The customer accepts the version behind their link: typed name, time and the address the request came from are
 * recorded, and the version is locked. Public by nature; the unguessable token is the only key.
 */
export async function acceptProposal(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZAcceptance.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "Not accepted yet: some fields need attention.");
  const requestHeaders = await headers();
  // As reported by the proxy in front of the app; kept for the record, not used for any decision.
  const reported = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip")?.trim();
  const address = reported ? reported.slice(0, 100) : "not reported";
  try {
    const shared = await findSharedVersion(token);
    if (!shared) return failed("This link has expired or was revoked. Ask your installer for a new one.");
    // One transaction: the version is never locked as accepted without its audit row (nor told "nothing was saved"
    // while it was).
    const accepted = await getDb().$transaction(async (tx) => {
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
