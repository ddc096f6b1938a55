"use server";

import { revalidatePath } from "next/cache";
import { clearUsageAndRates as storeClear } from "../../server/data/usage-and-rates";
import { ZVersionField } from "../../validation/option";
import { authorizeOption, optionPaths, requireOption } from "../incentives/load-option";
import { optionConflictMessage } from "../messages";
import { requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";
import type { UsageSaveState } from "./save-usage-and-rates";

/** Back to the typed year-1 bill savings: the option's usage and rates are removed (at the loaded version only). */
export async function clearUsageAndRates(projectId: string, optionId: string, _previous: ActionState, formData: FormData): Promise<UsageSaveState> {
  return runAction("clearUsageAndRates", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const values = requireForm(formData);
    const version = ZVersionField.safeParse(values.version);
    if (!version.success) return failed("The form is missing its version; reload the page and try again.");
    const option = requireOption(found);
    const outcome = await storeClear(access, { projectId: option.projectId, optionId: option.id, version: version.data });
    if (outcome === "gone") return failed("This option no longer exists; it may have been deleted.");
    if (outcome === "conflict") return failed(optionConflictMessage);
    revalidatePath(optionPaths(option).project, "layout");
    return { ok: true, message: "Usage and rates cleared. The typed year-1 bill savings count again.", fieldErrors: {}, version: version.data + 1 };
  });
}
