/**
 * The engine's input and output types, in cents. The web app builds an `OptionInput` from the
 * stored rows (lib/proposal); the command line builds one from its dollar JSON
 * (model-request.ts). `optionInputSchema` validates one where the caller cannot vouch for it.
 */
import { z } from "zod";
import type { ReplacementInput } from "../financing/replacements";
import type { Cents } from "../money/round";
import { TARIFFS } from "../programs/types";
import type {
  AverageKw,
  BatterySpec,
  Participation,
  Payee,
  ProgramStatus,
  ProjectFacts,
  RateVersion,
} from "../programs/types";

export type CustomIncentiveBasis = "fixed" | "per_kwh" | "per_watt";

/** A local rebate no catalog program knows. Mirrors the CustomIncentive table. */
export type CustomIncentiveInput =
  | {
      id: string;
      name: string;
      kind: "upfront";
      basis: CustomIncentiveBasis;
      /** fixed: cents; per_kwh: cents per kWh of total battery capacity; per_watt: cents per W of PV. */
      amountCents: Cents;
      capCents?: Cents | null;
      /** Counts only while this catalog program counts (a price cut given for its payments); null: always. */
      requiresProgramId?: string | null;
    }
  | {
      id: string;
      name: string;
      kind: "annual";
      /** Paid in each of project years 1..years. */
      amountCents: Cents;
      years: number;
      /** Counts only while this catalog program counts; null: always. */
      requiresProgramId?: string | null;
    };

export interface Assumptions {
  /** Horizon in years (default 25 in the schemas). */
  years: number;
  /** Yearly rise of utility prices, as a fraction (0.03 = 3%). */
  utilityEscalation: number;
  /** For NPV, as a fraction. */
  discountRate: number;
  /** Yearly loss of solar output, as a fraction (0.005 = 0.5%). */
  degradation: number;
  /** Year-1 operation and maintenance cost; it rises by `omEscalation` a year. */
  omCostYearlyCents?: Cents;
  /** Yearly rise of the O&M cost, as a fraction (0.025 = 2.5 %). Default 0: the same cost every year. */
  omEscalation?: number;
  /**
   * Battery and inverter replacements, counted in the years their warranty runs out (lib/core/financing/replacements.ts).
   * Default none.
   */
  replacements?: readonly ReplacementInput[];
  /**
   * Share of the battery's original capacity lost each year (0.03 = 3 %); program payments follow the power it
   * still delivers. Default: DEFAULT_BATTERY_FADE_PER_YEAR (lib/core/programs/fade.ts).
   */
  batteryFade?: number;
}

export interface BillsYear1 {
  solarCents: Cents;
  batteryCents: Cents;
  gridServicesCents: Cents;
}

export interface OptionInput {
  project: ProjectFacts;
  system: {
    pvKw: number;
    battery: BatterySpec | null;
    /**
     * Solar on site, new or existing (a battery added to an existing array has pvKw 0 but may
     * export). Default: pvKw > 0 or a solar cost.
     */
    hasSolar?: boolean;
  };
  costs: { solarCents: Cents; batteryCents: Cents; otherCents: Cents };
  billSavingsYear1Cents: Cents;
  /**
   * Year-1 bill savings by source, from the bill model (lib/core/bills/option-bills.ts). When present it replaces
   * `billSavingsYear1Cents` (a caller passes solar + battery there too, for the readers that show one figure):
   * panel degradation lowers the solar share only, and `gridServicesCents` (what the counted programs' events change
   * on the bill, negative when holding the battery costs more than event exports earn) applies to the scenario with
   * Grid Services, in the years a counted program pays.
   */
  billsYear1?: BillsYear1;
  assumptions: Assumptions;
  /**
   * Enabled programs, in the order the proposal lists them. `inputs` is checked by each program's
   * schema. Of two programs that exclude each other, the one the installer chose counts (`preferred`),
   * else the one enabled first: the lower `enabledOrder`, or without it the earlier entry of this list.
   */
  programs: readonly EnabledProgramInput[];
  customIncentives: readonly CustomIncentiveInput[];
  /** Sensitivity on the share of events served (default "expected"). */
  participation?: Participation;
  /**
   * YYYY-MM-DD: the day of the proposal (default: today, as a UTC calendar day). DSGS counts its
   * default paid seasons from it; a saved evaluation records the date it used.
   */
  proposalDate?: string;
}

