import { RowAction } from "@/components/financing/row-action";
import { Badge } from "@/components/ui/badge";
import type { SettingsAction } from "./use-settings-action";

export type AdderRow = { id: string; name: string; amount: string; isDefaultOn: boolean };

/** The price list's adders; owners and admins remove them (options that include one keep their costs). */
export function AdderList({ adders, remove }: { adders: AdderRow[]; remove: Record<string, SettingsAction> | null }) {
  if (adders.length === 0) {
    return <p className="text-sm text-slate-600">No adders yet. Add the extras you often quote, such as a main panel upgrade or a critter guard.</p>;
  }
  return (
    <ul aria-label="Adders" className="divide-y divide-slate-100">
      {adders.map((adder) => (
        <li key={adder.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{adder.name}</span>
              <span className="figures text-slate-700">{adder.amount}</span>
              {adder.isDefaultOn ? <Badge tone="info">In every new option</Badge> : null}
            </p>
          </div>
          {remove?.[adder.id] ? <RowAction action={remove[adder.id]!} label="Remove" pendingLabel="Removing…" rowName={adder.name} /> : null}
        </li>
      ))}
    </ul>
  );
}
