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

const rateSourceLines = new WeakMap<RateVersion, string>();

/** The last explanation line of every program: which rates, from where. (Rate data is constant: built once.) */
export function describeRateSource(version: RateVersion): string {
  let line = rateSourceLines.get(version);
  if (line === undefined) {
    line = `Rates ${version.id} (from ${version.effectiveDate}): ${version.sourceTitle}, ${version.sourceUrl}`;
    rateSourceLines.set(version, line);
  }
  return line;
}
