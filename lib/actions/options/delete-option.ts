"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { readForm } from "../../validation/fields";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, type ActionState } from "../state";

export async function deleteOption(projectIdArg: string, optionIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  const optionId = parseId(optionIdArg);
  if (!projectId || !optionId) return failed("This option does not exist.");
  if (!readForm(formData)) return failed(unreadableFormMessage);
  try {
    const deleted = await getDb().$transaction(async (tx) => {
      const option = await tx.option.findFirst({ where: { id: optionId, projectId, project: { organizationId: access.organizationId } }, select: { name: true } });
      if (!option) return false;
      await tx.option.delete({ where: { id: optionId } });
      await tx.auditEvent.create({ data: auditRow(access, { projectId, optionId, action: "option.deleted", summary: `Deleted the option “${option.name}”.` }) });
      return true;
    });
    if (!deleted) return failed("This option was already deleted.");
  } catch (error) {
    console.error("deleteOption failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/projects/${projectId}`);
  redirect(`/projects/${projectId}?optionDeleted=1`);
}
