"use server";

import { removeOptionFinancing } from "../../server/data/financing";
import { authorizeOption, requireOption } from "../incentives/load-option";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { revalidateOptionFinancing } from "./offer-context";

export async function removeFinancingOffer(projectId: string, optionId: string, offerIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("removeFinancingOffer", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const { offerId } = requireIds({ offerId: offerIdArg }, "That offer does not exist.");
    requireForm(formData);
    const option = requireOption(found);
    if (!(await removeOptionFinancing(access, option, offerId))) return failed("That offer was already removed.");
    revalidateOptionFinancing(option);
    return succeeded("Offer removed.");
  });
}
