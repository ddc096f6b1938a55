/**
 * The files a "Usage and rates" form posts, read for the importers: an empty file input posts a nameless, empty
 * File, which is "no file". Each file's size is checked before its text is read, so a 50 MB upload is refused
 * with a sentence instead of being held in memory.
 */
import { siteForState } from "../../core/bills";
import { todayIsoDate } from "../../core/dates/iso-date";
import {
  checkUpload,
  GREEN_BUTTON_FIELD,
  importGreenButton,
  importProduction,
  PRODUCTION_FILE_FIELD,
  type ImportedSeries,
  type ProductionFormat,
} from "../../validation/usage-and-rates";

function fileOf(formData: FormData, field: string): File | null {
  const entry = formData.get(field);
  if (!(entry instanceof File) || (entry.size === 0 && entry.name === "")) return null;
  return entry;
}

async function textOf(field: string, file: File): Promise<string> {
  checkUpload(field, { name: file.name, size: file.size });
  return file.text();
}

/** The proposal's year: hourly production is laid on it, and Green Button files without a year of their own too. */
export const proposalYear = () => Number(todayIsoDate().slice(0, 4));

export async function readGreenButtonUpload(formData: FormData, context: { state: string; accountNumber: string | null }): Promise<ImportedSeries | null> {
  const file = fileOf(formData, GREEN_BUTTON_FIELD);
  if (!file) return null;
  const text = await textOf(GREEN_BUTTON_FIELD, file);
  return importGreenButton(text, { fileName: file.name, accountNumber: context.accountNumber, utcOffsetHours: siteForState(context.state).site.utcOffsetHours!, fallbackYear: proposalYear() });
}

export async function readProductionUpload(formData: FormData, format: ProductionFormat): Promise<(ImportedSeries & { source: ProductionFormat }) | null> {
  const file = fileOf(formData, PRODUCTION_FILE_FIELD);
  if (!file) return null;
  const text = await textOf(PRODUCTION_FILE_FIELD, file);
  return importProduction(text, format, { fileName: file.name, year: proposalYear() });
}

export const productionFormatOf = (value: string | undefined): ProductionFormat => (value === "hourly-csv" ? "hourly-csv" : "pvwatts-hourly");
