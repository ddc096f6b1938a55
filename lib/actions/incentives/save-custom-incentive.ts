"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { ZCustomIncentiveFormSchema } from "../../validation/custom-incentive";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, succeeded, type ActionState } from "../state";
import { authorizeOption, optionGone, optionPaths } from "./load-option";

/** Adds a custom incentive (no id) or edits one of this option's (with its id). */
export async function saveCustomIncentive(projectId: string, optionId: string, incentiveIdArg: string | null, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorizeOption("update", projectId, optionId);
  if (!allowed.ok) return allowed.state;
  const { access, option } = allowed;
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZCustomIncentiveFormSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "Nothing was saved: some fields need attention.");
  const incentiveId = incentiveIdArg === null ? null : parseId(incentiveIdArg);
  if (incentiveIdArg !== null && !incentiveId) return failed("That incentive does not exist.");

  if (!option) return failed(optionGone);
  try {
    const saved = await getDb().$transaction(async (tx) => {
      if (incentiveId) {
        const { count } = await tx.customIncentive.updateMany({ where: { id: incentiveId, optionId: option.id }, data: parsed.data });
        if (count === 0) return false;
      } else {
        await tx.customIncentive.create({ data: { ...parsed.data, optionId: option.id } });
      }
      const summary = `${incentiveId ? "Edited" : "Added"} the custom incentive “${parsed.data.name}” on “${option.name}”.`;
      await tx.auditEvent.create({ data: auditRow(access, { projectId: option.projectId, optionId: option.id, action: incentiveId ? "incentive.updated" : "incentive.added", summary }) });
      return true;
    });
    if (!saved) return failed("That incentive no longer exists; it may have been removed.");
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded(incentiveId ? `${parsed.data.name} saved.` : `${parsed.data.name} added.`);
  } catch (error) {
    console.error("saveCustomIncentive failed", error);
    return failed(describeWriteFailure(error));
  }
}
