"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addOption } from "../../server/data/options";
import { getProjectSegment } from "../../server/data/projects";
import { requirePlausibleSystem } from "../plausibility";
import { ZOptionFormSchema } from "../../validation/option";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { requirePlausibleUpkeep } from "./require-plausible-upkeep";
import { failed, type ActionState } from "../state";

export async function createOption(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createOption", async () => {
    const access = await authorize("project", "update");
    const { projectId } = requireIds({ projectId: projectIdArg }, "This project does not exist.");
    const fields = parseForm(ZOptionFormSchema, requireForm(formData));
    const segment = await getProjectSegment(access.organizationId, projectId);
    if (!segment) return failed("This project no longer exists; it may have been deleted.");
    requirePlausibleSystem(segment, fields);
    requirePlausibleUpkeep(segment, fields);
    const optionId = await addOption(access, projectId, fields);
    if (!optionId) return failed("This project no longer exists; it may have been deleted.");
    revalidatePath(`/projects/${projectId}`);
    redirect(`/projects/${projectId}/options/${optionId}?saved=1`);
  });
}
