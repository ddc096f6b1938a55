/**
 * Programs that cannot both pay for the same battery, stated as data (docs/programs.md,
 * "Programs that exclude each other"). The engine counts one program of an excluded pair: the one
 * enabled first; the other is a result that does not count, and both explanations say why.
 */
import type { ProgramId } from "./registry";

export interface ProgramExclusion {
  /** The two programs; their order means nothing. */
  programIds: readonly [ProgramId, ProgramId];
  /** Why they exclude each other, as a clause: "ELRP and DSGS cannot pay for the same battery". */
  rule: string;
  /** What the rule says, in the source's terms. */
  basis: string;
  /** Which one to enable, and when. */
  guidance: string;
  sourceTitle: string;
  sourceUrl: string;
  /** YYYY-MM-DD: when the rule was last checked against the source. */
  checkedOn: string;
}

// Source: California Energy Commission, "DSGS Provider Applications" (eligible participants): a DSGS
// participant's account may not be "receiving payment or accounting for the same reduction in use of
// electricity through any other utility or state program". ELRP is a utility program (PG&E, ordered by
// the CPUC), so one battery's reduction is paid by one of the two. Product guidance (Gridfolio's program
// notes, December 2026): ELRP for PG&E customers, DSGS for SCE and SDG&E customers. Checked 2026-12-02.
export const programExclusions: readonly ProgramExclusion[] = [
  {
    programIds: ["elrp", "dsgs"],
    rule: "ELRP and DSGS cannot pay for the same battery",
    basis: "the CEC does not pay DSGS for a load reduction another utility or state program already pays for",
    guidance: "Enable ELRP for PG&E customers, DSGS for SCE and SDG&E customers.",
    sourceTitle: "California Energy Commission: DSGS Provider Applications (eligible participants)",
    sourceUrl: "https://www.energy.ca.gov/programs-and-topics/programs/demand-side-grid-support-program/dsgs-provider-applications",
    checkedOn: "2026-12-02",
  },
];

/** The exclusion between two programs, if any (either order). */
export function findExclusion(firstId: string, secondId: string): ProgramExclusion | undefined {
  for (const exclusion of programExclusions) {
    const [a, b] = exclusion.programIds;
    if ((a === firstId && b === secondId) || (a === secondId && b === firstId)) return exclusion;
  }
  return undefined;
}

/** The exclusions a program takes part in, for its card ("cannot be counted with …"). */
export function exclusionsOf(programId: string): ProgramExclusion[] {
  return programExclusions.filter((exclusion) => exclusion.programIds.includes(programId as ProgramId));
}
