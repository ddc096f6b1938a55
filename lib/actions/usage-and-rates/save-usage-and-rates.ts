"use server";

import { revalidatePath } from "next/cache";
import { parseUsageAndRates } from "../../core/bills";
import { todayIsoDate } from "../../core/dates/iso-date";
import { findOrganizationTariff, saveUsageAndRates as storeUsageAndRates } from "../../server/data/usage-and-rates";
import { parseId } from "../../validation/ids";
import { ZVersionField } from "../../validation/option";
import { buildUsageAndRates, tariffChoiceOf } from "../../validation/usage-and-rates";
import { authorizeOption, optionPaths, requireOption } from "../incentives/load-option";
import { optionConflictMessage } from "../messages";
import { requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";
import { productionFormatOf, readGreenButtonUpload, readProductionUpload } from "./uploads";

export type UsageSaveState = ActionState & { version?: number };

/** The stored value, or null when it no longer parses (the form then starts from scratch rather than failing). */
function storedOf(value: unknown) {
  if (value === null || value === undefined) return null;
  try {
    return parseUsageAndRates(value);
  } catch {
    return null;
  }
}

/**
 * Saves the option's usage and rates if nobody saved the option since the page was loaded. Imports are read again
 * from the posted files; an import saved before is kept when no new file is chosen.
 */
export async function saveUsageAndRates(projectId: string, optionId: string, _previous: UsageSaveState, formData: FormData): Promise<UsageSaveState> {
  return runAction("saveUsageAndRates", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const values = requireForm(formData);
    const version = ZVersionField.safeParse(values.version);
    if (!version.success) return failed("The form is missing its version; reload the page and try again.");
    const option = requireOption(found);
    const stored = storedOf(option.usageAndRates);
    const usesFile = (field: string, chosen: string) => values[field] === chosen;
    const greenButton = usesFile("usageSource", "green-button") ? await readGreenButtonUpload(formData as FormData, { state: option.project.state, accountNumber: values.accountNumber?.trim() || null }) : null;
    const production = usesFile("productionSource", "hourly") ? await readProductionUpload(formData as FormData, productionFormatOf(values.productionFormat)) : null;
    const choice = values.tariff ? safeChoice(values.tariff) : null;
    // Only an id's shape can name a rate: anything else finds none (and PostgreSQL cannot compare text holding U+0000).
    const tariffId = choice?.kind === "organization" ? parseId(choice.id) : null;
    const organizationTariff = tariffId ? await findOrganizationTariff(access.organizationId, tariffId) : null;
    const value = buildUsageAndRates(values, { stored, greenButton, production, organizationTariff, utility: option.project.utility, proposalDate: todayIsoDate() });
    const outcome = await storeUsageAndRates(access, { projectId: option.projectId, optionId: option.id, version: version.data }, value);
    if (outcome === "gone") return failed("This option no longer exists; it may have been deleted. Nothing was saved.");
    if (outcome === "conflict") return failed(optionConflictMessage);
    const paths = optionPaths(option);
    revalidatePath(paths.project, "layout");
    return {
      ok: true,
      message: value.savingsFrom === "model" ? "Usage and rates saved. The proposal's bill savings now come from the bill model." : "Usage and rates saved. The typed year-1 savings still count.",
      fieldErrors: {},
      version: version.data + 1,
    };
  });
}

/** The select's value, or null (the form's own check then names the field). */
function safeChoice(value: string) {
  try {
    return tariffChoiceOf(value);
  } catch {
    return null;
  }
}
