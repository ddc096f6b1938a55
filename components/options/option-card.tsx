import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { formatNumber } from "@/lib/money/format";
import { describeBattery } from "@/lib/proposal/battery-summary";

export type OptionCardData = {
  id: string;
  name: string;
  pvKw: number;
  annualProductionKwh: number;
  batteryModel: string | null;
  batteryCapacityKwh: number;
  batteryPowerKw: number;
  batteryCount: number;
  grossPrice: string;
  enabledProgramCount: number;
  customIncentiveCount: number;
  headline?: { label: string; value: string }[];
};

/** `canEdit` false (a viewer) leaves only the proposal link. */
export function OptionCard({ projectId, option, canEdit = true }: { projectId: string; option: OptionCardData; canEdit?: boolean }) {
  const base = `/projects/${projectId}/options/${option.id}`;
  const battery = describeBattery(option);
  return (
    <article aria-labelledby={`option-${option.id}`} className="flex flex-col rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex-1 px-5 py-4">
        <h3 id={`option-${option.id}`} className="font-semibold text-slate-900">
          {option.name}
        </h3>
        <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
          <div>
            <dt className="text-slate-500">Solar</dt>
            <dd className="figures text-slate-900">
              {formatNumber(option.pvKw, 2)} kW · {formatNumber(option.annualProductionKwh, 0)} kWh/yr
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Gross price</dt>
            <dd className="figures font-medium text-slate-900">{option.grossPrice}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-slate-500">Battery</dt>
            <dd className="figures text-slate-900">{battery}</dd>
          </div>
          {option.headline?.map((item) => (
            <div key={item.label}>
              <dt className="text-slate-500">{item.label}</dt>
              <dd className="figures font-medium text-slate-900">{item.value}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-3 flex flex-wrap gap-1.5">
          {option.enabledProgramCount > 0 ? (
            <Badge tone="success">
              {option.enabledProgramCount} {option.enabledProgramCount === 1 ? "program" : "programs"} enabled
            </Badge>
          ) : (
            <Badge>No programs enabled</Badge>
          )}
          {option.customIncentiveCount > 0 ? <Badge tone="info">{option.customIncentiveCount} custom incentive{option.customIncentiveCount === 1 ? "" : "s"}</Badge> : null}
        </div>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-slate-100 px-5 py-3">
        {canEdit ? (
          <>
            <Link href={base} className={buttonClass("secondary", "px-2.5 py-1.5 text-xs")} aria-label={`Edit ${option.name}`}>
              Edit option
            </Link>
            <Link href={`${base}/incentives`} className={buttonClass("secondary", "px-2.5 py-1.5 text-xs")} aria-label={`Manage incentives of ${option.name}`}>
              Manage incentives
            </Link>
          </>
        ) : null}
        <Link href={`${base}/proposal`} className={buttonClass("primary", "px-2.5 py-1.5 text-xs")} aria-label={`Proposal for ${option.name}`}>
          Proposal
        </Link>
      </div>
    </article>
  );
}
