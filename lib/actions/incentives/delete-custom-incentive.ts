"use server";

import { revalidatePath } from "next/cache";
import { removeCustomIncentive } from "../../server/data/custom-incentives";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { authorizeOption, optionPaths, requireOption } from "./load-option";

export async function deleteCustomIncentive(projectId: string, optionId: string, incentiveIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("deleteCustomIncentive", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const { incentiveId } = requireIds({ incentiveId: incentiveIdArg }, "That incentive does not exist.");
    requireForm(formData);
    const option = requireOption(found);
    if (!(await removeCustomIncentive(access, option, incentiveId))) return failed("That incentive was already removed.");
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded("Incentive removed.");
  });
}
