"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { removeProject } from "../../server/data/projects";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

/** Deletes a project with its options (the schema cascades); the dialog asked for confirmation first. */
export async function deleteProject(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("deleteProject", async () => {
    const access = await authorize("project", "delete");
    const { projectId } = requireIds({ projectId: projectIdArg }, "This project does not exist.");
    requireForm(formData);
    if (!(await removeProject(access, projectId))) return failed("This project was already deleted.");
    revalidatePath("/projects");
    redirect("/projects?deleted=1");
  });
}
