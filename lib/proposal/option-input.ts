import type { OptionInput } from "../core/finance";
import { programCatalog } from "../core/programs";
import { hasBattery } from "./battery-summary";

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
  project: { state: string; segment: "residential" | "commercial"; utility: string | null; tariff: "NEM1" | "NEM2" | "NBT" | "other" };
  programs: { programId: string; enabled: boolean; inputs: unknown }[];
  customIncentives: {
    id: string;
    name: string;
    kind: "upfront" | "annual";
    basis: "fixed" | "per_kwh" | "per_watt";
    amountCents: number;
    capCents: number | null;
    years: number | null;
  }[];
};

export type Participation = "low" | "expected" | "high";

export type EvaluationOverrides = {
  participation?: Participation;
  /** Program switches to try without saving (presentation mode, previews): id → enabled. */
  enabledPrograms?: Record<string, boolean>;
};

/** Converts stored rows (percent columns, enabled flags) into the engine's input. The one boundary between the database and the core. */
export function toOptionInput(option: StoredOption, overrides: EvaluationOverrides = {}): OptionInput {
  const storedInputs = new Map(option.programs.map((program) => [program.programId, program]));
  const enabledIds = new Set(option.programs.filter((program) => program.enabled).map((program) => program.programId));
  for (const [id, isEnabled] of Object.entries(overrides.enabledPrograms ?? {})) {
    if (isEnabled) enabledIds.add(id);
    else enabledIds.delete(id);
  }
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
    billSavingsYear1Cents: option.billSavingsYear1Cents,
    assumptions: {
      years: option.horizonYears,
      utilityEscalation: option.utilityEscalationPercent / 100,
      discountRate: option.discountRatePercent / 100,
      degradation: option.degradationPercent / 100,
      omCostYearlyCents: option.omCostYearlyCents,
    },
    programs: [...enabledIds].sort(byCatalogOrder).map((id) => ({ id, inputs: storedInputs.get(id)?.inputs ?? {} })),
    customIncentives: option.customIncentives.map((incentive) =>
      incentive.kind === "upfront"
        ? { id: incentive.id, name: incentive.name, kind: "upfront" as const, basis: incentive.basis, amountCents: incentive.amountCents, capCents: incentive.capCents }
        : { id: incentive.id, name: incentive.name, kind: "annual" as const, amountCents: incentive.amountCents, years: incentive.years ?? 1 },
    ),
    participation: overrides.participation ?? "expected",
  };
}
