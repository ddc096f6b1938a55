"use client";

import { startTransition, useActionState, useState, type ChangeEvent, type ReactNode } from "react";
import { InputField, SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { Disclosure } from "@/components/ui/disclosure";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PreviewState } from "@/lib/actions/usage-and-rates/preview-import";
import type { UsageSaveState } from "@/lib/actions/usage-and-rates/save-usage-and-rates";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { GREEN_BUTTON_FIELD, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, PRODUCTION_FIELD, PRODUCTION_FILE_FIELD, USAGE_FIELD, type ProductionFormat } from "@/lib/validation/usage-and-rates";
import { ImportPreview, type ImportPreviewData } from "./import-preview";
import { MonthInputs } from "./month-inputs";

export interface StoredImport {
  title: string;
  monthlyKwh: number[];
  totalKwh: number;
  notes: string[];
}

export interface UsageFormInitial {
  usageSource: "monthly" | "green-button";
  monthlyUsageKwh: string[];
  storedUsageFile: StoredImport | null;
  productionSource: "design" | "monthly" | "hourly";
  monthlyProductionKwh: string[];
  productionFormat: ProductionFormat;
  storedProductionFile: StoredImport | null;
  tariff: string;
  flat: { name: string; dollarsPerKwh: string; fixedDollarsPerMonth: string; minimumDollarsPerMonth: string; sellDollarsPerKwh: string };
  savingsFrom: "model" | "typed";
  calendar: "proposal-year" | "sam";
}

export interface TariffGroup {
  label: string;
  options: { value: string; label: string }[];
}

type Action<S> = (state: S, formData: FormData) => Promise<S>;

