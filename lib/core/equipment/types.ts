/**
 * The equipment catalog's shape (docs/equipment.md). Every figure is the manufacturer's published one where it
 * could be read, and every entry says where each figure comes from and whether that page is the manufacturer's own:
 * an installer quoting a battery must be able to check the number the proposal shows.
 */
import type { ProgramId } from "../programs/registry";

/** Where a figure was read. */
export interface FigureSource {
  title: string;
  url: string;
  /** YYYY-MM-DD: the day the page was last read for this entry. */
  checkedOn: string;
  /** The manufacturer's (or the program's) own page; false for a review, an installer's page or a manual mirror. */
  isPrimary: boolean;
  /** Which figures this page gives, and anything it leaves out or contradicts. */
  notes: string;
}

/** A program's published list of eligible equipment that names this model (or its manufacturer). */
export interface ProgramListing {
  programId: ProgramId;
  listTitle: string;
  url: string;
  checkedOn: string;
  /** The program administrator's own list; false when a secondary page reports the eligibility. */
  isPrimary: boolean;
  /** The words the list uses: a model ("Tesla Powerwall 2") or only a manufacturer ("Tesla"). */
  listedAs: string;
}

export interface Warranty {
  /** Null only when no warranty document could be read; the entry's notes say so. */
  years: number | null;
  /** Energy the warranty covers before it ends early, per unit, in MWh; null when none is published. */
  throughputMwh: number | null;
  /** Share of the original capacity guaranteed at the end of the warranty (0.7 = 70%); null when not published. */
  endCapacity: number | null;
}

export type Chemistry = "LFP" | "NMC" | "not stated";

/** How the battery meets the home: through its own inverter on the AC side, or on a DC bus with solar. */
export type Coupling = "AC" | "DC";

/**
 * What the published efficiency measures. The bill model wants AC to AC; the others are shown as published, not
 * converted, because the missing inverter losses are the manufacturer's to state.
 */
export type EfficiencyBasis = "AC to AC" | "solar to battery to grid" | "DC to DC";

interface CatalogEntry {
  /** Stable, lowercase, hyphenated: "tesla-powerwall-3". Saved with an option, so never reused for another model. */
  id: string;
  manufacturer: string;
  model: string;
  /** Usable energy of one unit at the start of its life, kWh. */
  usableKwh: number;
  warranty: Warranty;
  chemistry: Chemistry;
  coupling: Coupling;
  /** How far one installation grows, in the manufacturer's terms. */
  expandableTo: string;
  /** The inverter or controller this battery cannot work without, when it is not built in; null when built in. */
  requiresInverter: string | null;
  eligibleFor: readonly ProgramListing[];
  /** The page most figures come from: the manufacturer's datasheet where it could be reached. */
  source: FigureSource;
  /** Pages that supply the figures `source` lacks. */
  otherSources: readonly FigureSource[];
}

/** A battery that delivers power on its own: one unit of an option's battery line. */
export interface BatteryUnit extends CatalogEntry {
  kind: "battery";
  /** Continuous AC power on the grid, kW: what a program event can count on. */
  continuousKw: number;
  /** Short-duration power, kW, when the manufacturer publishes it in kW; null otherwise. */
  peakKw: number | null;
  /** Round-trip efficiency as a fraction (0.89 = 89%), measured as `efficiencyBasis` says. */
  roundTripEfficiency: number;
  efficiencyBasis: EfficiencyBasis;
}

/** Storage without an inverter that only adds energy to a battery unit (Powerwall 3 Expansion). */
export interface BatteryExpansion extends CatalogEntry {
  kind: "expansion";
  /** The id of the battery unit it attaches to. */
  expands: string;
  /** How many may attach to one battery unit. */
  maxPerUnit: number;
}

export type BatteryModel = BatteryUnit | BatteryExpansion;
