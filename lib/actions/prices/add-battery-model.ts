"use server";

import { DomainError } from "../../core/errors/domain-error";
import { matchBatteryPick } from "../../core/equipment/battery-picks";
import { addOwnBatteryModel } from "../../server/data/price-list";
import { ZCustomBatteryModelForm } from "../../validation/price-list";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { succeeded, type ActionState } from "../state";
import { revalidatePrices } from "./revalidate-prices";

const notSaved = "Nothing was saved: some fields need attention.";

/** A battery model of the organization's own, for the option form's picker ("Your models"); owners and admins only. */
export async function addBatteryModel(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("addBatteryModel", async () => {
    const access = await authorize("organization", "update");
    const fields = parseForm(ZCustomBatteryModelForm, requireForm(formData), notSaved);
    const name = `${fields.manufacturer} ${fields.model}`;
    // A saved option finds its model by name, the catalog's first: an own model under a catalog name could never be found.
    if (matchBatteryPick(name)) throw new DomainError("invalid", notSaved, { model: `The catalog already has the ${name}: pick it from the catalog on the option form.` });
    const added = await addOwnBatteryModel(access, fields);
    if (added.outcome === "duplicate") throw new DomainError("invalid", notSaved, { model: `You already added the ${name}.` });
    revalidatePrices();
    return succeeded(`${name} added. It is listed under “Your models” on the option form.`);
  });
}