function RadioGroup<V extends string>({ name, legend, value, onChange, choices, error }: { name: string; legend: string; value: V; onChange: (value: V) => void; choices: { value: V; label: ReactNode; hint?: ReactNode }[]; error?: string }) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId}>
      <legend className="mb-2 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="space-y-2">
        {choices.map((choice) => (
          <label key={choice.value} className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} className="mt-0.5 accent-brand-600" />
            <span>
              <span className="text-slate-900">{choice.label}</span>
              {choice.hint ? <span className="block text-xs text-slate-600">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          ⚠ {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function FileField({ name, label, hint, accept, error, onFile }: { name: string; label: string; hint: string; accept: string; error?: string; onFile: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const id = `field-${name}`;
  const describedBy = [error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        onChange={onFile}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 flex items-start gap-1 text-sm text-red-700">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Section({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 border-t border-slate-100 px-5 py-5 first:border-t-0">
      <div>
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <p className="mt-0.5 text-sm text-slate-600">{description}</p>
      </div>
      {children}
    </section>
  );
}

const previewOf = (state: PreviewState, kind: "usage" | "production"): ImportPreviewData | null =>
  state.ok && state.preview && state.preview.kind === kind
    ? { title: `${state.preview.fileName}: ${kind === "usage" ? "usage" : "production"} laid on ${state.preview.year}`, monthlyKwh: state.preview.monthlyKwh, totalKwh: state.preview.totalKwh, notes: state.preview.notes }
    : null;

/**
 * The option's usage, production and rate, with previews of imports before they are saved. One form: Save reads the
 * chosen files again, so what was previewed is what is saved. A refused save keeps everything chosen and typed.
 */
export function UsageAndRatesForm({
  initial,
  version,
  tariffGroups,
  exportRules,
  designProduction,
  typedYear1,
  hasStored,
  save,
  clear,
  preview,
}: {
  initial: UsageFormInitial;
  version: number;
  tariffGroups: TariffGroup[];
  /** The export rule each tariff choice gets by default (the project's framework), with why. */
  exportRules: Record<string, { text: string; note: string | null }>;
  designProduction: string;
  typedYear1: string;
  hasStored: boolean;
  save: Action<UsageSaveState>;
  clear: Action<ActionState>;
  preview: Action<PreviewState>;
}) {
  const [usageSource, setUsageSource] = useState(initial.usageSource);
  const [productionSource, setProductionSource] = useState(initial.productionSource);
  const [tariff, setTariff] = useState(initial.tariff);
  const [savingsFrom, setSavingsFrom] = useState(initial.savingsFrom);
  const [calendar, setCalendar] = useState(initial.calendar);
  const [productionFormat, setProductionFormat] = useState<ProductionFormat>(initial.productionFormat);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [state, saveAction] = useActionState(save, initialActionState as UsageSaveState);
  const [clearState, clearAction] = useActionState(clear, initialActionState);
  const [usagePreview, previewUsage] = useActionState(preview, initialActionState as PreviewState);
  const [productionPreview, previewProduction] = useActionState(preview, initialActionState as PreviewState);
  const currentVersion = Math.max(version, state.version ?? 0);
  const errors = { ...usagePreview.fieldErrors, ...productionPreview.fieldErrors, ...state.fieldErrors, ...localErrors };
  const exportRule = exportRules[tariff] ?? exportRules.default;

  /** A chosen file is previewed at once (nothing is saved); one over the size cap is refused here, before upload. */
  const onFile = (kind: "usage" | "production") => (event: ChangeEvent<HTMLInputElement>) => {
    const field = kind === "usage" ? GREEN_BUTTON_FIELD : PRODUCTION_FILE_FIELD;
    const file = event.currentTarget.files?.[0];
    const form = event.currentTarget.form;
    setLocalErrors((previous) => {
      const next = { ...previous };
      delete next[field];
      return next;
    });
    if (!file || !form) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setLocalErrors((previous) => ({ ...previous, [field]: `${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB; files up to ${MAX_UPLOAD_LABEL} are read. Download one year of interval data.` }));
      return;
    }
    const formData = new FormData();
    formData.set("kind", kind);
    formData.set(field, file);
    const all = new FormData(form);
    for (const name of ["accountNumber", "productionFormat"]) formData.set(name, String(all.get(name) ?? ""));
    startTransition(() => (kind === "usage" ? previewUsage : previewProduction)(formData));
  };

  const usagePreviewData = previewOf(usagePreview, "usage");
  const productionPreviewData = previewOf(productionPreview, "production");

  return (
    <div className="space-y-4">
      <form action={saveAction} onSubmit={submitKeepingValues(saveAction)} noValidate className="rounded-xl border border-slate-200 bg-white shadow-sm" aria-label="Usage and rates">
        <input type="hidden" name="version" value={currentVersion} />
        <Section id="usage-heading" title="Usage" description="What the home uses from the grid today, before solar: from the customer's bills or the utility's meter data.">
          <RadioGroup
            name="usageSource"
            legend="Where the usage comes from"
            value={usageSource}
            onChange={setUsageSource}
            choices={[
              { value: "monthly", label: "12 monthly figures from the customer's bills", hint: "Each month is spread over the hours by a typical home's day." },
              { value: "green-button", label: "A Green Button download from the utility", hint: "The customer's own hourly or 15-minute readings (XML or CSV, from “Download my data”)." },
            ]}
          />
          {usageSource === "monthly" ? (
            <MonthInputs prefix={USAGE_FIELD} legend="kWh on each month's bill" values={initial.monthlyUsageKwh} errors={errors} />
          ) : (
            <div className="space-y-3">
              <div className="grid gap-4 sm:grid-cols-2">
                <FileField name={GREEN_BUTTON_FIELD} label="Green Button file" accept=".xml,.csv,text/csv,application/xml,text/xml" hint={`XML or CSV, one year or more, up to ${MAX_UPLOAD_LABEL}.${initial.storedUsageFile ? " Leave empty to keep the saved file." : ""}`} error={errors[GREEN_BUTTON_FIELD]} onFile={onFile("usage")} />
                <InputField name="accountNumber" label="Account number on the customer's bill" unit="optional" autoComplete="off" hint="When entered, a file of another account is refused." error={errors.accountNumber} />
              </div>
              <div aria-live="polite">
                {usagePreviewData ? <ImportPreview id="usage-preview" preview={usagePreviewData} /> : initial.storedUsageFile ? <ImportPreview id="usage-saved" preview={initial.storedUsageFile} /> : null}
              </div>
            </div>
          )}
        </Section>

        <Section id="production-heading" title="Production" description="What the system makes, hour by hour. Say which one your design tool gives you.">
          <RadioGroup
            name="productionSource"
            legend="Where the production comes from"
            value={productionSource}
            onChange={setProductionSource}
            choices={[
              { value: "design", label: `The option's annual production (${designProduction})`, hint: "Spread over the year by the sun's path at the site's state." },
              { value: "monthly", label: "12 monthly figures from the design tool" },
              { value: "hourly", label: "An hourly file from the design tool", hint: "A PVWatts hourly export, or a two-column hourly CSV (time, kWh)." },
            ]}
          />
          {productionSource === "monthly" ? <MonthInputs prefix={PRODUCTION_FIELD} legend="kWh produced each month" values={initial.monthlyProductionKwh} errors={errors} /> : null}
          {productionSource === "hourly" ? (
            <div className="space-y-3">
              <div className="grid gap-4 sm:grid-cols-2">
                <SelectField
                  name="productionFormat"
                  label="File format"
                  value={productionFormat}
                  onChange={(event) => setProductionFormat(event.currentTarget.value as ProductionFormat)}
                  options={[
                    { value: "pvwatts-hourly", label: "PVWatts hourly export (8,760 rows)" },
                    { value: "hourly-csv", label: "Hourly CSV: one row per hour, kWh last" },
                  ]}
                />
                <FileField name={PRODUCTION_FILE_FIELD} label="Hourly production file" accept=".csv,text/csv" hint={`CSV, up to ${MAX_UPLOAD_LABEL}.${initial.storedProductionFile ? " Leave empty to keep the saved file." : ""}`} error={errors[PRODUCTION_FILE_FIELD]} onFile={onFile("production")} />
              </div>
              <div aria-live="polite">
                {productionPreviewData ? <ImportPreview id="production-preview" preview={productionPreviewData} /> : initial.storedProductionFile ? <ImportPreview id="production-saved" preview={initial.storedProductionFile} /> : null}
              </div>
            </div>
          ) : null}
        </Section>

        <Section id="rate-heading" title="Rate" description="The customer's electricity rate, from the utility's tariff: Gridfolio's shipped rates, your organization's pasted ones, or a flat price.">
          <div>
            <label htmlFor="field-tariff" className="mb-1 block text-sm font-medium text-slate-800">
              Customer&apos;s rate
            </label>
            <select
              id="field-tariff"
              name="tariff"
              value={tariff}
              onChange={(event) => setTariff(event.currentTarget.value)}
              aria-invalid={errors.tariff ? true : undefined}
              aria-describedby={errors.tariff ? "field-tariff-error" : undefined}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
            >
              {tariffGroups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {errors.tariff ? (
              <p id="field-tariff-error" className="mt-1 text-sm text-red-700">
                ⚠ {errors.tariff}
              </p>
            ) : null}
          </div>
          {tariff === "flat" ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <InputField name="flatName" label="Name of the rate" unit="optional" defaultValue={initial.flat.name} error={errors.flatName} placeholder="Residential service" />
              <InputField name="flatDollarsPerKwh" label="Price per kWh, all charges" unit="$" inputMode="decimal" defaultValue={initial.flat.dollarsPerKwh} error={errors.flatDollarsPerKwh} placeholder="0.28" hint="Supply and delivery per kWh added up, from the customer's bill." />
              <InputField name="flatFixedDollarsPerMonth" label="Fixed charge a month" unit="$, optional" inputMode="decimal" defaultValue={initial.flat.fixedDollarsPerMonth} error={errors.flatFixedDollarsPerMonth} />
              <InputField name="flatMinimumDollarsPerMonth" label="Minimum bill a month" unit="$, optional" inputMode="decimal" defaultValue={initial.flat.minimumDollarsPerMonth} error={errors.flatMinimumDollarsPerMonth} />
              <InputField name="flatSellDollarsPerKwh" label="Export rate per kWh" unit="$, optional" inputMode="decimal" defaultValue={initial.flat.sellDollarsPerKwh} error={errors.flatSellDollarsPerKwh} hint="What the utility pays for a kWh sent to the grid, where it pays a rate." />
            </div>
          ) : null}
          {exportRule ? (
            <div className="rounded-md bg-slate-50 px-3 py-2 text-sm">
              <p className="font-medium text-slate-900">Exports: the project&apos;s default</p>
              <p className="text-slate-700">{exportRule.text}</p>
              {exportRule.note ? <p className="mt-1 text-slate-600">{exportRule.note}</p> : null}
            </div>
          ) : null}
        </Section>

        <Section id="savings-heading" title="Year-1 bill savings" description="Which figure the proposal counts.">
          <RadioGroup
            name="savingsFrom"
            legend="Year-1 bill savings from"
            value={savingsFrom}
            onChange={setSavingsFrom}
            choices={[
              { value: "model", label: "The bill model", hint: "Computed hour by hour from the usage, production and rate above." },
              { value: "typed", label: `The figure typed on the option (from my design tool): ${typedYear1}`, hint: "The usage and rates are kept and shown for comparison, but not counted." },
            ]}
          />
          <Disclosure summary="Advanced: the year's calendar">
            <RadioGroup
              name="calendar"
              legend="Calendar of the hourly year"
              value={calendar}
              onChange={setCalendar}
              choices={[
                { value: "proposal-year", label: "The proposal's year", hint: "Its real weekdays, holidays, leap day and daylight saving time." },
                { value: "sam", label: "NREL SAM's convention", hint: "1 January a Monday, 365 days, no holidays: to compare with SAM." },
              ]}
            />
          </Disclosure>
        </Section>

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 px-5 py-4">
          <SubmitButton pendingLabel="Saving…">Save usage and rates</SubmitButton>
          <FormStatus ok={state.ok} message={state.message} />
        </div>
      </form>
      {hasStored ? (
        <form action={clearAction} onSubmit={submitKeepingValues(clearAction)} className="flex flex-wrap items-center gap-3" aria-label="Clear usage and rates">
          <input type="hidden" name="version" value={currentVersion} />
          <SubmitButton pendingLabel="Clearing…" variant="secondary">
            Clear usage and rates
          </SubmitButton>
          <p className="text-sm text-slate-600">The typed year-1 figure counts again.</p>
          <FormStatus ok={clearState.ok} message={clearState.message} />
        </form>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {usagePreview.message ?? ""} {productionPreview.message ?? ""}
      </p>
    </div>
  );
}
