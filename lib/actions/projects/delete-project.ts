"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { parseId } from "../ids";
import { failed, type ActionState } from "../state";

/** Deletes a project with its options (the schema cascades); the dialog asked for confirmation first. */
export async function deleteProject(projectIdArg: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const projectId = parseId(projectIdArg);
  if (!projectId) return failed("This project does not exist.");
  try {
    const { count } = await getDb().project.deleteMany({ where: { id: projectId } });
    if (count === 0) return failed("This project was already deleted.");
  } catch (error) {
    console.error("deleteProject failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/projects");
  redirect("/projects?deleted=1");
}
