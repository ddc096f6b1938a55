/**
 * What a finalized proposal version stores, and how a page reads it back. The snapshot holds the option as it was
 * (with the project facts the engine read) and the engine's complete evaluation, rate versions included, so a
 * version is shown from stored figures only: no later change to the catalog, the rates or the option can move it.
 */
import type { Financials, OptionEvaluation } from "../core/finance";
import type { BillsView } from "./bills-view";
import { optionBillsOf } from "./evaluate";
import type { Participation } from "./option-input";
import { billsViewOf, buildProposalView, type ProposalOption, type ProposalView } from "./view";

export const SNAPSHOT_FORMAT = 1;

/** The option as a version stores it: what its proposal view reads. */
export type VersionOption = ProposalOption;

export interface VersionSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  option: VersionOption;
  evaluation: OptionEvaluation;
  /** The participation scenario the installer was viewing when finalizing (absent on older versions: expected). */
  participation?: Participation;
  /**
   * "Your electric bill, before and after" as sent: written figures, no hourly series, so a later correction of a
   * tariff never moves a sent proposal. Absent on versions without usage and rates, and on those frozen before bills.
   */
  bills?: BillsView;
}

/** A plain JSON copy: what is stored is exactly what will be read back. */
export function buildSnapshot(option: VersionOption, evaluation: OptionEvaluation, participation: Participation = "expected"): VersionSnapshot {
  const bills = billsViewOf(option, evaluation, optionBillsOf(option, evaluation));
  const copy = JSON.parse(JSON.stringify({ option: pickOption(option), evaluation, ...(bills ? { bills } : {}) })) as Omit<VersionSnapshot, "format">;
  return { format: SNAPSHOT_FORMAT, ...copy, participation };
}

function pickOption(option: VersionOption): VersionOption {
  return {
    name: option.name,
    pvKw: option.pvKw,
    annualProductionKwh: option.annualProductionKwh,
    batteryModel: option.batteryModel,
    batteryCapacityKwh: option.batteryCapacityKwh,
    batteryPowerKw: option.batteryPowerKw,
    batteryCount: option.batteryCount,
    reservePercent: option.reservePercent,
    solarCostCents: option.solarCostCents,
    batteryCostCents: option.batteryCostCents,
    otherCostCents: option.otherCostCents,
    billSavingsYear1Cents: option.billSavingsYear1Cents,
    // The usage and rates as priced (a pasted URDB rate is already a copy; a shipped tariff is pinned by the
    // proposal's date): re-evaluating the version gives the same bills.
    ...(option.usageAndRates === undefined || option.usageAndRates === null ? {} : { usageAndRates: option.usageAndRates }),
    horizonYears: option.horizonYears,
    utilityEscalationPercent: option.utilityEscalationPercent,
    discountRatePercent: option.discountRatePercent,
    degradationPercent: option.degradationPercent,
    omCostYearlyCents: option.omCostYearlyCents,
    ...(option.batteryFadePercent === undefined ? {} : { batteryFadePercent: option.batteryFadePercent }),
    ...upkeepFields(option),
    // The ways to pay as offered that day: a later change of an offer or a product never moves a sent proposal.
    financingOffers: option.financingOffers ?? [],
    project: {
      customerName: option.project.customerName,
      street: option.project.street,
      city: option.project.city,
      zip: option.project.zip,
      state: option.project.state,
      segment: option.project.segment,
      utility: option.project.utility,
      tariff: option.project.tariff,
    },
    // In their stored order, with the day each was enabled where it is known and the installer's choice where one was
    // made: which of two excluded programs counted.
    programs: option.programs.map((program) => ({
      programId: program.programId,
      enabled: program.enabled,
      inputs: program.inputs,
      ...(program.enabledAt ? { enabledAt: program.enabledAt } : {}),
      ...(program.chosenToCount ? { chosenToCount: true } : {}),
    })),
    customIncentives: option.customIncentives.map((incentive) => ({ ...incentive })),
  };
}

const UPKEEP_FIELDS = ["omEscalationPercent", "inverterReplacementCents", "inverterWarrantyYears", "batteryReplacementCents", "batteryWarrantyYears", "billTodayMonthlyCents"] as const;
type UpkeepField = (typeof UPKEEP_FIELDS)[number];

/** The upkeep and today's-bill columns the option has (a version re-frozen from an older one may lack them). */
function upkeepFields(option: VersionOption): Partial<Pick<VersionOption, UpkeepField>> {
  const picked: Record<string, unknown> = {};
  for (const key of UPKEEP_FIELDS) if (option[key] !== undefined) picked[key] = option[key];
  return picked as Partial<Pick<VersionOption, UpkeepField>>;
}

/** Reads a stored snapshot; a format this version of the app does not know is an error, never a guess. */
export function readSnapshot(stored: unknown): VersionSnapshot {
  const snapshot = stored as Partial<VersionSnapshot> | null;
  if (!snapshot || snapshot.format !== SNAPSHOT_FORMAT || !snapshot.option || !snapshot.evaluation) {
    throw new Error(`Unreadable proposal version snapshot (format ${String(snapshot?.format)}).`);
  }
  return { ...(snapshot as VersionSnapshot), evaluation: withUpkeepFields(withExclusionFields(snapshot.evaluation)) };
}

/**
 * Versions finalized before upkeep existed counted flat O&M and nothing else: their upkeep is their O&M, and they
 * replaced nothing.
 */
function withUpkeepFields(evaluation: OptionEvaluation): OptionEvaluation {
  const stored = evaluation as Partial<OptionEvaluation> & Pick<OptionEvaluation, "financials">;
  if (stored.upkeep !== undefined) return evaluation;
  const withUpkeep = (financials: Financials): Financials => ({ ...financials, upkeepCents: financials.upkeepCents ?? financials.omCostCents });
  return {
    ...evaluation,
    upkeep: { replacements: [], explanation: [] },
    financials: { withGridServices: withUpkeep(evaluation.financials.withGridServices), withoutGridServices: withUpkeep(evaluation.financials.withoutGridServices) },
  };
}

/**
 * Versions finalized before programs could exclude each other have no conflicts: their results read as "none"
 * (nothing was set aside then). Their `proposalDate` stays absent: it was not recorded.
 */
function withExclusionFields(evaluation: OptionEvaluation): OptionEvaluation {
  const stored = evaluation as Partial<OptionEvaluation> & Pick<OptionEvaluation, "programs">;
  if (Array.isArray(stored.conflicts)) return evaluation;
  return {
    ...evaluation,
    conflicts: [],
    programs: evaluation.programs.map((program) => ({
      ...program,
      conflicts: program.conflicts ?? [],
      benefitIfCounted: program.benefitIfCounted ?? null,
      resolvedDefaults: program.resolvedDefaults ?? {},
    })),
  };
}

/** A version's proposal view: the frozen option and evaluation, never the engine, in the scenario it was finalized in. */
export function versionViewOf(snapshot: VersionSnapshot): ProposalView {
  return buildProposalView({ option: snapshot.option, evaluation: snapshot.evaluation, participation: snapshot.participation ?? "expected", frozenBills: snapshot.bills ?? null });
}
