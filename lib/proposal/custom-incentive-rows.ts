import type { OptionEvaluation } from "../core/finance";
import { formatCentsAsDecimal, formatUsd } from "../core/money";
import { getProgram } from "../core/programs";

type StoredIncentive = {
  id: string;
  name: string;
  kind: "upfront" | "annual";
  basis: "fixed" | "per_kwh" | "per_watt";
  amountCents: number;
  capCents: number | null;
  years: number | null;
  requiresProgramId?: string | null;
};

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
    requiresProgramId: incentive.requiresProgramId ?? "",
    /** "Counts only with ConnectedSolutions RI", or why it counts for nothing now. */
    tie: tieNote(incentive.requiresProgramId ?? null, result?.isCounted ?? true),
  };
}

function tieNote(programId: string | null, isCounted: boolean): string | null {
  if (programId === null) return null;
  const name = getProgram(programId)?.shortName ?? programId;
  return isCounted ? `Counts only with ${name}; left out of the figures without Grid Services.` : `Not counted: it comes with ${name}, which does not count on this option.`;
}

/**
 * The custom incentives panel: the rows, the programs an incentive can be tied to (the state's programs), and a
 * suggested tied incentive when a counted program pays the contractor instead of the customer (ConnectedSolutions
 * RI's contractor-payee route) and no incentive is tied to it yet: the price cut the customer gets in exchange.
 */
export function customIncentivePanel(option: { customIncentives: StoredIncentive[] }, evaluation: OptionEvaluation) {
  const tied = new Set(option.customIncentives.map((incentive) => incentive.requiresProgramId ?? null));
  const paysContractor = evaluation.programs.find((program) => program.isCounted && program.payee?.annual === "contractor" && !tied.has(program.id));
  return {
    incentives: option.customIncentives.map((incentive) => describeCustomIncentive(incentive, evaluation)),
    tieOptions: evaluation.availablePrograms.map((program) => ({ value: program.id, label: `Only with ${program.shortName}` })),
    suggestion:
      paysContractor === undefined
        ? null
        : {
            name: `Price cut for ${paysContractor.shortName}`,
            requiresProgramId: paysContractor.id,
            message: `${paysContractor.shortName} pays the contractor, not the customer. Add the price cut you give in exchange: it counts only while ${paysContractor.shortName} does.`,
          },
  };
}
