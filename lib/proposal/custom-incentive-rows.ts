import type { OptionEvaluation } from "../core/finance";
import { formatCentsAsDecimal, formatUsd } from "../core/money";

type StoredIncentive = { id: string; name: string; kind: "upfront" | "annual"; basis: "fixed" | "per_kwh" | "per_watt"; amountCents: number; capCents: number | null; years: number | null };

/** What a form input shows for stored cents: "24000", "0.29" (the edit form's units). */
const centsAsFormInput = (cents: number) => formatCentsAsDecimal(cents, { trimZeroCents: true });

const basisUnit = { fixed: "", per_kwh: "/kWh", per_watt: "/W" } as const;

/** A custom incentive as its list row and edit form show it, with what the engine computed for it. */
export function describeCustomIncentive(incentive: StoredIncentive, evaluation: OptionEvaluation) {
  const result = evaluation.customIncentives.find((entry) => entry.id === incentive.id);
  const firstAnnual = result?.annualCents.find((cents) => cents > 0) ?? 0;
  const summary =
    incentive.kind === "upfront"
      ? `${formatUsd(result?.upfrontCents ?? 0)} upfront (${formatUsd(incentive.amountCents)}${basisUnit[incentive.basis]}${incentive.capCents ? `, cap ${formatUsd(incentive.capCents)}` : ""})`
      : `${formatUsd(firstAnnual)} a year for ${incentive.years ?? 1} ${incentive.years === 1 ? "year" : "years"}`;
  return {
    id: incentive.id,
    name: incentive.name,
    kind: incentive.kind,
    basis: incentive.basis,
    amount: centsAsFormInput(incentive.amountCents),
    cap: incentive.capCents ? centsAsFormInput(incentive.capCents) : "",
    years: incentive.years ? String(incentive.years) : "",
    summary,
    capBinding: result?.capBinding ?? null,
  };
}
