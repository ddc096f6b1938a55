"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { buildSnapshot } from "../../proposal/snapshot";
import { readForm } from "../../validation/fields";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, type ActionState } from "../state";

/**
 * Freezes the option's proposal as its next version: the inputs, the rate versions and the results as they are
 * now. Sharing and exporting start from a version, so what the customer received never changes afterwards.
 */
export async function finalizeProposal(projectIdArg: string, optionIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  const optionId = parseId(optionIdArg);
  if (!projectId || !optionId) return failed("This option does not exist.");
  if (!readForm(formData)) return failed(unreadableFormMessage);

  let versionId: string;
  try {
    const outcome = await getDb().$transaction(async (tx) => {
      // The option row is locked first, then read: two finalizes get versions N and N+1, and a save racing with a
      // finalize lands wholly before or after the snapshot, never half in it.
      await tx.$queryRaw`SELECT id FROM "Option" WHERE id = ${optionId} FOR UPDATE`;
      const option = await tx.option.findFirst({
        where: { id: optionId, projectId, project: { organizationId: access.organizationId } },
        include: { project: true, programs: true, customIncentives: { orderBy: { createdAt: "asc" } } },
      });
      if (!option) return null;
      const snapshot = buildSnapshot(option, evaluateStoredOption(option));
      const last = await tx.proposalVersion.aggregate({ where: { optionId }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const version = await tx.proposalVersion.create({
        data: {
          organizationId: access.organizationId,
          projectId,
          optionId,
          optionName: option.name,
          number,
          snapshot: snapshot as object,
          finalizedById: access.userId,
          finalizedByName: access.userName,
        },
        select: { id: true },
      });
      await tx.auditEvent.create({ data: auditRow(access, { projectId, optionId, action: "version.finalized", summary: `Finalized version ${number} of the proposal for “${option.name}”.` }) });
      return version.id;
    });
    if (!outcome) return failed("This option no longer exists; it may have been deleted. Nothing was finalized.");
    versionId = outcome;
  } catch (error) {
    console.error("finalizeProposal failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/projects/${projectId}`);
  redirect(`/projects/${projectId}/versions/${versionId}`);
}
