"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changeSummary, describeChanges, PROJECT_FIELDS } from "../../core/audit/changes";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZProjectFormSchema } from "../../validation/project";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

const projectGone = "This project no longer exists; it may have been deleted.";

export async function updateProject(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  if (!projectId) return failed("This project does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZProjectFormSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  try {
    const updated = await getDb().$transaction(async (tx) => {
      const before = await tx.project.findFirst({ where: { id: projectId, organizationId: access.organizationId } });
      if (!before) return false;
      await tx.project.update({ where: { id: projectId }, data: parsed.data });
      const summary = changeSummary("the project", describeChanges(PROJECT_FIELDS, before, parsed.data));
      await tx.auditEvent.create({ data: auditRow(access, { projectId, action: "project.updated", summary }) });
      return true;
    });
    if (!updated) return failed(projectGone);
  } catch (error) {
    console.error("updateProject failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/projects");
  revalidatePath(`/projects/${projectId}`);
  redirect(`/projects/${projectId}`);
}
