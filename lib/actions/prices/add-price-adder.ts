"use server";

import { addPriceAdder as storePriceAdder } from "../../server/data/price-list";
import { ZPriceAdderForm } from "../../validation/price-list";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { succeeded, type ActionState } from "../state";
import { revalidatePrices } from "./revalidate-prices";

/** A named fixed amount on the price list ("Main panel upgrade", $2,500); owners and admins only. */
export async function addPriceAdder(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("addPriceAdder", async () => {
    const access = await authorize("organization", "update");
    const fields = parseForm(ZPriceAdderForm, requireForm(formData), "Nothing was saved: some fields need attention.");
    await storePriceAdder(access, fields);
    revalidatePrices();
    return succeeded(fields.isDefaultOn ? `${fields.name} added. New options include it in their other costs.` : `${fields.name} added.`);
  });
}
