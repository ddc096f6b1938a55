/**
 * One program's inputs on an option (what the installer typed; blank fields keep following the program's defaults),
 * written with its audit row in one transaction.
 */
import { getDb } from "../db/client";
import type { Actor } from "./actor";
import { auditRow } from "./audit";

export interface ProgramInputsChange {
  option: { id: string; projectId: string };
  programId: string;
  inputs: Record<string, unknown>;
  /** The catalog rate version the inputs were checked against. */
  rateVersion: string | null;
  /** What changed, as the activity list says it. */
  summary: string;
}

/** Keeps the program's switch as it is; a program never switched on gets its row, switched off. */
export async function storeProgramInputs(actor: Actor, change: ProgramInputsChange): Promise<void> {
  const { option, programId, inputs, rateVersion, summary } = change;
  const db = getDb();
  await db.$transaction([
    db.enabledProgram.upsert({
      where: { optionId_programId: { optionId: option.id, programId } },
      // Created switched off, so never enabled: no `enabledAt` (the column's default is for rows created switched on).
      create: { optionId: option.id, programId, enabled: false, enabledAt: null, inputs: inputs as object, rateVersion },
      update: { inputs: inputs as object, rateVersion },
    }),
    db.auditEvent.create({ data: auditRow(actor, { projectId: option.projectId, optionId: option.id, action: "program.inputs", summary }) }),
  ]);
}
