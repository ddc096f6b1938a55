"use server";

import { reviseFinancingProduct as storeRevision } from "../../server/data/financing";
import { ZFinancingProductForm } from "../../validation/financing";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { revalidateFinancingProducts } from "./offer-context";

/**
 * Saves a product's edited terms as its new version; the old version stays for the offers made with it, so no
 * option and no proposal already sent changes.
 */
export async function reviseFinancingProduct(productIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("reviseFinancingProduct", async () => {
    const access = await authorize("organization", "update");
    const { productId } = requireIds({ productId: productIdArg }, "That financing product does not exist.");
    const fields = parseForm(ZFinancingProductForm, requireForm(formData), "Nothing was saved: some fields need attention.");
    const revision = await storeRevision(access, productId, fields);
    if (revision.outcome === "gone") return failed("That financing product no longer exists or was archived. Nothing was saved.");
    if (revision.outcome === "superseded") return failed("Someone else saved new terms for this product while you were editing. Nothing was overwritten: reload the page to see theirs.");
    revalidateFinancingProducts();
    return succeeded(`New terms for ${fields.name} saved. Offers already made keep the terms they were made with.`);
  });
}
