"use server";

import { revalidatePath } from "next/cache";
import { addOrganizationTariff as storeTariff } from "../../server/data/usage-and-rates";
import { readPastedUrdb, ZOrganizationTariffForm } from "../../validation/usage-and-rates";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { succeeded, type ActionState } from "../state";

/** A URDB rate pasted from OpenEI, for options of utilities Gridfolio ships no tariff for; owners and admins only. */
export async function addOrganizationTariff(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("addOrganizationTariff", async () => {
    const access = await authorize("organization", "update");
    const fields = parseForm(ZOrganizationTariffForm, requireForm(formData), "Nothing was saved: some fields need attention.");
    const urdb = readPastedUrdb(fields.urdb);
    await storeTariff(access, { name: fields.name, utility: fields.utility, state: fields.state, urdb });
    revalidatePath("/organization/tariffs");
    return succeeded(`${fields.name} added. Choose it under Usage and rates on any option.`);
  });
}
