"use server";

import { setPreferredOptionFinancing } from "../../server/data/financing";
import { authorizeOption, requireOption } from "../incentives/load-option";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { revalidateOptionFinancing } from "./offer-context";

/** The way to pay the proposal leads with: one offer, or (null) cash. */
export async function setPreferredFinancing(projectId: string, optionId: string, offerIdArg: string | null, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("setPreferredFinancing", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const offerId = offerIdArg === null ? null : requireIds({ offerId: offerIdArg }, "That offer does not exist.").offerId;
    requireForm(formData);
    const option = requireOption(found);
    if (!(await setPreferredOptionFinancing(access, option, offerId))) return failed("That offer no longer exists; it may have been removed.");
    revalidateOptionFinancing(option);
    return succeeded(offerId === null ? "Cash is now the preferred way to pay." : "Preferred offer saved.");
  });
}
