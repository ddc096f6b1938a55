"use client";

import { startTransition, useActionState, useState } from "react";
import { FormSection, InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { BatteryPicker, batterySelectionOf, type BatterySelection } from "@/components/options/battery-picker";
import { CostField, priceListCosts } from "@/components/options/cost-field";
import { ButtonLink } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/state";
import { matchPickValue, type OwnBatteryModel } from "@/lib/core/equipment";
import { WARRANTY_DEFAULTS, type ReplaceableComponent } from "@/lib/core/financing/replacements";
import type { PriceDefaults } from "@/lib/core/pricing-defaults/default-costs";
import type { OptionFormValues } from "@/lib/validation/form-values";
import { ZOptionFormSchema } from "@/lib/validation/option";

type OptionAction = (state: ActionState & { version?: number }, formData: FormData) => Promise<ActionState & { version?: number }>;

export function OptionForm({
  action,
  initial,
  version,
  submitLabel,
  cancelHref,
  savedMessage,
  prices = null,
  ownBatteryModels = [],
}: {
  action: OptionAction;
  initial: OptionFormValues;
  version?: number;
  submitLabel: string;
  cancelHref: string;
  savedMessage?: string;
  /** The organization's price list, for a new option only: its costs start from it. Null: costs start as `initial` says. */
  prices?: PriceDefaults | null;
  /** The organization's own battery models, listed in the picker beside the catalog's. */
  ownBatteryModels?: readonly OwnBatteryModel[];
}) {
  const [state, formAction] = useActionState(action, { ok: Boolean(savedMessage), message: savedMessage ?? null, fieldErrors: {}, version });
  const { errors, onBlur, onChange, onSubmit } = useValidatedForm(ZOptionFormSchema, state.fieldErrors, (formData) => startTransition(() => formAction(formData)));
  const currentVersion = state.version ?? version;
  const [battery, setBattery] = useState<BatterySelection>(() => {
    const match = matchPickValue(initial.batteryModel, ownBatteryModels);
    return batterySelectionOf(match.value, match.expansions, Number(initial.batteryCount), ownBatteryModels);
  });
  const [pvKw, setPvKw] = useState(initial.pvKw);
  const costs = prices ? priceListCosts(prices, pvKw, battery) : null;
  const number = { inputMode: "decimal" as const };

  return (
    <form action={formAction} onSubmit={onSubmit} onBlur={onBlur} onChange={onChange} noValidate className="rounded-xl border border-slate-200 bg-white shadow-sm">
      {currentVersion !== undefined ? <input type="hidden" name="version" value={currentVersion} /> : null}
      <FormSection title="Design" description="A name the customer will recognise in the proposal.">
        <InputField name="name" label="Option name" defaultValue={initial.name} error={errors.name} className="sm:col-span-2" placeholder="Option A — 8.4 kW + Powerwall 3" />
        <InputField name="pvKw" label="PV size" unit="kW DC" defaultValue={initial.pvKw} onChange={(event) => setPvKw(event.target.value)} error={errors.pvKw} {...number} />
        <InputField name="annualProductionKwh" label="Annual production" unit="kWh" defaultValue={initial.annualProductionKwh} error={errors.annualProductionKwh} {...number} />
      </FormSection>
      <FormSection title="Battery" description="Grid Services programs need a battery. Leave the count at 0 for solar only.">
        <BatteryPicker initial={initial} errors={errors} ownModels={ownBatteryModels} onSelectionChange={setBattery} />
        <InputField name="reservePercent" label="Backup reserve" unit="%" defaultValue={initial.reservePercent} error={errors.reservePercent} hint="Share the homeowner keeps for outages." {...number} />
        <InputField
          name="batteryFadePercent"
          label="Capacity fade"
          unit="% / year"
          defaultValue={initial.batteryFadePercent}
          error={errors.batteryFadePercent}
          hint="Share of the original capacity lost each year. 3% is the common warranty floor (70% after 10 years); program payments follow it."
          {...number}
        />
      </FormSection>
      <FormSection title="Price" description="Line items of the pricing table, before incentives.">
        <CostField name="solarCostCents" label="Solar" initial={initial.solarCostCents} error={errors.solarCostCents} fromPrices={costs?.solar ?? null} />
        <CostField name="batteryCostCents" label="Battery" initial={initial.batteryCostCents} error={errors.batteryCostCents} hint="Installed battery system cost; caps some incentives." fromPrices={costs?.battery ?? null} />
        <CostField name="otherCostCents" label="Other costs" initial={initial.otherCostCents} error={errors.otherCostCents} hint="Permits, main panel upgrade, trenching…" fromPrices={costs?.other ?? null} />
        <InputField name="billSavingsYear1Cents" label="Year-1 bill savings" unit="$" defaultValue={initial.billSavingsYear1Cents} error={errors.billSavingsYear1Cents} hint="From your design tool. Once the option's usage and rates are entered, Gridfolio models the bills hour by hour, and this figure counts only where you choose it there." {...number} />
      </FormSection>
      <FormSection title="Finance assumptions" description="Used for savings, payback, ROI and NPV.">
        <InputField name="horizonYears" label="Horizon" unit="years" defaultValue={initial.horizonYears} error={errors.horizonYears} inputMode="numeric" />
        <InputField name="utilityEscalationPercent" label="Utility rate escalation" unit="% / year" defaultValue={initial.utilityEscalationPercent} error={errors.utilityEscalationPercent} {...number} />
        <InputField name="discountRatePercent" label="Discount rate" unit="%" defaultValue={initial.discountRatePercent} error={errors.discountRatePercent} {...number} />
        <InputField name="degradationPercent" label="Panel degradation" unit="% / year" defaultValue={initial.degradationPercent} error={errors.degradationPercent} {...number} />
      </FormSection>
      <FormSection title="Upkeep and replacements" description="What keeping the system running costs. It is taken off the savings in the year it is paid.">
        <InputField name="omCostYearlyCents" label="Yearly O&M cost" unit="$" defaultValue={initial.omCostYearlyCents} error={errors.omCostYearlyCents} hint="Monitoring, cleaning, service plan: the first year's cost." {...number} />
        <InputField
          name="omEscalationPercent"
          label="O&M escalation"
          unit="% / year"
          defaultValue={initial.omEscalationPercent}
          error={errors.omEscalationPercent}
          hint="How much the O&M cost rises each year. 0 keeps it the same every year."
          {...number}
        />
        <InputField
          name="inverterReplacementCents"
          label="Inverter replacement"
          unit="$"
          defaultValue={initial.inverterReplacementCents}
          error={errors.inverterReplacementCents}
          hint="Today's installed price of a new inverter. Leave blank to leave it out (microinverters outlast the horizon)."
          {...number}
        />
        <InputField
          name="inverterWarrantyYears"
          label="Inverter warranty"
          unit="years"
          defaultValue={initial.inverterWarrantyYears}
          error={errors.inverterWarrantyYears}
          hint={<WarrantyHint component="inverter" />}
          inputMode="numeric"
        />
        <InputField
          name="batteryReplacementCents"
          label="Battery replacement"
          unit="$"
          defaultValue={initial.batteryReplacementCents}
          error={errors.batteryReplacementCents}
          hint="Today's installed price of a new battery. Leave blank to leave it out."
          {...number}
        />
        <InputField
          name="batteryWarrantyYears"
          label="Battery warranty"
          unit="years"
          defaultValue={initial.batteryWarrantyYears}
          error={errors.batteryWarrantyYears}
          hint={<WarrantyHint component="battery" datasheetYears={battery.warrantyYears} />}
          inputMode="numeric"
        />
      </FormSection>
      <FormSection title="Today's electric bill" description="Shows the homeowner year 1 month by month: today's bill beside the bill with the system.">
        <InputField
          name="billTodayMonthlyCents"
          label="Average monthly bill today"
          unit="$"
          defaultValue={initial.billTodayMonthlyCents}
          error={errors.billTodayMonthlyCents}
          hint="Before the system, from the homeowner's last 12 bills. Leave blank if you do not have them."
          {...number}
        />
      </FormSection>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 bg-slate-50/60 px-5 py-4">
        <FormStatus ok={state.ok} message={state.message} />
        <div className="flex gap-2">
          <ButtonLink href={cancelHref} variant="secondary">
            Back to project
          </ButtonLink>
          <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        </div>
      </div>
    </form>
  );
}

/** The default a blank warranty stands for, with its source. */
function WarrantyHint({ component, datasheetYears = null }: { component: ReplaceableComponent; datasheetYears?: number | null }) {
  const warranty = WARRANTY_DEFAULTS[component];
  return (
    <>
      {datasheetYears === null ? null : `Datasheet: ${datasheetYears} years. `}
      Replaced when it runs out. Blank: {warranty.years} years, from{" "}
      <a href={warranty.sourceUrl} className="underline" target="_blank" rel="noreferrer">
        {warranty.sourceTitle}
      </a>
      .
    </>
  );
}
