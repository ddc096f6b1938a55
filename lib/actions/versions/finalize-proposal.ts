"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { buildSnapshot } from "../../proposal/snapshot";
import { finalizeVersion } from "../../server/data/versions";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

/**
 * Freezes the option's proposal as its next version: the inputs, the rate versions and the results as they are
 * now. Sharing and exporting start from a version, so what the customer received never changes afterwards.
 */
export async function finalizeProposal(projectIdArg: string, optionIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("finalizeProposal", async () => {
    const access = await authorize("project", "update");
    const { projectId, optionId } = requireIds({ projectId: projectIdArg, optionId: optionIdArg }, "This option does not exist.");
    requireForm(formData);
    const versionId = await finalizeVersion(access, { projectId, optionId }, (option) => buildSnapshot(option, evaluateStoredOption(option)));
    if (!versionId) return failed("This option no longer exists; it may have been deleted. Nothing was finalized.");
    revalidatePath(`/projects/${projectId}`);
    redirect(`/projects/${projectId}/versions/${versionId}`);
  });
}
