"use client";

import { InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { BATTERY_BOUNDS } from "@/lib/core/equipment/bounds";
import { ZCustomBatteryModelForm } from "@/lib/validation/price-list";
import { useSettingsAction, type SettingsAction } from "./use-settings-action";

const { usableKwh, continuousKw, roundTripEfficiency, warrantyYears } = BATTERY_BOUNDS;

/** A battery the catalog lacks, with its datasheet's figures, for the option form's "Your models". */
export function BatteryModelForm({ action }: { action: SettingsAction }) {
  const { state, formAction, generation, errors, onBlur, onChange, onSubmit } = useSettingsAction(action, ZCustomBatteryModelForm, { resetOnSuccess: true });
  const id = (name: string) => `own-model-${name}`;
  const number = { inputMode: "decimal" as const };
  return (
    <div className="space-y-3">
      <form key={generation} action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField id={id("manufacturer")} name="manufacturer" label="Manufacturer" error={errors.manufacturer} placeholder="Acme Storage" autoComplete="off" />
          <InputField id={id("model")} name="model" label="Model" error={errors.model} placeholder="Home 12" autoComplete="off" />
          <InputField id={id("kwh")} name="usableKwh" label="Usable energy per unit" unit="kWh" error={errors.usableKwh} hint={`Up to ${usableKwh.max} kWh.`} {...number} />
          <InputField id={id("kw")} name="continuousKw" label="Continuous power per unit" unit="kW" error={errors.continuousKw} hint={`Up to ${continuousKw.max} kW.`} {...number} />
          <InputField
            id={id("efficiency")}
            name="roundTripEfficiencyPercent"
            label="Round-trip efficiency"
            unit="%"
            error={errors.roundTripEfficiencyPercent}
            hint={`${roundTripEfficiency.min * 100} to ${roundTripEfficiency.max * 100}%.`}
            {...number}
          />
          <InputField id={id("warranty")} name="warrantyYears" label="Warranty" unit="years" inputMode="numeric" error={errors.warrantyYears} hint={`${warrantyYears.min} to ${warrantyYears.max} years.`} />
          <InputField id={id("datasheet")} name="datasheetUrl" label="Datasheet address" unit="optional" type="url" inputMode="url" error={errors.datasheetUrl} placeholder="https://…/datasheet.pdf" className="sm:col-span-2" />
          <InputField id={id("price")} name="unitCents" label="Price per unit" unit="$, optional" error={errors.unitCents} hint="Blank uses your battery price per unit." {...number} />
        </div>
        <SubmitButton pendingLabel="Adding…">Add battery model</SubmitButton>
      </form>
      <FormStatus ok={state.ok} message={state.message} />
    </div>
  );
}
