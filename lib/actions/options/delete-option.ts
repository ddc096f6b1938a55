"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { removeOption } from "../../server/data/options";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

export async function deleteOption(projectIdArg: string, optionIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("deleteOption", async () => {
    const access = await authorize("project", "update");
    const { projectId, optionId } = requireIds({ projectId: projectIdArg, optionId: optionIdArg }, "This option does not exist.");
    requireForm(formData);
    if (!(await removeOption(access, projectId, optionId))) return failed("This option was already deleted.");
    revalidatePath(`/projects/${projectId}`);
    redirect(`/projects/${projectId}?optionDeleted=1`);
  });
}
