/**
 * Which programs a project may use (docs/programs.md, "Rules common to all five programs"): offered
 * by state, residential only, battery required. The utility is never a block: Gridfolio does not
 * validate it, so a utility that does not run the program only earns a warning.
 */
import type { ProgramDefinition, ProgramStatusKind, Segment } from "./types";

export interface EligibilityFacts {
  state: string;
  segment: Segment;
  utility?: string | null | undefined;
  hasBattery: boolean;
}

export type IneligibilityCode = "other-state" | "commercial" | "no-battery" | "closed";

export interface Eligibility {
  eligible: boolean;
  /** Why not, one sentence each (empty when eligible). */
  reasons: string[];
  /** Machine-readable twins of `reasons`, same order. */
  reasonCodes: IneligibilityCode[];
  warnings: string[];
}

export function normalizeState(state: string): string {
  return state.trim().toUpperCase();
}

/** Lowercase letters and digits only: "PG&E" and "pg & e" compare equal. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

// One evaluation checks the same project utility against every program of its state: remember
// the last one normalized.
let lastUtility = "";
let lastNormalizedUtility = "";
function normalizeUtility(utility: string): string {
  if (utility !== lastUtility) {
    lastUtility = utility;
    lastNormalizedUtility = normalizeName(utility);
  }
  return lastNormalizedUtility;
}

/**
 * Whether the project's utility is one that runs the program. A prefix match accepts longer
 * official names ("Eversource Energy" for "Eversource"); programs list their common aliases.
 */
export function isUtilityListed(
  program: Pick<ProgramDefinition, "utilities" | "utilityAliases">,
  utility: string,
): boolean {
  const wanted = normalizeUtility(utility);
  if (wanted === "") return true;
  return normalizedUtilities(program).some((name) => wanted === name || wanted.startsWith(name));
}

/** Programs are constant data: normalize their utility names once. */
const normalizedUtilityCache = new WeakMap<object, readonly string[]>();
function normalizedUtilities(program: Pick<ProgramDefinition, "utilities" | "utilityAliases">): readonly string[] {
  let names = normalizedUtilityCache.get(program);
  if (names === undefined) {
    names = [...program.utilities, ...program.utilityAliases].map(normalizeName);
    normalizedUtilityCache.set(program, names);
  }
  return names;
}

export function checkEligibility(program: ProgramDefinition, facts: EligibilityFacts): Eligibility {
  const reasons: string[] = [];
  const reasonCodes: IneligibilityCode[] = [];
  const warnings: string[] = [];
  const state = normalizeState(facts.state);

  if (!program.states.includes(state)) {
    reasonCodes.push("other-state");
    reasons.push(`${program.shortName} is offered in ${program.states.join(", ")}; the project is in ${state || "no state"}.`);
  }
  if (facts.segment === "commercial") {
    reasonCodes.push("commercial");
    reasons.push(`Commercial project: ${program.shortName} is for residential customers only.`);
  }
  if (!facts.hasBattery) {
    reasonCodes.push("no-battery");
    reasons.push(`No battery: ${program.shortName} pays for a battery's performance, and this option has none.`);
  }
  addStatus(program, reasons, reasonCodes, warnings);

  const utility = facts.utility?.trim();
  if (utility && !isUtilityListed(program, utility)) {
    warnings.push(
      `${program.shortName} is run by ${program.utilities.join(", ")}; ${utility} is not one of them. Check that the customer's utility takes part.`,
    );
  }
  return { eligible: reasons.length === 0, reasons, reasonCodes, warnings };
}

function addStatus(
  program: ProgramDefinition,
  reasons: string[],
  reasonCodes: IneligibilityCode[],
  warnings: string[],
): void {
  const kind: ProgramStatusKind = program.status.kind;
  switch (kind) {
    case "open":
      return;
    case "closed-to-new-enrollments":
      // A new proposal cannot enroll, so counting the program would promise money nobody pays.
      reasonCodes.push("closed");
      reasons.push(`${program.shortName} is closed to new enrollments: ${program.status.note}`);
      return;
    case "funding-uncertain":
      // Still enrollable: count it, but say so on the proposal.
      warnings.push(`Funding uncertain: ${program.status.note}`);
      return;
    default: {
      const unhandled: never = kind;
      throw new Error(`unhandled program status ${String(unhandled)}`);
    }
  }
}
