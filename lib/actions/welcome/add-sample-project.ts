"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addSampleProject as storeSampleProject } from "../../server/data/sample-project";
import { authorize } from "../authorize";
import { requireForm } from "../prologue";
import { runAction } from "../run-action";
import type { ActionState } from "../state";

/**
 * Adds one sample project, marked "Sample", to the organization; owners and admins, as part of setting it up (a
 * designer adds real projects). Opens it, so the installer sees what a project with options looks like.
 */
export async function addSampleProject(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("addSampleProject", async () => {
    const access = await authorize("organization", "update");
    requireForm(formData);
    const projectId = await storeSampleProject(access);
    revalidatePath("/projects");
    redirect(`/projects/${projectId}`);
  });
}
