"use server";

import { removeOwnBatteryModel } from "../../server/data/price-list";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { revalidatePrices } from "./revalidate-prices";

/** Takes one of the organization's own models off the picker; options that use it keep their figures. */
export async function removeBatteryModel(modelIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("removeBatteryModel", async () => {
    const access = await authorize("organization", "update");
    const { modelId } = requireIds({ modelId: modelIdArg }, "That battery model does not exist.");
    requireForm(formData);
    if (!(await removeOwnBatteryModel(access, modelId))) return failed("That battery model was already removed.");
    revalidatePrices();
    return succeeded("Battery model removed. Options that use it keep their figures.");
  });
}
