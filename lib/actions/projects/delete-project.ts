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

/** Deletes a project with its options (the schema cascades); the dialog asked for confirmation first. */
export async function deleteProject(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "delete");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  if (!projectId) return failed("This project does not exist.");
  // The form carries nothing, but only a form is a click on the dialog's button: anything else is refused.
  if (!readForm(formData)) return failed(unreadableFormMessage);
  try {
    const deleted = await getDb().$transaction(async (tx) => {
      const project = await tx.project.findFirst({ where: { id: projectId, organizationId: access.organizationId }, select: { customerName: true } });
      if (!project) return false;
      await tx.project.delete({ where: { id: projectId } });
      await tx.auditEvent.create({ data: auditRow(access, { projectId, action: "project.deleted", summary: `Deleted the project for ${project.customerName}.` }) });
      return true;
    });
    if (!deleted) return failed("This project was already deleted.");
  } catch (error) {
    console.error("deleteProject failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/projects");
  redirect("/projects?deleted=1");
}
