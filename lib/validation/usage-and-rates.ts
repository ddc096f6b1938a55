/**
 * The "Usage and rates" form → what an option stores for the bill model (lib/core/bills/usage-and-rates.ts).
 *
 * The form posts strings and, for imports, files. Files are read here as text the action has already size-checked:
 * a Green Button download (XML or CSV) becomes the customer's hourly year, a PVWatts or plain hourly CSV the
 * design's hourly production. Every refusal is a DomainError with the field named (the core's readers name
 * `greenButtonFile`, `productionFile`, `monthlyUsageKwh.<month>`, `urdbRate.<path>`), so the form shows it beside
 * the input and nothing is saved.
 */
import { z } from "zod";
import {
  createCalendar,
  flatTariffInputSchema,
  MONTH_NAMES,
  parseUrdbRate,
  parseUsageAndRates,
  readGreenButton,
  readHourlyProductionCsv,
  readPvwattsHourlyCsv,
  tariffInForce,
  validateMonthlyKwh,
  type StoredProduction,
  type StoredTariff,
  type StoredUsage,
  type UsageAndRates,
} from "../core/bills";
import { validateMonthlyProduction } from "../core/bills/production";
import { DomainError } from "../core/errors/domain-error";
import { readTypedNumber } from "../core/numbers/rules";
import { optionalText, requiredText } from "./fields";

/** Larger than a year of 15-minute Green Button XML (about 4 MB): a bigger file is not one meter's year. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "5 MB";

export const USAGE_FIELD = "monthlyUsageKwh";
export const PRODUCTION_FIELD = "monthlyProductionKwh";
export const GREEN_BUTTON_FIELD = "greenButtonFile";
export const PRODUCTION_FILE_FIELD = "productionFile";

const refuse = (field: string, message: string): DomainError => new DomainError("invalid", message, { [field]: message });

/** An uploaded file as the action hands it over: its name, size in bytes, and (once the size is fine) its text. */
export interface UploadedFile {
  name: string;
  size: number;
}

/** Refuses an empty or oversized upload before its text is read. */
export function checkUpload(field: string, file: UploadedFile): void {
  // The name is saved with the import (a JSON column), where PostgreSQL cannot store U+0000.
  if (file.name.includes("\u0000")) throw refuse(field, "The file's name contains an invisible null character: rename the file and choose it again.");
  if (file.size === 0) throw refuse(field, "The file is empty: download the file again.");
  if (file.size > MAX_UPLOAD_BYTES) {
    const megabytes = (file.size / (1024 * 1024)).toFixed(1);
    throw refuse(field, `The file is ${megabytes} MB; files up to ${MAX_UPLOAD_LABEL} are read. Download one year of interval data (not several years), or hourly rather than 5-minute readings.`);
  }
}

/**
 * No Green Button or production file holds U+0000 (a UTF-16 export read as text is full of them), and the reader's
 * notes, which quote the file (its account number), are saved where PostgreSQL cannot store it.
 */
function refuseNulCharacters(field: string, text: string): void {
  if (text.includes("\u0000")) throw refuse(field, "The file contains invisible null characters, which no usage or production file has: download it again as CSV or XML.");
}

const fileName = (name: string) => (name.trim() || "uploaded file").slice(0, 200);

// ---------------------------------------------------------------------------------------------------------------
// Imports

export interface ImportedSeries {
  fileName: string;
  /** The calendar year the hourly values are laid on. */
  year: number;
  hourlyKwh: number[];
  monthlyKwh: number[];
  /** What the reader did, one sentence each (gaps filled, daylight-saving hours, units), at most 20. */
  notes: string[];
}

/** The year most of a run of dates falls in: a run from 2025-03-15 to 2026-03-14 is 2025's. */
function yearOfRun(firstDate: string): number {
  const year = Number(firstDate.slice(0, 4));
  return firstDate.slice(5) <= "07-02" ? year : year + 1;
}

function limitNotes(notes: readonly string[]): string[] {
  return notes.filter((note) => note.trim() !== "").map((note) => (note.length > 500 ? `${note.slice(0, 497)}…` : note)).slice(0, 20);
}

/**
 * A Green Button file (ESPI XML or a utility's CSV) → the customer's hourly year, on the calendar of the year its
 * readings cover (so weekdays stay the customer's own). `accountNumber`: the customer's, when entered: a file of
 * another account is refused. `utcOffsetHours`: the site's standard time, for XML that does not say.
 */
