"use client";

import { InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { catalogPriceField, ZPriceListForm } from "@/lib/validation/price-list";
import { useSettingsAction, type SettingsAction } from "./use-settings-action";

export type PriceListValues = {
  /** Dollars per watt as typed: "2.90". */
  solarCentsPerWatt: string;
  batteryUnitCents: string;
  /** By catalog id, dollars as typed; blank: no price of its own. */
  catalogUnitCents: Record<string, string>;
};

export type CatalogModelRow = { id: string; name: string; isExpansion: boolean };

/** Solar per watt, a default battery price and, optionally, each catalog model's own price, saved together. */
export function PriceListForm({ action, values, catalogModels }: { action: SettingsAction; values: PriceListValues; catalogModels: CatalogModelRow[] }) {
  const { state, formAction, errors, onBlur, onChange, onSubmit } = useSettingsAction(action, ZPriceListForm);
  return (
    <form action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          name="solarCentsPerWatt"
          label="Solar price per watt"
          unit="$ per W DC"
          inputMode="decimal"
          defaultValue={values.solarCentsPerWatt}
          error={errors.solarCentsPerWatt}
          placeholder="2.90"
          hint="Installed price; a new option's solar cost is its size in watts times this."
        />
        <InputField
          name="batteryUnitCents"
          label="Battery price per unit"
          unit="$, optional"
          inputMode="decimal"
          defaultValue={values.batteryUnitCents}
          error={errors.batteryUnitCents}
          placeholder="12,000"
          hint="For any battery without a price of its own below."
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Catalog batteries (optional)</legend>
        <p className="text-xs text-slate-500">Installed price of one unit. Blank uses the battery price above; an expansion has no default and needs its own price.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {catalogModels.map((model) => {
            const name = catalogPriceField(model.id);
            return (
              <InputField
                key={model.id}
                name={name}
                label={model.name}
                unit={model.isExpansion ? "$ per expansion" : "$ per unit"}
                inputMode="decimal"
                defaultValue={values.catalogUnitCents[model.id] ?? ""}
                error={errors[name]}
              />
            );
          })}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save prices</SubmitButton>
        <FormStatus ok={state.ok} message={state.message} />
      </div>
    </form>
  );
}
