"use server";

import { createFinancingProduct as storeFinancingProduct } from "../../server/data/financing";
import { ZFinancingProductForm } from "../../validation/financing";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { succeeded, type ActionState } from "../state";
import { revalidateFinancingProducts } from "./offer-context";

/** A new financing product of the organization; owners and admins only, like its other settings. */
export async function createFinancingProduct(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createFinancingProduct", async () => {
    const access = await authorize("organization", "update");
    const fields = parseForm(ZFinancingProductForm, requireForm(formData), "Nothing was saved: some fields need attention.");
    await storeFinancingProduct(access, fields);
    revalidateFinancingProducts();
    return succeeded(`${fields.name} added.`);
  });
}