export function importGreenButton(text: string, options: { fileName: string; accountNumber?: string | null; utcOffsetHours: number; fallbackYear: number }): ImportedSeries {
  refuseNulCharacters(GREEN_BUTTON_FIELD, text);
  const readerOptions = { utcOffsetHours: options.utcOffsetHours, ...(options.accountNumber ? { expectedAccount: options.accountNumber } : {}) };
  let year = options.fallbackYear;
  let usage = readGreenButton(text, createCalendar({ kind: "year", year }), readerOptions);
  const readingsYear = yearOfRun(usage.report.firstDate);
  if (readingsYear !== year && readingsYear >= 2000 && readingsYear <= 2100) {
    year = readingsYear;
    usage = readGreenButton(text, createCalendar({ kind: "year", year }), readerOptions);
  }
  const { report } = usage;
  const notes = [
    `${report.format === "espi-xml" ? "Green Button XML" : "Green Button CSV"}: ${report.readingCount.toLocaleString("en-US")} readings of ${report.intervalMinutes} minutes, ${report.firstDate} to ${report.lastDate}${report.account ? `, account ${report.account}` : ""}.`,
    ...report.daylightSaving,
    ...(report.filledHours > 0 ? [`${report.filledHours} missing hour${report.filledHours === 1 ? " was" : "s were"} filled from the same hour on nearby days: ${report.filledRanges.join("; ")}.`] : []),
    ...report.dropped,
    ...report.warnings,
  ];
  return { fileName: fileName(options.fileName), year, hourlyKwh: Array.from(usage.hourlyKwh), monthlyKwh: usage.monthlyKwh, notes: limitNotes(notes) };
}

export type ProductionFormat = "pvwatts-hourly" | "hourly-csv";

