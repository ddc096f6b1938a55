"use server";

import { addOptionFinancing } from "../../server/data/financing";
import { typedOfferFormSchema } from "../../validation/financing";
import { authorizeOption, requireOption } from "../incentives/load-option";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { offerContextOf, revalidateOptionFinancing } from "./offer-context";

/** Offers terms typed for this option only (a lender's one-off quote), checked against the option's price and bill. */
export async function offerTypedFinancing(projectId: string, optionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("offerTypedFinancing", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const values = requireForm(formData);
    const option = requireOption(found);
    const { label, terms } = parseForm(typedOfferFormSchema(offerContextOf(option)), values, "Nothing was offered: some fields need attention.");
    if ((await addOptionFinancing(access, option, { label, terms, productId: null })) === null) return failed("This option no longer exists; it may have been deleted. Nothing was saved.");
    revalidateOptionFinancing(option);
    return succeeded(`${label} offered.`);
  });
}
