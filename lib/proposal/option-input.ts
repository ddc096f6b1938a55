import { todayIsoDate } from "../core/dates/iso-date";
import type { OptionInput } from "../core/finance";
import type { ReplacementInput } from "../core/financing/replacements";
import { programCatalog } from "../core/programs";
import type { Tariff } from "../core/programs/types";
import type { Cents } from "../core/money";
import { hasBattery } from "./battery-summary";
import { billsOf, countsModelledSavings } from "./option-bills";

/** Programs are listed (and their upfront lines ordered) as the catalog lists them, whatever order the rows come in. */
const catalogOrder = new Map<string, number>(programCatalog.map((program, index) => [program.id, index]));
const byCatalogOrder = (a: string, b: string) => (catalogOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (catalogOrder.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b);

/** The stored shape of an option with its project, enabled programs and custom incentives (a plain subset of the Prisma rows). */
export type StoredOption = {
  pvKw: number;
  batteryCapacityKwh: number;
  batteryPowerKw: number;
  batteryCount: number;
  reservePercent: number;
  solarCostCents: number;
  batteryCostCents: number;
  otherCostCents: number;
  billSavingsYear1Cents: number;
  horizonYears: number;
  utilityEscalationPercent: number;
  discountRatePercent: number;
  degradationPercent: number;
  omCostYearlyCents: number;
  /** Percent of the original capacity lost each year (absent on versions frozen before it existed: no fade then). */
  batteryFadePercent?: number;
  // Upkeep and today's bill: absent on versions frozen before they existed, which counted flat O&M and no replacements.
  /** The O&M cost's own yearly rise, in percent. */
  omEscalationPercent?: number;
  /** Today's price of each replacement, installed; null: not counted. */
  inverterReplacementCents?: number | null;
  batteryReplacementCents?: number | null;
  /** Warranty terms after which each is replaced; null: WARRANTY_DEFAULTS (lib/core/financing/replacements.ts). */
  inverterWarrantyYears?: number | null;
  batteryWarrantyYears?: number | null;
  /** Today's average monthly electric bill, before the system; null: not entered. */
  billTodayMonthlyCents?: number | null;
  /** The design's annual production, kWh: the bill model spreads it over the hours when usage and rates say "design". */
  annualProductionKwh?: number;
  /** The battery's model name: the bill model takes its round-trip efficiency from the catalog. */
  batteryModel?: string | null;
  /**
   * Usage and rates for the bill model (lib/core/bills/usage-and-rates.ts, stored as JSON); absent or null: the typed
   * year-1 bill savings count (and on versions frozen before the bill model).
   */
  usageAndRates?: unknown;
  project: { state: string; segment: "residential" | "commercial"; utility: string | null; tariff: Tariff };
  /**
   * The option's program rows, oldest first (the data layer orders them by creation). Of two programs that
   * exclude each other, the one the installer chose counts (`chosenToCount`), else the one enabled first: by
   * `enabledAt` where a row has it, else by this order.
   */
  programs: { programId: string; enabled: boolean; inputs: unknown; enabledAt?: Date | string | null; chosenToCount?: boolean | null }[];
  customIncentives: {
    id: string;
    name: string;
    kind: "upfront" | "annual";
    basis: "fixed" | "per_kwh" | "per_watt";
    amountCents: number;
    capCents: number | null;
    years: number | null;
    requiresProgramId?: string | null;
  }[];
};

export type Participation = "low" | "expected" | "high";

export type EvaluationOverrides = {
  participation?: Participation;
  /** Program switches to try without saving (presentation mode, previews): id → enabled. One switched on here counts as enabled last. */
  enabledPrograms?: Record<string, boolean>;
  /** YYYY-MM-DD: the day of the proposal (default: today, UTC). */
  proposalDate?: string;
};

/** When a stored row was enabled, as a number to sort by; rows without a date sort after dated ones. */
function enabledTime(row: StoredOption["programs"][number]): number {
  if (row.enabledAt === undefined || row.enabledAt === null) return Number.POSITIVE_INFINITY;
  const time = row.enabledAt instanceof Date ? row.enabledAt.getTime() : Date.parse(row.enabledAt);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/**
 * The enabled programs in the order they were switched on: stored rows by `enabledAt`, then by position;
 * programs switched on only by an override come last, in the override's order.
 */
function enablingOrder(option: StoredOption, enabledIds: ReadonlySet<string>): Map<string, number> {
  const stored = option.programs
    .map((row, position) => ({ row, position, time: enabledTime(row) }))
    .filter(({ row }) => row.enabled && enabledIds.has(row.programId))
    .sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? -1 : 1) || a.position - b.position);
  const order = new Map<string, number>();
  for (const { row } of stored) if (!order.has(row.programId)) order.set(row.programId, order.size);
  for (const id of enabledIds) if (!order.has(id)) order.set(id, order.size);
  return order;
}

