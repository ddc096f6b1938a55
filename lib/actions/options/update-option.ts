"use server";

import { revalidatePath } from "next/cache";
import { changeSummary, describeChanges, OPTION_FIELDS } from "../../core/audit/changes";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZOptionFormSchema, ZVersionField } from "../../validation/option";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { optionConflictMessage, unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

export type OptionSaveState = ActionState & { version?: number };

/**
 * Saves an option only if nobody saved it since the form was loaded: the version posted with the form
 * must still be the stored one, so a second editor gets a conflict instead of overwriting silently.
 */
export async function updateOption(projectIdArg: string, optionIdArg: string, _previous: OptionSaveState, formData: FormData): Promise<OptionSaveState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const { access } = allowed;
  const projectId = parseId(projectIdArg);
  const optionId = parseId(optionIdArg);
  if (!projectId || !optionId) return failed("This option does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZOptionFormSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const version = ZVersionField.safeParse(values.version);
  if (!version.success) return failed("The form is missing its version; reload the page and try again.");

  try {
    const outcome = await getDb().$transaction(async (tx) => {
      const before = await tx.option.findFirst({ where: { id: optionId, projectId, project: { organizationId: access.organizationId } } });
      if (!before) return "gone" as const;
      // The version check is in the UPDATE itself, so of two concurrent saves from the same version one wins.
      const { count } = await tx.option.updateMany({ where: { id: optionId, version: version.data }, data: { ...parsed.data, version: { increment: 1 } } });
      if (count === 0) return "conflict" as const;
      const summary = changeSummary(`“${before.name}”`, describeChanges(OPTION_FIELDS, before, parsed.data));
      await tx.auditEvent.create({ data: auditRow(access, { projectId, optionId, action: "option.updated", summary }) });
      return "saved" as const;
    });
    if (outcome === "gone") return failed("This option no longer exists; it may have been deleted.");
    if (outcome === "conflict") return failed(optionConflictMessage);
  } catch (error) {
    console.error("updateOption failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Option saved.", fieldErrors: {}, version: version.data + 1 };
}