/** A PVWatts hourly export or a plain hourly CSV → hourly production, laid on `year` (the proposal's). */
export function importProduction(text: string, format: ProductionFormat, options: { fileName: string; year: number }): ImportedSeries & { source: ProductionFormat } {
  refuseNulCharacters(PRODUCTION_FILE_FIELD, text);
  const calendar = createCalendar({ kind: "year", year: options.year });
  const production = format === "pvwatts-hourly" ? readPvwattsHourlyCsv(text, calendar) : readHourlyProductionCsv(text, calendar);
  return {
    fileName: fileName(options.fileName),
    year: options.year,
    hourlyKwh: Array.from(production.hourlyKwh),
    monthlyKwh: production.monthlyKwh,
    notes: limitNotes([production.description, ...production.notes]),
    source: format,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The form

const monthFields = (prefix: string) => Object.fromEntries(MONTH_NAMES.map((_, index) => [`${prefix}.${index}`, z.string().optional()]));

/** The posted strings; files travel beside them (the action reads them). */
export const ZUsageAndRatesForm = z.object({
  usageSource: z.enum(["monthly", "green-button"], { error: "Choose where the usage comes from." }),
  ...monthFields(USAGE_FIELD),
  accountNumber: optionalText("the account number", 40),
  productionSource: z.enum(["design", "monthly", "hourly"], { error: "Choose where the production comes from." }),
  ...monthFields(PRODUCTION_FIELD),
  productionFormat: z.enum(["pvwatts-hourly", "hourly-csv"], { error: "Choose the production file's format." }).default("pvwatts-hourly"),
  tariff: z.string({ error: "Choose the customer's rate." }).trim().min(1, "Choose the customer's rate."),
  flatName: optionalText("the rate's name", 200),
  flatDollarsPerKwh: z.string().optional(),
  flatFixedDollarsPerMonth: z.string().optional(),
  flatMinimumDollarsPerMonth: z.string().optional(),
  flatSellDollarsPerKwh: z.string().optional(),
  savingsFrom: z.enum(["model", "typed"], { error: "Choose where the bill savings come from." }).default("model"),
  calendar: z.enum(["proposal-year", "sam"], { error: "Choose the calendar the bills are laid on." }).default("proposal-year"),
});

export type TUsageAndRatesForm = z.infer<typeof ZUsageAndRatesForm>;

/** The tariff select's value: "catalog:<tariffId>", "organization:<id>", "pasted" (the copy the option keeps) or "flat". */
export type TariffChoice = { kind: "catalog"; tariffId: string } | { kind: "organization"; id: string } | { kind: "pasted" } | { kind: "flat" };

export function tariffChoiceOf(value: string): TariffChoice {
  if (value === "flat") return { kind: "flat" };
  if (value === "pasted") return { kind: "pasted" };
  const [kind, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  if (kind === "catalog" && id) return { kind: "catalog", tariffId: id };
  if (kind === "organization" && id) return { kind: "organization", id };
  throw refuse("tariff", "Choose the customer's rate from the list.");
}

/** "PG&E E-TOU-C": the utility and the rate's code, as installers and bills name it (the select's labels, the audit row). */
export function shortTariffName(version: { utility: string; name: string }): string {
  return `${version.utility} ${version.name.split(":")[0]!.trim()}`;
}

/** The words for a stored tariff: a shipped one by its short name, a pasted or flat one by its own. */
export function storedTariffName(tariff: StoredTariff, proposalDate: string): string {
  if (tariff.kind === "catalog") {
    const version = tariffInForce(tariff.tariffId, proposalDate);
    return version ? shortTariffName(version) : tariff.tariffId;
  }
  if (tariff.kind === "urdb") return tariff.name;
  return tariff.input.name ?? `a flat rate of $${tariff.input.dollarsPerKwh}/kWh`;
}

export function tariffChoiceValue(tariff: StoredTariff): string {
  return tariff.kind === "catalog" ? `catalog:${tariff.tariffId}` : tariff.kind === "urdb" ? "pasted" : "flat";
}

/** Twelve typed figures; blank or misspelled months are collected, each named. */
function readMonths(values: Record<string, unknown>, prefix: string, what: "usage" | "production"): { numbers: number[]; errors: Record<string, string> } {
  const numbers: number[] = [];
  const errors: Record<string, string> = {};
  MONTH_NAMES.forEach((month, index) => {
    const raw = values[`${prefix}.${index}`];
    const typed = readTypedNumber(typeof raw === "string" ? raw : "");
    if (!typed.ok) {
      errors[`${prefix}.${index}`] = typed.problem === "blank" ? `Enter ${month}'s ${what} in kWh.` : `${month} ${what} must be a plain number of kWh, like 1,250.`;
      numbers.push(Number.NaN);
    } else {
      numbers.push(typed.value);
    }
  });
  return { numbers, errors };
}

/** Every month's own problem (the core's checks stop at the first), so each input shows its message at once. */
function monthProblems(numbers: number[], prefix: string, check: (months: number[]) => void, fine: number): Record<string, string> {
  const errors: Record<string, string> = {};
  numbers.forEach((value, index) => {
    if (Number.isNaN(value)) return;
    try {
      check(numbers.map((other, at) => (at === index ? value : fine)));
    } catch (error) {
      if (error instanceof DomainError) errors[`${prefix}.${index}`] = error.message;
      else throw error;
    }
  });
  return errors;
}

function refuseAll(errors: Record<string, string>): never {
  const count = Object.keys(errors).length;
  throw new DomainError("invalid", count === 1 ? `Nothing was saved: ${Object.values(errors)[0]}` : `Nothing was saved: ${count} fields need attention.`, errors);
}

/** The 12 monthly usage figures from the customer's bills; 0 and absurd figures refused with the month named. */
export function readMonthlyUsage(values: Record<string, unknown>): number[] {
  const { numbers, errors } = readMonths(values, USAGE_FIELD, "usage");
  const problems = { ...errors, ...monthProblems(numbers, USAGE_FIELD, validateMonthlyKwh, 1) };
  if (Object.keys(problems).length > 0) refuseAll(problems);
  return numbers;
}

export function readMonthlyProduction(values: Record<string, unknown>): number[] {
  const { numbers, errors } = readMonths(values, PRODUCTION_FIELD, "production");
  const problems = { ...errors, ...monthProblems(numbers, PRODUCTION_FIELD, validateMonthlyProduction, 0) };
  if (Object.keys(problems).length > 0) refuseAll(problems);
  return numbers;
}

function optionalDollars(raw: string | undefined, field: string, label: string): number | undefined {
  const typed = readTypedNumber((raw ?? "").replace(/^\$/, ""));
  if (!typed.ok) {
    if (typed.problem === "blank") return undefined;
    throw refuse(field, `${label} must be a plain amount in dollars, like 0.32.`);
  }
  return typed.value;
}

const FLAT_FIELDS = {
  dollarsPerKwh: "flatDollarsPerKwh",
  fixedDollarsPerMonth: "flatFixedDollarsPerMonth",
  minimumDollarsPerMonth: "flatMinimumDollarsPerMonth",
  sellDollarsPerKwh: "flatSellDollarsPerKwh",
} as const;

/** The flat-rate form: a price per kWh (required), a monthly fixed charge, a minimum bill and an export rate. */
export function readFlatTariff(form: TUsageAndRatesForm, utility: string | null): StoredTariff {
  const dollarsPerKwh = optionalDollars(form.flatDollarsPerKwh, FLAT_FIELDS.dollarsPerKwh, "The price per kWh");
  if (dollarsPerKwh === undefined) throw refuse(FLAT_FIELDS.dollarsPerKwh, "Enter the price per kWh from the customer's bill (all charges per kWh added up).");
  const input = {
    ...(form.flatName ? { name: form.flatName } : {}),
    ...(utility ? { utility } : {}),
    dollarsPerKwh,
    ...optionalEntry("fixedDollarsPerMonth", optionalDollars(form.flatFixedDollarsPerMonth, FLAT_FIELDS.fixedDollarsPerMonth, "The fixed charge")),
    ...optionalEntry("minimumDollarsPerMonth", optionalDollars(form.flatMinimumDollarsPerMonth, FLAT_FIELDS.minimumDollarsPerMonth, "The minimum bill")),
    ...optionalEntry("sellDollarsPerKwh", optionalDollars(form.flatSellDollarsPerKwh, FLAT_FIELDS.sellDollarsPerKwh, "The export rate")),
  };
  const parsed = flatTariffInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? "dollarsPerKwh") as keyof typeof FLAT_FIELDS;
    throw refuse(FLAT_FIELDS[key] ?? "flatDollarsPerKwh", `${issue.message}.`);
  }
  return { kind: "flat", input: parsed.data };
}

function optionalEntry<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

export interface UsageAndRatesSources {
  /** What the option stores now (kept when the form keeps an import or a pasted rate without re-uploading). */
  stored: UsageAndRates | null;
  greenButton: ImportedSeries | null;
  production: (ImportedSeries & { source: ProductionFormat }) | null;
  /** The organization's pasted rate the form chose (the action reads it); null when none was chosen. */
  organizationTariff: { name: string; urdb: unknown } | null;
  /** The project's utility, named on a flat rate. */
  utility: string | null;
  /** The proposal's date: the shipped tariff chosen must have a version for it. */
  proposalDate: string;
}

function usageOf(form: TUsageAndRatesForm, values: Record<string, unknown>, sources: UsageAndRatesSources): StoredUsage {
  if (form.usageSource === "monthly") return { kind: "monthly", monthlyKwh: readMonthlyUsage(values) };
  if (sources.greenButton) {
    const { fileName: name, year, hourlyKwh, notes } = sources.greenButton;
    return { kind: "interval", year, hourlyKwh, fileName: name, notes };
  }
  if (sources.stored?.usage.kind === "interval") return sources.stored.usage;
  throw refuse(GREEN_BUTTON_FIELD, "Choose the customer's Green Button file (XML or CSV), or enter 12 months of usage instead.");
}

function productionOf(form: TUsageAndRatesForm, values: Record<string, unknown>, sources: UsageAndRatesSources): StoredProduction {
  if (form.productionSource === "design") return { kind: "design" };
  if (form.productionSource === "monthly") return { kind: "monthly", monthlyKwh: readMonthlyProduction(values) };
  if (sources.production) {
    const { fileName: name, year, hourlyKwh, source } = sources.production;
    return { kind: "hourly", year, hourlyKwh, source, fileName: name };
  }
  if (sources.stored?.production.kind === "hourly") return sources.stored.production;
  throw refuse(PRODUCTION_FILE_FIELD, "Choose the hourly production file (a PVWatts hourly export or a two-column hourly CSV), or use the design's annual production.");
}

function tariffOf(form: TUsageAndRatesForm, sources: UsageAndRatesSources): StoredTariff {
  const choice = tariffChoiceOf(form.tariff);
  switch (choice.kind) {
    case "catalog":
      if (!tariffInForce(choice.tariffId, sources.proposalDate)) throw refuse("tariff", "That rate is not in Gridfolio's list any more: choose another.");
      return { kind: "catalog", tariffId: choice.tariffId };
    case "organization":
      if (!sources.organizationTariff) throw refuse("tariff", "That pasted rate was deleted from your organization's list: choose another.");
      // Checked again as it is copied: a row written before a stricter check must not reach a proposal.
      parseUrdbRate(sources.organizationTariff.urdb);
      return { kind: "urdb", name: sources.organizationTariff.name, urdb: sources.organizationTariff.urdb };
    case "pasted":
      if (sources.stored?.tariff.kind !== "urdb") throw refuse("tariff", "Choose the customer's rate from the list.");
      return sources.stored.tariff;
    case "flat":
      return readFlatTariff(form, sources.utility);
    default: {
      const never: never = choice;
      return never;
    }
  }
}

/**
 * The form and its imports → the option's usage and rates, checked by the stored schema. The export rule is not on
 * the form: it stays what the option had (null, the project's default, unless set elsewhere).
 */
export function buildUsageAndRates(values: Record<string, unknown>, sources: UsageAndRatesSources): UsageAndRates {
  const parsed = ZUsageAndRatesForm.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".") || "_form"] ??= issue.message;
    refuseAll(errors);
  }
  const form = parsed.data;
  return parseUsageAndRates({
    usage: usageOf(form, values, sources),
    production: productionOf(form, values, sources),
    tariff: tariffOf(form, sources),
    exportRule: sources.stored?.exportRule ?? null,
    savingsFrom: form.savingsFrom,
    calendar: form.calendar,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The organization's pasted rates

export const ZOrganizationTariffForm = z.object({
  name: requiredText("a name for the rate", 200),
  utility: optionalText("the utility", 200),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || /^[A-Z]{2}$/.test(value), "The state is its two-letter code, like CA."),
  urdb: z.string({ error: "Paste the rate's JSON from OpenEI." }).trim().min(1, "Paste the rate's JSON from OpenEI.").max(1_000_000, "The pasted rate is longer than 1,000,000 characters: paste one rate."),
});

export type TOrganizationTariffForm = z.infer<typeof ZOrganizationTariffForm>;

/**
 * A URDB rate nests 4 levels (energyratestructure › period › tier › field). JSON a few thousand levels deep parses,
 * but JSON.stringify (and so the write) overflows the stack on it.
 */
const MAX_URDB_DEPTH = 32;

function isNestedDeeperThan(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (depth === 0) return true;
  return Object.values(value).some((child) => isNestedDeeperThan(child, depth - 1));
}

/** The pasted text → the URDB rate object, refused with the URDB field named (`urdbRate.energyweekdayschedule[6][17]`). */
export function readPastedUrdb(text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Only where it breaks: the engine's own text quotes the pasted text back ("[object Object]" is not valid JSON).
    const position = error instanceof Error ? /at position (\d+)/.exec(error.message) : null;
    throw refuse("urdb", `The pasted text is not JSON${position ? ` (it breaks at character ${Number(position[1]) + 1})` : ""}: copy the rate's JSON from OpenEI again, from the first { to the last }.`);
  }
  if (isNestedDeeperThan(json, MAX_URDB_DEPTH)) throw refuse("urdb", `The pasted text nests lists or objects more than ${MAX_URDB_DEPTH} deep: it is not a URDB rate. Copy the rate's JSON from OpenEI again.`);
  // PostgreSQL cannot store U+0000 in a JSON string: refuse it here rather than fail at the write.
  if (JSON.stringify(json)?.includes("\\u0000")) throw refuse("urdb", "The pasted rate contains an invisible null character (\\u0000): copy the rate's JSON from OpenEI again.");
  try {
    parseUrdbRate(json);
  } catch (error) {
    // The core names the URDB path (urdbRate.…); the form has one box, so the message goes there with the path in it.
    if (error instanceof DomainError) throw new DomainError("invalid", error.message, { urdb: error.message, ...error.fieldErrors });
    throw error;
  }
  const candidate = json as { items?: unknown[] };
  return Array.isArray(candidate.items) ? candidate.items[0] : json;
}
