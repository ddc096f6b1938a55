"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addProject } from "../../server/data/projects";
import { withTariffDefault, ZProjectFormSchema } from "../../validation/project";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import type { ActionState } from "../state";

export async function createProject(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createProject", async () => {
    const access = await authorize("project", "create");
    const fields = withTariffDefault(parseForm(ZProjectFormSchema, requireForm(formData)));
    const projectId = await addProject(access, fields);
    revalidatePath("/projects");
    redirect(`/projects/${projectId}`);
  });
}
