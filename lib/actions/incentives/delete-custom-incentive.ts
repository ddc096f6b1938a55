"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { readForm } from "../../validation/fields";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, succeeded, type ActionState } from "../state";
import { authorizeOption, optionGone, optionPaths } from "./load-option";

export async function deleteCustomIncentive(projectId: string, optionId: string, incentiveIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorizeOption("update", projectId, optionId);
  if (!allowed.ok) return allowed.state;
  const { access, option } = allowed;
  const incentiveId = parseId(incentiveIdArg);
  if (!incentiveId) return failed("That incentive does not exist.");
  if (!readForm(formData)) return failed(unreadableFormMessage);
  if (!option) return failed(optionGone);
  try {
    const removed = await getDb().$transaction(async (tx) => {
      const incentive = await tx.customIncentive.findFirst({ where: { id: incentiveId, optionId: option.id }, select: { name: true } });
      if (!incentive) return false;
      await tx.customIncentive.delete({ where: { id: incentiveId } });
      await tx.auditEvent.create({
        data: auditRow(access, { projectId: option.projectId, optionId: option.id, action: "incentive.removed", summary: `Removed the custom incentive “${incentive.name}” from “${option.name}”.` }),
      });
      return true;
    });
    if (!removed) return failed("That incentive was already removed.");
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded("Incentive removed.");
  } catch (error) {
    console.error("deleteCustomIncentive failed", error);
    return failed(describeWriteFailure(error));
  }
}
