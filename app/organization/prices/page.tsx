import type { Metadata } from "next";
import { AdderForm } from "@/components/organization/adder-form";
import { AdderList } from "@/components/organization/adder-list";
import { BatteryModelForm } from "@/components/organization/battery-model-form";
import { BatteryModelList } from "@/components/organization/battery-model-list";
import { OrganizationNav } from "@/components/organization/organization-nav";
import { PriceListForm } from "@/components/organization/price-list-form";
import { adderRowOf, batteryModelRowOf, catalogModelRows, formatPerWatt } from "@/components/organization/price-rows";
import { priceListValuesOf } from "@/components/organization/price-rows";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { withDatabase } from "@/app/_shell/with-database";
import { addBatteryModel } from "@/lib/actions/prices/add-battery-model";
import { addPriceAdder } from "@/lib/actions/prices/add-price-adder";
import { removeBatteryModel } from "@/lib/actions/prices/remove-battery-model";
import { removePriceAdder } from "@/lib/actions/prices/remove-price-adder";
import { savePriceList } from "@/lib/actions/prices/save-price-list";
import { formatUsd } from "@/lib/core/money";
import { allows } from "@/lib/server/auth/access";
import { requireMember } from "@/lib/server/auth/guards";
import { findPricesAndEquipment, type PriceList } from "@/lib/server/data/price-list";

export const metadata: Metadata = { title: "Prices and equipment" };

/**
 * The organization's prices (they fill a new option's costs) and its own battery models (listed on the option form
 * beside the catalog's). Every member sees them; owners and admins change them.
 */
export default async function PricesPage() {
  return withDatabase(async () => {
    const access = await requireMember();
    const canManage = allows(access, "organization", "update");
    const { priceList, adders, models } = await findPricesAndEquipment(access.organizationId);
    const bindEach = (rows: { id: string }[], action: typeof removePriceAdder) => (canManage ? Object.fromEntries(rows.map((row) => [row.id, action.bind(null, row.id)])) : null);
    return (
      <>
        <PageHeader
          title="Prices and equipment"
          subtitle="Your prices fill in a new option's costs: solar by the watt, batteries by the unit, and the adders you include by default. Options already made keep their own costs."
        />
        <OrganizationNav current="prices" canManage={canManage} />
        <div className="max-w-4xl space-y-6">
          <Card>
            <CardHeader title="Prices" description={canManage ? undefined : "Set by your company's owners and admins."} />
            <div className="px-5 py-4">
              {canManage ? <PriceListForm action={savePriceList} values={priceListValuesOf(priceList)} catalogModels={catalogModelRows} /> : <PriceListSummary priceList={priceList} />}
            </div>
          </Card>
          <Card>
            <CardHeader title="Adders" description="Named fixed amounts you quote often. Those included by default start every new option's other costs." />
            <div className="space-y-5 px-5 py-4">
              <AdderList adders={adders.map(adderRowOf)} remove={bindEach(adders, removePriceAdder)} />
              {canManage ? (
                <section aria-labelledby="new-adder-heading" className="border-t border-slate-100 pt-4">
                  <h3 id="new-adder-heading" className="mb-3 text-sm font-semibold text-slate-900">
                    New adder
                  </h3>
                  <AdderForm action={addPriceAdder} />
                </section>
              ) : null}
            </div>
          </Card>
          <Card>
            <CardHeader title="Your battery models" description="Batteries you sell that the catalog lacks. The option form lists them under “Your models” and fills their figures like a catalog model's." />
            <div className="space-y-5 px-5 py-4">
              <BatteryModelList models={models.map(batteryModelRowOf)} remove={bindEach(models, removeBatteryModel)} />
              {canManage ? (
                <section aria-labelledby="new-model-heading" className="border-t border-slate-100 pt-4">
                  <h3 id="new-model-heading" className="mb-3 text-sm font-semibold text-slate-900">
                    New battery model
                  </h3>
                  <BatteryModelForm action={addBatteryModel} />
                </section>
              ) : null}
            </div>
          </Card>
        </div>
      </>
    );
  });
}

/** The prices as a designer or viewer reads them. */
function PriceListSummary({ priceList }: { priceList: PriceList | null }) {
  if (!priceList) return <p className="text-sm text-slate-600">No prices yet: new options start with blank costs, typed on each option.</p>;
  const batteryPrices = catalogModelRows.filter((model) => priceList.catalogUnitCents[model.id] !== undefined);
  return (
    <dl className="figures grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-slate-600">Solar price per watt</dt>
        <dd className="font-medium text-slate-900">{formatPerWatt(priceList.solarCentsPerWatt)}</dd>
      </div>
      <div>
        <dt className="text-slate-600">Battery price per unit</dt>
        <dd className="font-medium text-slate-900">{priceList.batteryUnitCents === null ? "Not set" : formatUsd(priceList.batteryUnitCents)}</dd>
      </div>
      {batteryPrices.map((model) => (
        <div key={model.id}>
          <dt className="text-slate-600">{model.name}</dt>
          <dd className="font-medium text-slate-900">{formatUsd(priceList.catalogUnitCents[model.id]!)}</dd>
        </div>
      ))}
    </dl>
  );
}
