"use server";

import { archiveFinancingProduct as storeArchive } from "../../server/data/financing";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { revalidateFinancingProducts } from "./offer-context";

/** Takes a product off the list installers offer from; options that already offer it keep their terms. */
export async function archiveFinancingProduct(productIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("archiveFinancingProduct", async () => {
    const access = await authorize("organization", "update");
    const { productId } = requireIds({ productId: productIdArg }, "That financing product does not exist.");
    requireForm(formData);
    if (!(await storeArchive(access, productId))) return failed("That financing product was already archived or replaced.");
    revalidateFinancingProducts();
    return succeeded("Financing product archived. Options that offer it keep their terms.");
  });
}
