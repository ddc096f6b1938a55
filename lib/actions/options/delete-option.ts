"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { parseId } from "../ids";
import { failed, type ActionState } from "../state";

export async function deleteOption(projectIdArg: string, optionIdArg: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const projectId = parseId(projectIdArg);
  const optionId = parseId(optionIdArg);
  if (!projectId || !optionId) return failed("This option does not exist.");
  try {
    const { count } = await getDb().option.deleteMany({ where: { id: optionId, projectId } });
    if (count === 0) return failed("This option was already deleted.");
  } catch (error) {
    console.error("deleteOption failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath(`/projects/${projectId}`);
  redirect(`/projects/${projectId}?optionDeleted=1`);
}
