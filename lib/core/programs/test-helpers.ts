/**
 * Helpers for the program tests (not shipped code paths): a typical project context, and a
 * program run the way the engine runs it (inputs parsed by the program's own schema first).
 */
import { isoDateOf } from "../dates/iso-date";
import type { BatterySpec, ProgramComputation, ProgramContext, ProgramDefinition } from "./types";

/** The calendar day `daysAfter2024` days after 2024-01-01, as YYYY-MM-DD (for property tests). */
export function isoDateFromDayOffset(daysAfter2024: number): string {
  return isoDateOf(new Date(Date.UTC(2024, 0, 1) + daysAfter2024 * 86_400_000));
}

/** One 13.5 kWh / 5 kW battery with a 20% reserve: the seed's typical residential battery. */
export const TYPICAL_BATTERY: BatterySpec = { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 };

/** A proposal made before the 2026 season began (May 1): DSGS's default counts that one funded season. */
export const PROPOSAL_DATE_BEFORE_2026_SEASON = "2026-03-02";

export function makeContext(overrides: Partial<ProgramContext> = {}): ProgramContext {
  return {
    project: { state: "CA", segment: "residential", utility: null, tariff: "NEM2" },
    battery: TYPICAL_BATTERY,
    hasSolar: true,
    batteryCostCents: 1_500_000,
    years: 25,
    participation: "expected",
    proposalDate: PROPOSAL_DATE_BEFORE_2026_SEASON,
    // No fade unless a test sets it: the figures are the program's rates (fade.test.ts tests fade).
    batteryFadePerYear: 0,
    ...overrides,
  };
}

/** Parses `rawInputs` with the program's schema (throws if invalid) and computes. */
export function runProgram<Inputs>(
  program: ProgramDefinition<string, Inputs>,
  context: ProgramContext,
  rawInputs: unknown = {},
): ProgramComputation {
  return program.compute(context, program.inputSchema.parse(rawInputs));
}

/** Sum of the first `years` annual payments, in cents. */
export function sumOfFirstYears(annualCents: readonly number[], years: number): number {
  let total = 0;
  for (let index = 0; index < years && index < annualCents.length; index++) total += annualCents[index] ?? 0;
  return total;
}
