"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { updateProjectDetails } from "../../server/data/projects";
import { withTariffDefault, ZProjectFormSchema } from "../../validation/project";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

const projectGone = "This project no longer exists; it may have been deleted.";

export async function updateProject(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("updateProject", async () => {
    const access = await authorize("project", "update");
    const { projectId } = requireIds({ projectId: projectIdArg }, "This project does not exist.");
    const fields = withTariffDefault(parseForm(ZProjectFormSchema, requireForm(formData)));
    if (!(await updateProjectDetails(access, projectId, fields))) return failed(projectGone);
    revalidatePath("/projects");
    revalidatePath(`/projects/${projectId}`);
    redirect(`/projects/${projectId}`);
  });
}
