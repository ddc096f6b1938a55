"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { parseId } from "../ids";
import { failed, succeeded, type ActionState } from "../state";
import { loadOptionForChange, optionGone, optionPaths } from "./load-option";

export async function deleteCustomIncentive(projectId: string, optionId: string, incentiveIdArg: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const incentiveId = parseId(incentiveIdArg);
  if (!incentiveId) return failed("That incentive does not exist.");
  try {
    const option = await loadOptionForChange(projectId, optionId);
    if (!option) return failed(optionGone);
    const { count } = await getDb().customIncentive.deleteMany({ where: { id: incentiveId, optionId: option.id } });
    if (count === 0) return failed("That incentive was already removed.");
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded("Incentive removed.");
  } catch (error) {
    console.error("deleteCustomIncentive failed", error);
    return failed(describeWriteFailure(error));
  }
}
