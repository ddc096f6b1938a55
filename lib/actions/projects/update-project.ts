"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject } from "../../validation/fields";
import { ZProjectFormSchema } from "../../validation/project";
import { parseId } from "../ids";
import { failed, invalid, type ActionState } from "../state";

export async function updateProject(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const projectId = parseId(projectIdArg);
  if (!projectId) return failed("This project does not exist.");
  const parsed = ZProjectFormSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  try {
    const { count } = await getDb().project.updateMany({ where: { id: projectId }, data: parsed.data });
    if (count === 0) return failed("This project no longer exists; it may have been deleted.");
  } catch (error) {
    console.error("updateProject failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/projects");
  revalidatePath(`/projects/${projectId}`);
  redirect(`/projects/${projectId}`);
}
