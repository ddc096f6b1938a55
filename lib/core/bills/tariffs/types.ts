/**
 * A utility tariff as versioned data, like the programs' rate versions (docs/engine.md): id, effective date, the
 * source read and when, notes, and the rate in URDB's structure (tariff.ts). `verification` says, figure by figure,
 * what was read from a source and what is a placeholder: a figure that could not be read is never passed off as
 * sourced (docs/bills.md, "Tariffs").
 */
import type { ExportRuleInput } from "../export-rules";
import { parseUrdbRate, type TariffRate, type UrdbRate } from "../tariff";

export interface TariffSourceFigure {
  /** What the figure is: "Standard Service supply, Jan–Jun 2026". */
  what: string;
  value: string;
  sourceUrl: string;
  /** How it was read: from the utility's own page, from a third party, or derived (the derivation in `what`). */
  how: "utility page" | "third party" | "derived";
}

export interface TariffVersion {
  /** "pge-e-tou-c/2026-03": the tariff id, a slash, the version. */
  id: string;
  tariffId: string;
  utility: string;
  /** Utility names and aliases the tariff applies to (matched like program utilities). */
  utilityAliases: readonly string[];
  state: string;
  name: string;
  effectiveDate: string;
  sourceTitle: string;
  sourceUrl: string;
  checkedOn: string;
  notes: string;
  verification: {
    /** "verified": every figure read from the utility; "partial": some placeholders; "placeholder": rates not read. */
    status: "verified" | "partial" | "placeholder";
    read: readonly TariffSourceFigure[];
    /** Figures that could not be read this session and hold a labelled placeholder, one sentence each. */
    placeholders: readonly string[];
  };
  /** The export rule a new interconnection gets, and why. */
  defaultExportRule: ExportRuleInput;
  exportRuleNote: string;
  urdb: UrdbRate;
  rate: TariffRate;
}

/** Checks the URDB literal once, when the module loads: a shipped tariff that does not parse breaks the tests. */
export function defineTariffVersion(version: Omit<TariffVersion, "rate">): TariffVersion {
  return { ...version, rate: parseUrdbRate(version.urdb) };
}

/** A tier pair for a baseline credit: usage up to the daily allowance is priced `credit` lower. */
export function baselineTiers(dollarsPerKwh: number, creditDollarsPerKwh: number, allowanceKwhPerDay: number, sellDollarsPerKwh = 0) {
  return [
    { rate: round5(dollarsPerKwh - creditDollarsPerKwh), max: allowanceKwhPerDay, unit: "kWh daily", sell: sellDollarsPerKwh },
    { rate: dollarsPerKwh, sell: sellDollarsPerKwh },
  ];
}

const round5 = (value: number) => Math.round(value * 100_000) / 100_000;

/** A flat residential rate in URDB form: one price all day and all year (supply as `rate`, delivery as `adj`). */
export function flatUrdb(name: string, utility: string, supplyDollarsPerKwh: number, deliveryDollarsPerKwh: number, fixedDollarsPerMonth: number) {
  const allDay = Array.from({ length: 12 }, () => Array.from({ length: 24 }, () => 0));
  return {
    name,
    utility,
    energyratestructure: [[{ rate: supplyDollarsPerKwh, adj: deliveryDollarsPerKwh }]],
    energyweekdayschedule: allDay,
    energyweekendschedule: allDay,
    fixedchargefirstmeter: fixedDollarsPerMonth,
    fixedchargeunits: "$/month",
    holidays: "none" as const,
    periodNames: ["All hours"],
  };
}
