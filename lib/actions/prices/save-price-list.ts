"use server";

import { savePriceList as storePriceList } from "../../server/data/price-list";
import { ZPriceListForm } from "../../validation/price-list";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { succeeded, type ActionState } from "../state";
import { revalidatePrices } from "./revalidate-prices";

/** The organization's price list; owners and admins only, like its other settings. Options already made keep their costs. */
export async function savePriceList(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("savePriceList", async () => {
    const access = await authorize("organization", "update");
    const fields = parseForm(ZPriceListForm, requireForm(formData), "Nothing was saved: some fields need attention.");
    const changes = await storePriceList(access, fields);
    revalidatePrices();
    return succeeded(changes.length > 0 ? `Prices saved (${changes.join(", ")}). New options start from them.` : "Prices saved: nothing had changed.");
  });
}
