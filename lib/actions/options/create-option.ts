"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZOptionFormSchema } from "../../validation/option";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

export async function createOption(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  if (!projectId) return failed("This project does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZOptionFormSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  let optionId: string;
  try {
    const option = await getDb().$transaction(async (tx) => {
      // Lock the project row so concurrent creates number their options 0, 1, 2… instead of reading the same maximum.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Project" WHERE id = ${projectId} AND "organizationId" = ${access.organizationId} FOR UPDATE`;
      if (locked.length === 0) return null;
      const last = await tx.option.aggregate({ where: { projectId }, _max: { position: true } });
      const created = await tx.option.create({ data: { ...parsed.data, projectId, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
      await tx.auditEvent.create({ data: auditRow(access, { projectId, optionId: created.id, action: "option.created", summary: `Added the option “${parsed.data.name}”.` }) });
      return created;
    });
    if (!option) return failed("This project no longer exists; it may have been deleted.");
    optionId = option.id;
  } catch (error) {
    console.error("createOption failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/projects/${projectId}`);
  redirect(`/projects/${projectId}/options/${optionId}?saved=1`);
}
