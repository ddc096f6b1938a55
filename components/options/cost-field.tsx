"use client";

/**
 * The option form's cost fields and the costs a new option starts with from the organization's price list
 * (lib/core/pricing-defaults): a field follows its price-list figure until the installer types their own.
 */
import { useState, type ReactNode } from "react";
import { InputField } from "@/components/forms/field";
import type { BatterySelection } from "@/components/options/battery-picker";
import { formatNumber, formatUsd } from "@/lib/core/money";
import { readTypedNumber } from "@/lib/core/numbers/rules";
import { batteryCostCents, batteryUnitCents, otherCostCents, solarCostCents, type PriceDefaults } from "@/lib/core/pricing-defaults/default-costs";
import { moneyInput } from "@/lib/validation/fields";
import { centsToDollarsInput } from "@/lib/validation/form-values";

/** A cost from the price list: the amount (null when the list cannot price it yet) and how it was reached, in words. */
export type PricedCost = { cents: number | null; basis: string };

/** The three costs a new option starts with, from the price list, the PV size as typed and the battery line. */
export function priceListCosts(prices: PriceDefaults, pvKwText: string, battery: BatterySelection): { solar: PricedCost; battery: PricedCost; other: PricedCost | null } {
  const typed = readTypedNumber(pvKwText);
  const pvKw = typed.ok ? typed.value : Number.NaN;
  const perWatt = `${formatUsd(prices.solarCentsPerWatt, { cents: true })}/W`;
  const unit = batteryUnitCents(prices, battery.battery);
  const name = battery.modelName ?? "battery";
  const batteryBasis =
    battery.count === 0 ? "no battery" : unit === null ? `no price for the ${name}; add one under Prices and equipment, or type the cost` : `${formatNumber(battery.count)} × ${formatUsd(unit)} (${name})`;
  return {
    solar: { cents: solarCostCents(pvKw, prices.solarCentsPerWatt), basis: typed.ok ? `${formatNumber(pvKw, 3)} kW × ${perWatt}` : `the PV size × ${perWatt}` },
    battery: { cents: batteryCostCents(prices, battery.battery, battery.count), basis: batteryBasis },
    other: prices.defaultAdders.length === 0 ? null : { cents: otherCostCents(prices), basis: prices.defaultAdders.map((adder) => `${adder.name} ${formatUsd(adder.amountCents)}`).join(" + ") },
  };
}

const typedCents = moneyInput("cost");

/**
 * A cost field. With a price-list figure it follows that figure (the PV size or the battery changed) until the
 * installer types their own; the hint then says it was edited and what the price list gives, like the battery's
 * datasheet figures. Without one it is the plain field it always was.
 */
export function CostField({ name, label, initial, error, hint, fromPrices }: { name: string; label: string; initial: string; error?: string; hint?: ReactNode; fromPrices: PricedCost | null }) {
  const [typed, setTyped] = useState<string | null>(null);
  if (!fromPrices) return <InputField name={name} label={label} unit="$" defaultValue={initial} error={error} hint={hint} inputMode="decimal" />;
  const listed = fromPrices.cents === null ? null : centsToDollarsInput(fromPrices.cents);
  const value = typed ?? listed ?? initial;
  const parsed = typed === null ? null : typedCents.safeParse(typed);
  const isEdited = typed !== null && !(parsed?.success && parsed.data === fromPrices.cents);
  const priceHint =
    fromPrices.cents === null ? (
      <>Price list: {fromPrices.basis}.</>
    ) : isEdited ? (
      <>
        <span className="font-semibold text-amber-800">Edited.</span> Price list: {formatUsd(fromPrices.cents)} ({fromPrices.basis}).
      </>
    ) : (
      <>From your price list: {fromPrices.basis}.</>
    );
  return (
    <InputField
      name={name}
      label={label}
      unit="$"
      value={value}
      onChange={(event) => setTyped(event.target.value)}
      error={error}
      hint={
        <>
          {priceHint} {hint}
        </>
      }
      inputMode="decimal"
    />
  );
}
