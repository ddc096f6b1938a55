/**
 * The prices page's rows and form values from the stored prices: money shown with the shared formatters, typed
 * values in the form's units (dollars, as lib/validation/price-list.ts reads them).
 */
import { batteryCatalog } from "@/lib/core/equipment/catalog";
import type { OwnBatteryModel } from "@/lib/core/equipment/battery-picks";
import { formatUsd } from "@/lib/core/money";
import type { PriceAdder, PriceList } from "@/lib/server/data/price-list";
import { centsToDollarsInput } from "@/lib/validation/form-values";
import type { AdderRow } from "./adder-list";
import type { BatteryModelRow } from "./battery-model-list";
import type { CatalogModelRow, PriceListValues } from "./price-list-form";

/** Two decimals always: "$2.90/W", never "$2.9/W". */
export const formatPerWatt = (cents: number) => `${formatUsd(cents, { cents: true })}/W`;

export const catalogModelRows: CatalogModelRow[] = batteryCatalog.map((model) => ({ id: model.id, name: `${model.manufacturer} ${model.model}`, isExpansion: model.kind === "expansion" }));

export function priceListValuesOf(list: PriceList | null): PriceListValues {
  if (!list) return { solarCentsPerWatt: "", batteryUnitCents: "", catalogUnitCents: {} };
  return {
    solarCentsPerWatt: formatUsd(list.solarCentsPerWatt, { cents: true }).replace("$", ""),
    batteryUnitCents: list.batteryUnitCents === null ? "" : centsToDollarsInput(list.batteryUnitCents),
    catalogUnitCents: Object.fromEntries(Object.entries(list.catalogUnitCents).map(([id, cents]) => [id, centsToDollarsInput(cents)])),
  };
}

export function adderRowOf(adder: PriceAdder): AdderRow {
  return { id: adder.id, name: adder.name, amount: formatUsd(adder.amountCents), isDefaultOn: adder.isDefaultOn };
}

export function batteryModelRowOf(model: OwnBatteryModel): BatteryModelRow {
  return {
    id: model.id,
    name: `${model.manufacturer} ${model.model}`,
    figures: `${model.usableKwh} kWh, ${model.continuousKw} kW continuous, ${model.roundTripEfficiencyPercent}% round trip, ${model.warrantyYears}-year warranty`,
    price: model.unitCents === null ? "Priced at your battery price per unit" : `${formatUsd(model.unitCents)} per unit`,
    datasheetUrl: model.datasheetUrl,
  };
}
