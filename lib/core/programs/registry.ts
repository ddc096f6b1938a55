/**
 * The catalog: every program Gridfolio knows, in the order the UI lists them. Adding a program
 * is a new folder (`<id>/program.ts` and `<id>/<id>.test.ts`) plus one line here; no page,
 * component or finance code names a program. Programs that cannot both pay for one battery are
 * listed, as data, in exclusions.ts.
 */
import { connectedSolutionsMa } from "./connected-solutions-ma/program";
import { connectedSolutionsRi } from "./connected-solutions-ri/program";
import { ctEss } from "./ct-ess/program";
import { dsgs } from "./dsgs/program";
import { elrp } from "./elrp/program";
import { normalizeState } from "./eligibility";
import type { ProgramDefinition } from "./types";

export const programCatalog = [elrp, dsgs, connectedSolutionsMa, connectedSolutionsRi, ctEss] as const;

export type ProgramId = (typeof programCatalog)[number]["id"];

const programsById: ReadonlyMap<string, ProgramDefinition> = new Map(
  programCatalog.map((program): [string, ProgramDefinition] => [program.id, program]),
);

export function getProgram(id: string): ProgramDefinition | undefined {
  return programsById.get(id);
}

export function isProgramId(id: string): id is ProgramId {
  return programsById.has(id);
}

const programsByState = new Map<string, readonly ProgramDefinition[]>();
for (const program of programCatalog as readonly ProgramDefinition[]) {
  for (const state of program.states) programsByState.set(state, [...(programsByState.get(state) ?? []), program]);
}

/** The programs offered in a state (two-letter code, any case), in catalog order. */
export function programsForState(state: string): ProgramDefinition[] {
  return [...(programsByState.get(normalizeState(state)) ?? [])];
}

/** Parses one program's inputs with its schema; zod's safeParse result, for form field errors. */
export function parseProgramInputs(id: string, raw: unknown) {
  const program = getProgram(id);
  if (program === undefined) return undefined;
  return program.inputSchema.safeParse(raw ?? {});
}
