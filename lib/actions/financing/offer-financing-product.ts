"use server";

import { DomainError } from "../../core/errors/domain-error";
import { addOptionFinancing, findCurrentFinancingProduct } from "../../server/data/financing";
import { checkTermsForOption, ZProductOfferForm } from "../../validation/financing";
import { authorizeOption, requireOption } from "../incentives/load-option";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { offerContextOf, revalidateOptionFinancing } from "./offer-context";

const notSaved = "Nothing was offered: some fields need attention.";

/** Offers one of the organization's products on the option, copying its current terms. */
export async function offerFinancingProduct(projectId: string, optionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("offerFinancingProduct", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const form = parseForm(ZProductOfferForm, requireForm(formData), notSaved);
    const { productId } = requireIds({ productId: form.productId }, "That financing product does not exist.");
    const option = requireOption(found);
    const product = await findCurrentFinancingProduct(access.organizationId, productId);
    if (!product) throw new DomainError("not-found", notSaved, { productId: "That product was archived or replaced by new terms; reload the page and choose again." });
    if (!product.terms) throw new DomainError("invalid", notSaved, { productId: `${product.name}'s stored terms are no longer ones Gridfolio accepts; edit the product first.` });
    const check = checkTermsForOption(product.terms, offerContextOf(option));
    if (!check.ok) throw new DomainError("invalid", notSaved, { productId: `${product.name} does not fit this option: ${check.message}` });
    const label = form.label ?? product.name;
    if ((await addOptionFinancing(access, option, { label, terms: product.terms, productId: product.id })) === null) return failed("This option no longer exists; it may have been deleted. Nothing was saved.");
    revalidateOptionFinancing(option);
    return succeeded(`${label} offered.`);
  });
}
