import { getProgram } from "./registry";

/** The program's short name as installers say it ("CT-ESS"), or its id when the catalog no longer has it. */
export function programName(programId: string): string {
  return getProgram(programId)?.shortName ?? programId;
}