/**
 * The replacements an option counts: each component with a price (0 included: the engine states it is due and counts
 * nothing), with its own warranty or, when none is entered, the default. Inverter first, as the form lists them.
 */
export function replacementsOf(
  option: Pick<StoredOption, "inverterReplacementCents" | "inverterWarrantyYears" | "batteryReplacementCents" | "batteryWarrantyYears">,
): ReplacementInput[] {
  const replacements: ReplacementInput[] = [];
  const add = (component: ReplacementInput["component"], costCents: number | null | undefined, warrantyYears: number | null | undefined) => {
    if (costCents === null || costCents === undefined) return;
    replacements.push({ component, costCents, ...(warrantyYears === null || warrantyYears === undefined ? {} : { warrantyYears }) });
  };
  add("inverter", option.inverterReplacementCents, option.inverterWarrantyYears);
  add("battery", option.batteryReplacementCents, option.batteryWarrantyYears);
  return replacements;
}

/** Converts stored rows (percent columns, enabled flags) into the engine's input. The one boundary between the database and the core. */
export function toOptionInput(option: StoredOption, overrides: EvaluationOverrides = {}): OptionInput {
  const storedInputs = new Map(option.programs.map((program) => [program.programId, program]));
  const enabledIds = new Set(option.programs.filter((program) => program.enabled).map((program) => program.programId));
  for (const [id, isEnabled] of Object.entries(overrides.enabledPrograms ?? {})) {
    if (isEnabled) enabledIds.add(id);
    else enabledIds.delete(id);
  }
  const order = enablingOrder(option, enabledIds);
  const replacements = replacementsOf(option);
  const proposalDate = overrides.proposalDate ?? todayIsoDate();
  const bills = countsModelledSavings(option) ? billsOf(option, enabledIds, proposalDate) : null;
  const omEscalation = (option.omEscalationPercent ?? 0) / 100;
  return {
    project: { state: option.project.state, segment: option.project.segment, utility: option.project.utility, tariff: option.project.tariff },
    system: {
      pvKw: option.pvKw,
      battery:
        hasBattery(option)
          ? { capacityKwh: option.batteryCapacityKwh, powerKw: option.batteryPowerKw, count: option.batteryCount, reservePercent: option.reservePercent }
          : null,
    },
    costs: { solarCents: option.solarCostCents, batteryCents: option.batteryCostCents, otherCents: option.otherCostCents },
    billSavingsYear1Cents: bills ? ((bills.year1.solarCents + bills.year1.batteryCents) as Cents) : option.billSavingsYear1Cents,
    ...(bills ? { billsYear1: bills.year1 } : {}),
    assumptions: {
      years: option.horizonYears,
      utilityEscalation: option.utilityEscalationPercent / 100,
      discountRate: option.discountRatePercent / 100,
      degradation: option.degradationPercent / 100,
      omCostYearlyCents: option.omCostYearlyCents,
      batteryFade: (option.batteryFadePercent ?? 0) / 100,
      // Only when set, so an option without upkeep gives the engine the same input as before upkeep existed.
      ...(omEscalation === 0 ? {} : { omEscalation }),
      ...(replacements.length === 0 ? {} : { replacements }),
    },
    // Listed in catalog order; `enabledOrder` says which of two excluded programs was switched on first, `preferred`
    // which one the installer chose to count (kept only while the stored row is on: switching off clears the choice).
    programs: [...enabledIds].sort(byCatalogOrder).map((id) => {
      const stored = storedInputs.get(id);
      return { id, inputs: stored?.inputs ?? {}, enabledOrder: order.get(id) ?? order.size, ...(stored?.enabled && stored.chosenToCount ? { preferred: true } : {}) };
    }),
    customIncentives: option.customIncentives.map((incentive) =>
      incentive.kind === "upfront"
        ? {
            id: incentive.id,
            name: incentive.name,
            kind: "upfront" as const,
            basis: incentive.basis,
            amountCents: incentive.amountCents,
            capCents: incentive.capCents,
            requiresProgramId: incentive.requiresProgramId ?? null,
          }
        : {
            id: incentive.id,
            name: incentive.name,
            kind: "annual" as const,
            amountCents: incentive.amountCents,
            years: incentive.years ?? 1,
            requiresProgramId: incentive.requiresProgramId ?? null,
          },
    ),
    participation: overrides.participation ?? "expected",
    // The web app prices a proposal as of today; a test or a re-evaluation of a saved one passes its date.
    proposalDate,
  };
}
