import { RowAction } from "@/components/financing/row-action";
import type { SettingsAction } from "./use-settings-action";

export type BatteryModelRow = {
  id: string;
  name: string;
  /** "12 kWh, 6 kW continuous, 90% round trip, 10-year warranty" */
  figures: string;
  /** "$9,900 per unit", or that the default applies. */
  price: string;
  datasheetUrl: string | null;
};

/** The organization's own battery models, as the option form's picker lists them under "Your models". */
export function BatteryModelList({ models, remove }: { models: BatteryModelRow[]; remove: Record<string, SettingsAction> | null }) {
  if (models.length === 0) {
    return <p className="text-sm text-slate-600">No models of your own yet. The catalog&apos;s batteries are always on the option form; add here the ones it lacks.</p>;
  }
  return (
    <ul aria-label="Your battery models" className="divide-y divide-slate-100">
      {models.map((model) => (
        <li key={model.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div className="min-w-0 space-y-0.5">
            <p className="font-medium text-slate-900">{model.name}</p>
            <p className="figures text-sm text-slate-700">{model.figures}</p>
            <p className="text-sm text-slate-600">
              {model.price}
              {model.datasheetUrl ? (
                <>
                  {" · "}
                  <a href={model.datasheetUrl} className="text-brand-700 underline underline-offset-2" rel="noreferrer noopener" target="_blank">
                    datasheet<span className="sr-only"> of the {model.name} (opens in a new tab)</span>
                  </a>
                </>
              ) : null}
            </p>
          </div>
          {remove?.[model.id] ? <RowAction action={remove[model.id]!} label="Remove" pendingLabel="Removing…" rowName={model.name} /> : null}
        </li>
      ))}
    </ul>
  );
}
