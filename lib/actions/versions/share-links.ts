"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { absoluteUrl } from "../../server/auth/app-url";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { createShareToken, hashShareToken } from "../../proposal/share-tokens";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

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
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  const versionId = parseId(versionIdArg);
  if (!projectId || !versionId) return failed("This proposal version does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZExpiry.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const days = parsed.data.expiresInDays;
  const token = createShareToken();
  try {
    const created = await getDb().$transaction(async (tx) => {
      const version = await tx.proposalVersion.findFirst({ where: { id: versionId, projectId, organizationId: access.organizationId }, select: { number: true, optionId: true, optionName: true } });
      if (!version) return false;
      await tx.shareLink.create({
        data: { versionId, tokenHash: hashShareToken(token), createdByName: access.userName, expiresAt: days === null ? null : new Date(Date.now() + days * 86_400_000) },
      });
      const summary = `Shared version ${version.number} of “${version.optionName}” with a customer link${days === null ? "" : ` valid for ${days} day${days === 1 ? "" : "s"}`}.`;
      await tx.auditEvent.create({ data: auditRow(access, { projectId, optionId: version.optionId, action: "version.shared", summary }) });
      return true;
    });
    if (!created) return failed("This proposal version does not exist.");
  } catch (error) {
    console.error("createShareLink failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/projects/${projectId}/versions/${versionId}`);
  return { ok: true, message: "Link created. Copy it now: for the customer's privacy it is not shown again.", fieldErrors: {}, url: absoluteUrl(`/share/${token}`) };
}

/** Ends a customer link at once; the version itself is unchanged. */
export async function revokeShareLink(projectIdArg: string, linkIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  const linkId = parseId(linkIdArg);
  if (!projectId || !linkId) return failed("That link does not exist.");
  if (!readForm(formData)) return failed(unreadableFormMessage);
  let versionId: string | null = null;
  try {
    versionId = await getDb().$transaction(async (tx) => {
      const link = await tx.shareLink.findFirst({ where: { id: linkId, revokedAt: null, version: { projectId, organizationId: access.organizationId } }, include: { version: true } });
      if (!link) return null;
      await tx.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() } });
      await tx.auditEvent.create({
        data: auditRow(access, { projectId, optionId: link.version.optionId, action: "version.link-revoked", summary: `Revoked a customer link to version ${link.version.number} of “${link.version.optionName}”.` }),
      });
      return link.versionId;
    });
  } catch (error) {
    console.error("revokeShareLink failed", error);
    return failed(describeWriteFailure(error));
  }
  if (!versionId) return failed("That link was already revoked or does not exist.");
  revalidatePath(`/projects/${projectId}/versions/${versionId}`);
  return { ok: true, message: "Link revoked: it now opens nothing.", fieldErrors: {} };
}
