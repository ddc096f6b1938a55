"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createShareToken, hashShareToken } from "../../proposal/share-tokens";
import { absoluteUrl } from "../../server/auth/app-url";
import { revokeCustomerLink, shareVersion } from "../../server/data/share-links";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

export type ShareLinkCreated = ActionState & { url?: string };

const ZExpiry = z.object({
  expiresInDays: z
    .string({ error: "Choose when the link expires." })
    .regex(/^(|\d{1,3})$/, "Choose when the link expires.")
    .transform((value) => (value === "" ? null : Number(value)))
    .refine((days) => days === null || (days >= 1 && days <= 365), "A link can last 1 to 365 days, or never expire."),
});

/** A new customer link to a version. The link is shown once: only its hash is kept. */
export async function createShareLink(projectIdArg: string, versionIdArg: string, _previous: ShareLinkCreated, formData: FormData): Promise<ShareLinkCreated> {
  return runAction("createShareLink", async () => {
    const access = await authorize("project", "update");
    const { projectId, versionId } = requireIds({ projectId: projectIdArg, versionId: versionIdArg }, "This proposal version does not exist.");
    const { expiresInDays } = parseForm(ZExpiry, requireForm(formData));
    const token = createShareToken();
    if (!(await shareVersion(access, { projectId, versionId }, { tokenHash: hashShareToken(token), expiresInDays }))) return failed("This proposal version does not exist.");
    revalidatePath(`/projects/${projectId}/versions/${versionId}`);
    return { ok: true, message: "Link created. Copy it now: for the customer's privacy it is not shown again.", fieldErrors: {}, url: absoluteUrl(`/share/${token}`) };
  });
}

/** Ends a customer link at once; the version itself is unchanged. */
export async function revokeShareLink(projectIdArg: string, linkIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("revokeShareLink", async () => {
    const access = await authorize("project", "update");
    const { projectId, linkId } = requireIds({ projectId: projectIdArg, linkId: linkIdArg }, "That link does not exist.");
    requireForm(formData);
    const versionId = await revokeCustomerLink(access, projectId, linkId);
    if (!versionId) return failed("That link was already revoked or does not exist.");
    revalidatePath(`/projects/${projectId}/versions/${versionId}`);
    return { ok: true, message: "Link revoked: it now opens nothing.", fieldErrors: {} };
  });
}
