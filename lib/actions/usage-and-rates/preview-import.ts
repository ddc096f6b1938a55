"use server";

import { DomainError } from "../../core/errors/domain-error";
import { GREEN_BUTTON_FIELD, PRODUCTION_FILE_FIELD } from "../../validation/usage-and-rates";
import { authorizeOption, requireOption } from "../incentives/load-option";
import { requireForm } from "../prologue";
import { runAction } from "../run-action";
import type { ActionState } from "../state";
import { productionFormatOf, readGreenButtonUpload, readProductionUpload } from "./uploads";

/** What an import would store, for the installer to check before saving: 12 monthly totals and the reader's notes. */
export interface ImportPreview {
  kind: "usage" | "production";
  fileName: string;
  year: number;
  monthlyKwh: number[];
  totalKwh: number;
  notes: string[];
}

export type PreviewState = ActionState & { preview?: ImportPreview };

/**
 * Reads an uploaded Green Button or production file and answers with its monthly totals and notes. Saves nothing:
 * the form's Save reads the same file again.
 */
export async function previewImport(projectId: string, optionId: string, _previous: PreviewState, formData: FormData): Promise<PreviewState> {
  return runAction("previewImport", async () => {
    const { option: found } = await authorizeOption("update", projectId, optionId);
    const values = requireForm(formData);
    const option = requireOption(found, "This option no longer exists; it may have been deleted.");
    const kind = values.kind === "production" ? "production" : "usage";
    const imported =
      kind === "usage"
        ? await readGreenButtonUpload(formData as FormData, { state: option.project.state, accountNumber: values.accountNumber?.trim() || null })
        : await readProductionUpload(formData as FormData, productionFormatOf(values.productionFormat));
    if (!imported) {
      const field = kind === "usage" ? GREEN_BUTTON_FIELD : PRODUCTION_FILE_FIELD;
      throw new DomainError("invalid", "Choose a file to preview.", { [field]: "Choose a file to preview." });
    }
    const totalKwh = imported.monthlyKwh.reduce((sum, kwh) => sum + kwh, 0);
    const preview: ImportPreview = { kind, fileName: imported.fileName, year: imported.year, monthlyKwh: imported.monthlyKwh, totalKwh, notes: imported.notes };
    return { ok: true, message: `${imported.fileName} read: ${Math.round(totalKwh).toLocaleString("en-US")} kWh over the year. Nothing is saved until you save.`, fieldErrors: {}, preview };
  });
}
