"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject } from "../../validation/fields";
import { ZProjectFormSchema } from "../../validation/project";
import { failed, invalid, type ActionState } from "../state";

export async function createProject(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ZProjectFormSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));

  let projectId: string;
  try {
    const project = await getDb().project.create({ data: parsed.data, select: { id: true } });
    projectId = project.id;
  } catch (error) {
    console.error("createProject failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/projects");
  redirect(`/projects/${projectId}`);
}
