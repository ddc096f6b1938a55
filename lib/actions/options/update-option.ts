"use server";

import { revalidatePath } from "next/cache";
import { updateOptionDetails } from "../../server/data/options";
import { getProjectSegment } from "../../server/data/projects";
import { requirePlausibleSystem } from "../plausibility";
import { ZOptionFormSchema, ZVersionField } from "../../validation/option";
import { authorize } from "../authorize";
import { optionConflictMessage } from "../messages";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { requirePlausibleUpkeep } from "./require-plausible-upkeep";
import { failed, type ActionState } from "../state";

export type OptionSaveState = ActionState & { version?: number };

/**
 * Saves an option only if nobody saved it since the form was loaded: the version posted with the form
 * must still be the stored one, so a second editor gets a conflict instead of overwriting silently.
 */
export async function updateOption(projectIdArg: string, optionIdArg: string, _previous: OptionSaveState, formData: FormData): Promise<OptionSaveState> {
  return runAction("updateOption", async () => {
    const access = await authorize("project", "update");
    const { projectId, optionId } = requireIds({ projectId: projectIdArg, optionId: optionIdArg }, "This option does not exist.");
    const values = requireForm(formData);
    const fields = parseForm(ZOptionFormSchema, values);
    const version = ZVersionField.safeParse(values.version);
    if (!version.success) return failed("The form is missing its version; reload the page and try again.");
    const segment = await getProjectSegment(access.organizationId, projectId);
    if (!segment) return failed("This option no longer exists; it may have been deleted.");
    requirePlausibleSystem(segment, fields);
    requirePlausibleUpkeep(segment, fields);
    const outcome = await updateOptionDetails(access, { projectId, optionId, version: version.data }, fields);
    if (outcome === "gone") return failed("This option no longer exists; it may have been deleted.");
    if (outcome === "conflict") return failed(optionConflictMessage);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { ok: true, message: "Option saved.", fieldErrors: {}, version: version.data + 1 };
  });
}
