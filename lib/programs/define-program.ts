import type { ProgramDefinition, RateVersion } from "./types";

/**
 * Identity at run time; at compile time it keeps the program's literal id (so `ProgramId` is a
 * union of the catalog's ids) and infers its input and rate types from the schema and the data.
 */
export function defineProgram<const Id extends string, Inputs, Rates>(
  definition: ProgramDefinition<Id, Inputs, Rates>,
): ProgramDefinition<Id, Inputs, Rates> {
  return definition;
}

/** The last explanation line of every program: which rates, from where. */
export function describeRateSource(version: RateVersion): string {
  return `Rates ${version.id} (from ${version.effectiveDate}): ${version.sourceTitle}, ${version.sourceUrl}`;
}
