"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZProjectFormSchema } from "../../validation/project";
import { authorize } from "../authorize";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

export async function createProject(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "create");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZProjectFormSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  let projectId: string;
  try {
    projectId = await getDb().$transaction(async (tx) => {
      const project = await tx.project.create({ data: { ...parsed.data, organizationId: access.organizationId }, select: { id: true } });
      await tx.auditEvent.create({ data: auditRow(access, { projectId: project.id, action: "project.created", summary: `Created the project for ${parsed.data.customerName}.` }) });
      return project.id;
    });
  } catch (error) {
    console.error("createProject failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/projects");
  redirect(`/projects/${projectId}`);
}