export interface EnabledProgramInput {
  id: string;
  inputs: unknown;
  /** When it was enabled relative to the others (lower = earlier); ties and absent values keep list order. */
  enabledOrder?: number;
  /**
   * The installer chose to count this program over one it excludes ("Count DSGS instead"): of an excluded pair,
   * a preferred program counts whichever was enabled first. Absent means false.
   */
  preferred?: boolean;
}

/** A program of the project's state, enabled or not: for "Available incentives". */
export interface ProgramSummary {
  id: string;
  name: string;
  shortName: string;
  paysHow: string;
  status: ProgramStatus;
  eligible: boolean;
  reasons: string[];
  warnings: string[];
  isEnabled: boolean;
}

export interface InputIssue {
  /** Dotted path inside the program's inputs ("" for the object itself). */
  path: string;
  message: string;
}

/**
 * Two enabled programs that exclude each other (lib/core/programs/exclusions.ts): which one counts,
 * and the sentences both results' explanations carry.
 */
export interface ProgramConflict {
  countedId: string;
  notCountedId: string;
  /** "ELRP and DSGS cannot pay for the same battery". */
  rule: string;
  /** The source's reason and the product's guidance on which to enable. */
  basis: string;
  guidance: string;
  /** Why this one counts: it was enabled first, or the installer chose it (`preferred`). */
  decidedBy: "enabled-first" | "installer-choice";
  /** First line of the counted program's explanation. */
  countedMessage: string;
  /** First line of the other program's explanation: "Not counted: …; ELRP was enabled first." or "…; the installer chose DSGS." */
  notCountedMessage: string;
}

/**
 * One enabled program's result. Benefits are zero when it is ineligible, unknown, its inputs are
 * invalid, it is enabled twice, or a program it excludes was enabled first.
 */
export interface ProgramResult {
  id: string;
  name: string;
  shortName: string;
  /** false for an id the catalog does not know. */
  isKnown: boolean;
  eligible: boolean;
  reasons: string[];
  warnings: string[];
  /**
   * Whether this result's money counts in the financials: eligible, valid inputs, first time enabled,
   * and not set aside for a program it excludes that was enabled first.
   */
  isCounted: boolean;
  upfrontCents: Cents;
  annualCents: Cents[];
  explanation: string[];
  rateVersion: RateVersion | null;
  averageKw: AverageKw | null;
  capBinding: string | null;
  payee: Payee | null;
  status: ProgramStatus | null;
  /** The parsed inputs (with defaults filled in), or the raw ones when they did not parse. */
  inputs: unknown;
  inputIssues: InputIssue[];
  /** Exclusions with other enabled programs that decided which one counts (both results list them). */
  conflicts: ProgramConflict[];
  /**
   * What the program would pay were it counted instead: set only on a result an exclusion set aside
   * (its own `upfrontCents` and `annualCents` are then zero, like every uncounted result's).
   */
  benefitIfCounted: { upfrontCents: Cents; annualCents: Cents[] } | null;
  /** What blank inputs mean for this option when the rule resolves them (DSGS's paid seasons). */
  resolvedDefaults: Record<string, number>;
}

export interface CustomIncentiveResult {
  id: string;
  name: string;
  kind: "upfront" | "annual";
  /** The program it depends on, if any. */
  requiresProgramId: string | null;
  /** False when the program it depends on does not count: then it pays nothing (its figures are zero). */
  isCounted: boolean;
  upfrontCents: Cents;
  annualCents: Cents[];
  explanation: string[];
  capBinding: string | null;
}

/** One annual stream in the savings breakdown: a program or a custom annual incentive. */
export interface AnnualStream {
  id: string;
  name: string;
  cents: Cents[];
}

export interface Financials {
  systemCostCents: Cents;
  upfrontIncentivesCents: Cents;
  /** System cost − upfront incentives (may be negative if incentives exceed the price). */
  netCostCents: Cents;
  years: number;
  /** Index 0 = project year 1. */
  billSavingsCents: Cents[];
  programAnnualCents: AnnualStream[];
  /** O&M alone, escalated. */
  omCostCents: Cents[];
  /** What keeping the system running costs each year: O&M + battery and inverter replacements. */
  upkeepCents: Cents[];
  /** Per year: bill savings + every stream − upkeep. */
  annualSavingsCents: Cents[];
  /** Length years + 1; index 0 = −net cost. */
  cumulativeCashFlowCents: Cents[];
  /** Fractional years until the cumulative flow turns non-negative; null if it never does. */
  paybackYears: number | null;
  /** (total savings − net cost) ÷ net cost; null when the net cost is zero or negative. */
  roi: number | null;
  npvCents: Cents;
  /** Internal rate of return; null where none exists. */
  irr: number | null;
  tenYearSavingsCents: Cents;
  lifetimeSavingsCents: Cents;
}

