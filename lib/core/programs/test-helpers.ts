/**
 * Helpers for the program tests (not shipped code paths): a typical project context, and a
 * program run the way the engine runs it (inputs parsed by the program's own schema first).
 */
import type { BatterySpec, ProgramComputation, ProgramContext, ProgramDefinition } from "./types";

/** One 13.5 kWh / 5 kW battery with a 20% reserve: the seed's typical residential battery. */
export const TYPICAL_BATTERY: BatterySpec = { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 };

export function makeContext(overrides: Partial<ProgramContext> = {}): ProgramContext {
  return {
    project: { state: "CA", segment: "residential", utility: null, tariff: "NEM2" },
    battery: TYPICAL_BATTERY,
    hasSolar: true,
    batteryCostCents: 1_500_000,
    years: 25,
    participation: "expected",
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
