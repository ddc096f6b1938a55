"use server";

import { removePriceAdder as storeRemoval } from "../../server/data/price-list";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { revalidatePrices } from "./revalidate-prices";

/** Takes an adder off the price list; options that already include its amount keep it. */
export async function removePriceAdder(adderIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("removePriceAdder", async () => {
    const access = await authorize("organization", "update");
    const { adderId } = requireIds({ adderId: adderIdArg }, "That adder does not exist.");
    requireForm(formData);
    if (!(await storeRemoval(access, adderId))) return failed("That adder was already removed.");
    revalidatePrices();
    return succeeded("Adder removed. Options that include it keep their costs.");
  });
}