/** How the upkeep was counted: the replacement years of each component, and a line per cost in words. */
export interface UpkeepSummary {
  replacements: { component: ReplacementInput["component"]; years: number[] }[];
  /** "Battery: replaced after its 10-year warranty …, year 11: $9,000; year 21: $9,000 (today's price)." */
  explanation: string[];
}

export interface OptionEvaluation {
  /** YYYY-MM-DD: the proposal date the programs were evaluated at. */
  proposalDate: string;
  availablePrograms: ProgramSummary[];
  programs: ProgramResult[];
  /** Every pair of enabled programs that exclude each other, with the one that counts. */
  conflicts: ProgramConflict[];
  customIncentives: CustomIncentiveResult[];
  /** The same with and without Grid Services: the battery is replaced whoever pays for its events. */
  upkeep: UpkeepSummary;
  financials: { withGridServices: Financials; withoutGridServices: Financials };
}

// ---------------------------------------------------------------------------------------------
// Validation, for callers that cannot vouch for their input (the engine itself trusts its types).

const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER / 1000);
const signedCents = z.number().int().min(-Number.MAX_SAFE_INTEGER / 1000).max(Number.MAX_SAFE_INTEGER / 1000);

export const MAX_HORIZON_YEARS = 50;

/** A calendar day, YYYY-MM-DD, that exists (2026-02-30 does not). */
export const isoDateSchema = z.iso.date();

export const batterySpecSchema = z.object({
  capacityKwh: z.number().min(0).max(10_000),
  powerKw: z.number().min(0).max(10_000),
  count: z.number().int().min(0).max(1_000),
  reservePercent: z.number().min(0).max(100).default(20),
});

/** Warranty terms beyond this are not a battery's or an inverter's (microinverters, the longest, carry 25 years). */
export const MAX_WARRANTY_YEARS = 30;

export const replacementInputSchema = z.object({
  component: z.enum(["battery", "inverter"]),
  costCents: cents,
  warrantyYears: z.number().int().min(1).max(MAX_WARRANTY_YEARS).optional(),
  repeats: z.boolean().optional(),
  costEscalator: z.number().min(-0.5).max(0.5).optional(),
});

export const assumptionsSchema = z.object({
  years: z.number().int().min(1).max(MAX_HORIZON_YEARS).default(25),
  utilityEscalation: z.number().min(-0.5).max(0.5).default(0.03),
  discountRate: z.number().min(-0.5).max(1).default(0.05),
  degradation: z.number().min(0).max(0.5).default(0.005),
  omCostYearlyCents: cents.default(0),
  batteryFade: z.number().min(0).max(0.2).optional(),
  omEscalation: z.number().min(0).max(0.5).optional(),
  replacements: z.array(replacementInputSchema).max(4).optional(),
});

export const customIncentiveInputSchema = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    name: z.string().min(1),
    kind: z.literal("upfront"),
    basis: z.enum(["fixed", "per_kwh", "per_watt"]),
    amountCents: cents,
    capCents: cents.nullable().optional(),
    requiresProgramId: z.string().nullable().optional(),
  }),
  z.object({
    id: z.string(),
    name: z.string().min(1),
    kind: z.literal("annual"),
    amountCents: cents,
    years: z.number().int().min(1).max(MAX_HORIZON_YEARS),
    requiresProgramId: z.string().nullable().optional(),
  }),
]);

export const optionInputSchema = z.object({
  project: z.object({
    state: z.string().length(2),
    segment: z.enum(["residential", "commercial"]),
    utility: z.string().nullable().optional(),
    tariff: z.enum(TARIFFS).nullable().optional(),
  }),
  system: z.object({
    pvKw: z.number().min(0).max(100_000).default(0),
    battery: batterySpecSchema.nullable(),
    hasSolar: z.boolean().optional(),
  }),
  costs: z.object({ solarCents: cents, batteryCents: cents, otherCents: cents.default(0) }),
  billSavingsYear1Cents: signedCents,
  billsYear1: z.object({ solarCents: signedCents, batteryCents: signedCents, gridServicesCents: signedCents }).optional(),
  assumptions: assumptionsSchema.prefault({}),
  programs: z.array(z.object({ id: z.string(), inputs: z.unknown(), enabledOrder: z.number().optional(), preferred: z.boolean().optional() })).default([]),
  customIncentives: z.array(customIncentiveInputSchema).default([]),
  participation: z.enum(["low", "expected", "high"]).default("expected"),
  proposalDate: isoDateSchema.optional(),
});
