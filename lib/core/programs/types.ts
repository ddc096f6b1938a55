/**
 * The shared shape of a Grid Services program. Each program lives in its own folder
 * (`lib/core/programs/<id>/program.ts`) as data (rates, status, sources) plus one `compute` rule;
 * everything that is the same for all programs (eligibility, the average-power model, placing
 * payments into project years) lives beside this file.
 */
import type { z } from "zod";
import type { Cents } from "../money/round";

export type Segment = "residential" | "commercial";
/**
 * The project's net metering framework. NETTING is net metering under a state's own rules (Massachusetts, Rhode
 * Island, Connecticut's legacy net metering and RRES netting); BUY_ALL is Connecticut's RRES buy-all; "other" is
 * everything else (a utility's own rules, Texas buyback, not net metered). See docs/utilities.md.
 */
export const TARIFFS = ["NEM1", "NEM2", "NBT", "NETTING", "BUY_ALL", "other"] as const;
export type Tariff = (typeof TARIFFS)[number];

/** Sensitivity on the share of events a battery serves (connectivity, customer overrides). */
export type Participation = "low" | "expected" | "high";

/** What a program needs to know about the project (the customer site). */
export interface ProjectFacts {
  /** Two-letter state code, e.g. "CT". */
  state: string;
  segment: Segment;
  utility?: string | null;
  tariff?: Tariff | null;
}

/** One battery model as installed: capacity and power are per unit. */
export interface BatterySpec {
  capacityKwh: number;
  powerKw: number;
  count: number;
  /** Backup reserve the homeowner keeps, in percent of capacity (0–100). */
  reservePercent: number;
}

export type ProgramStatusKind = "open" | "closed-to-new-enrollments" | "funding-uncertain";

export interface ProgramStatus {
  kind: ProgramStatusKind;
  /** One or two sentences for the program card: why, since when, per the source. */
  note: string;
}

export type PayeeKind = "customer" | "contractor";

/** Who receives each kind of payment. A missing key means the program has no such payment. */
export interface Payee {
  upfront?: PayeeKind;
  annual?: PayeeKind;
}

export type BenefitKind = "upfront" | "annual";

/**
 * One dated set of rates with its source. `rates` holds the numbers the program's rule reads,
 * with units in their names (`dollarsPerKwh`, `dollarsPerKwYear`).
 */
export interface RateVersion<Rates = unknown> {
  /** Stable id recorded with a saved proposal, e.g. "ct-ess/2025-01". */
  id: string;
  /** YYYY-MM-DD: the first day (or season) these rates apply to. */
  effectiveDate: string;
  sourceTitle: string;
  sourceUrl: string;
  /** YYYY-MM-DD: the day these rates were last checked against `sourceUrl`. */
  checkedOn: string;
  notes: string;
  rates: Rates;
}

/** A declarative description of one program input, so the UI renders any program's form. */
export interface InputField {
  /** The key in the program's input schema. */
  name: string;
  label: string;
  kind: "select" | "boolean" | "number";
  options?: readonly { value: string; label: string }[];
  unit?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Shown under the field; states the default and what it assumes. */
  help?: string;
  /** Show the field only when another field of the same form has this value. */
  showWhen?: { field: string; equals: string | boolean | number };
  /** Blank means "use the default or the option's value" (the schema marks it optional). */
  optional?: boolean;
}

/** Everything a program's rule may read besides its own inputs. */
export interface ProgramContext {
  project: ProjectFacts;
  battery: BatterySpec | null;
  /** Solar on site (new or existing): a battery without it cannot export during events. */
  hasSolar: boolean;
  /** The battery part of the option's price (programs cap on it). */
  batteryCostCents: Cents;
  /** Project horizon in years: every annual array has this length. */
  years: number;
  participation: Participation;
  /**
   * YYYY-MM-DD (UTC calendar day): the day the proposal is made. A program whose funding ends
   * counts its default paid seasons from it (DSGS: the seasons that begin after this day).
   */
  proposalDate: string;
  /**
   * Share of the battery's original capacity lost each year (0.03 = 3 %): program payments follow the power it
   * still delivers (fade.ts).
   */
  batteryFadePerYear: number;
}

export interface AverageKw {
  kw: number;
  source: "modeled" | "override";
}

/** What a program's rule returns for one option. */
export interface ProgramComputation {
  upfrontCents: Cents;
  /** One entry per project year (index 0 = project year 1), length = horizon. */
  annualCents: Cents[];
  /** The arithmetic, line by line, as an installer reads it aloud. */
  explanation: string[];
  warnings: string[];
  rateVersion: RateVersion;
  averageKw: AverageKw | null;
  /** A sentence when a cap reduced the benefit, else null. */
  capBinding: string | null;
  /** Who is paid, when the inputs change it (else the program's `payee`). */
  payee?: Payee;
  /**
   * What a blank input means for this option when the default depends on the context rather than
   * the schema (DSGS's paid seasons follow the proposal date), by input name: forms show it.
   */
  resolvedDefaults?: Record<string, number>;
}

export interface ProgramDefinition<Id extends string = string, Inputs = unknown, Rates = unknown> {
  readonly id: Id;
  readonly name: string;
  readonly shortName: string;
  readonly administrator: string;
  /** Two-letter state codes where the program is offered. */
  readonly states: readonly string[];
  /** Utilities that run the program: a project with another utility gets a warning, never a block. */
  readonly utilities: readonly string[];
  /** Other spellings of those utilities, accepted when matching the project's utility. */
  readonly utilityAliases: readonly string[];
  /** One sentence for the program card: how it pays. */
  readonly paysHow: string;
  readonly status: ProgramStatus;
  /** YYYY-MM-DD: when the rates were last checked against the sources. */
  readonly ratesVerifiedOn: string;
  readonly payee: Payee;
  readonly benefits: readonly BenefitKind[];
  /** Oldest first; the last one is the current rates. */
  readonly rateVersions: readonly RateVersion<Rates>[];
  /** zod 4 schema of the user's inputs; `{}` parses (every input has a default or is optional). */
  readonly inputSchema: z.ZodType<Inputs>;
  readonly fields: readonly InputField[];
  /**
   * The rule. Called only for an eligible project, with inputs that passed `inputSchema`.
   * Method syntax on purpose: methods are checked bivariantly, which lets a catalog typed
   * `ProgramDefinition[]` (inputs `unknown`) hold programs with different input types. That is
   * sound here because the engine only ever passes data parsed by the same program's schema.
   */
  compute(context: ProgramContext, inputs: Inputs): ProgramComputation;
}

