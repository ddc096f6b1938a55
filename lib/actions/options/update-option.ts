"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { fieldErrorsOf, formDataToObject } from "../../validation/fields";
import { ZOptionFormSchema, ZVersionField } from "../../validation/option";
import { parseId } from "../ids";
import { failed, invalid, type ActionState } from "../state";

export type OptionSaveState = ActionState & { version?: number };

/**
 * Saves an option only if nobody saved it since the form was loaded: the version posted with the form
 * must still be the stored one, so a second editor gets a conflict instead of overwriting silently.
 */
export async function updateOption(projectIdArg: string, optionIdArg: string, _previous: OptionSaveState, formData: FormData): Promise<OptionSaveState> {
  const projectId = parseId(projectIdArg);
  const optionId = parseId(optionIdArg);
  if (!projectId || !optionId) return failed("This option does not exist.");
  const values = formDataToObject(formData);
  const parsed = ZOptionFormSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const version = ZVersionField.safeParse(values.version);
  if (!version.success) return failed("The form is missing its version; reload the page and try again.");

  try {
    const db = getDb();
    const { count } = await db.option.updateMany({
      where: { id: optionId, projectId, version: version.data },
      data: { ...parsed.data, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await db.option.findFirst({ where: { id: optionId, projectId }, select: { version: true } });
      if (!current) return failed("This option no longer exists; it may have been deleted.");
      return failed("Someone else saved this option while you were editing. Nothing was overwritten: reload the page to see their changes, then apply yours again.");
    }
  } catch (error) {
    console.error("updateOption failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Option saved.", fieldErrors: {}, version: version.data + 1 };
}
