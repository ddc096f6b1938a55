"use server";

import { revalidatePath } from "next/cache";
import { removeOrganizationTariff } from "../../server/data/usage-and-rates";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

/** Deletes a pasted rate from the organization's list; options that use it keep their copy. */
export async function deleteOrganizationTariff(tariffIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("deleteOrganizationTariff", async () => {
    const access = await authorize("organization", "update");
    const { tariffId } = requireIds({ tariffId: tariffIdArg }, "That rate does not exist.");
    requireForm(formData);
    if (!(await removeOrganizationTariff(access, tariffId))) return failed("That rate was already deleted.");
    revalidatePath("/organization/tariffs");
    return succeeded("Rate deleted. Options that use it keep their copy.");
  });
}
