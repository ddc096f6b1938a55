"use server";

import { revalidatePath } from "next/cache";
import { addCustomIncentive, editCustomIncentive } from "../../server/data/custom-incentives";
import { ZCustomIncentiveFormSchema } from "../../validation/custom-incentive";
import { requirePlausible } from "../plausibility";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { authorizeOption, optionPaths, requireOption } from "./load-option";

/** Adds a custom incentive (no id) or edits one of this option's (with its id). */
export async function saveCustomIncentive(projectId: string, optionId: string, incentiveIdArg: string | null, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("saveCustomIncentive", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const fields = parseForm(ZCustomIncentiveFormSchema, requireForm(formData), "Nothing was saved: some fields need attention.");
    const incentiveId = incentiveIdArg === null ? null : requireIds({ incentiveId: incentiveIdArg }, "That incentive does not exist.").incentiveId;
    const option = requireOption(found);
    // One incentive worth more than the whole system is a typo (a total typed per kWh, cents for dollars): refused.
    const draftId = incentiveId ?? "new-incentive";
    const draft = { id: draftId, ...fields };
    const incentives = incentiveId ? option.customIncentives.map((incentive) => (incentive.id === incentiveId ? draft : incentive)) : [...option.customIncentives, draft];
    requirePlausible({ ...option, customIncentives: incentives }, (target) =>
      target.kind === "customIncentive" && incentives[target.index]?.id === draftId ? "amountCents" : null,
    );
    if (incentiveId) {
      if (!(await editCustomIncentive(access, option, incentiveId, fields))) return failed("That incentive no longer exists; it may have been removed.");
    } else {
      await addCustomIncentive(access, option, fields);
    }
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded(incentiveId ? `${fields.name} saved.` : `${fields.name} added.`);
  });
}
