"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { buildSnapshot } from "../../proposal/snapshot";
import { finalizeVersion } from "../../server/data/versions";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

/** The participation scenario posted with the form: the one the installer is viewing (anything else: expected). */
const ZScenario = z.enum(["low", "expected", "high"]).catch("expected");

/**
 * Freezes the option's proposal as its next version: the inputs, the rate versions and the results as they are
 * now, in the participation scenario the installer is viewing (the button posts it). Sharing and exporting start
 * from a version, so what the customer received never changes afterwards.
 */
export async function finalizeProposal(projectIdArg: string, optionIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("finalizeProposal", async () => {
    const access = await authorize("project", "update");
    const { projectId, optionId } = requireIds({ projectId: projectIdArg, optionId: optionIdArg }, "This option does not exist.");
    const participation = ZScenario.parse(requireForm(formData).participation);
    const versionId = await finalizeVersion(access, { projectId, optionId }, (option) => buildSnapshot(option, evaluateStoredOption(option, { participation }), participation));
    if (!versionId) return failed("This option no longer exists; it may have been deleted. Nothing was finalized.");
    revalidatePath(`/projects/${projectId}`);
    redirect(`/projects/${projectId}/versions/${versionId}`);
  });
}
