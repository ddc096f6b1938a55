"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { describeInputChanges } from "../../core/audit/program-inputs";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { getProgram, parseProgramInputs } from "../../core/programs";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { readForm } from "../../validation/fields";
import { describeInputIssues, programInputsFromForm } from "../../validation/program-inputs";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, succeeded, type ActionState } from "../state";
import { authorizeOption, optionGone, optionPaths } from "./load-option";

/** Saves one program's inputs for an option after its own zod schema accepts them; an invalid form writes nothing. */
export async function saveProgramInputs(projectId: string, optionId: string, programId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorizeOption("update", projectId, optionId);
  if (!allowed.ok) return allowed.state;
  const { access, option } = allowed;
  // A hand-made request can send any JSON here; only a string can name a program.
  const program = typeof programId === "string" ? getProgram(programId) : undefined;
  if (!program) return failed("Gridfolio does not know that program. Reload the page to see the current catalog.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const raw = programInputsFromForm(program.fields, values);
  const parsed = parseProgramInputs(program.id, raw);
  if (!parsed?.success) return invalid(parsed ? describeInputIssues(program.fields, parsed.error.issues, values) : {}, "Nothing was saved: some inputs need attention.");

  if (!option) return failed(optionGone);
  try {
    if (!program.states.includes(option.project.state)) return failed(`${program.shortName} is not offered in ${option.project.state}: nothing was saved.`);
    const stored = option.programs.find((entry) => entry.programId === program.id);
    const withInputs = { ...option, programs: [...option.programs.filter((entry) => entry.programId !== program.id), { programId: program.id, enabled: stored?.enabled ?? false, inputs: raw }] };
    const result = evaluateStoredOption(withInputs, { enabledPrograms: { [program.id]: true } }).programs.find((entry) => entry.id === program.id);
    // Only what the user typed is stored: blank fields keep following the program's defaults and the option.
    const db = getDb();
    const changes = describeInputChanges(program.fields, (stored?.inputs ?? {}) as Record<string, unknown>, raw);
    const summary = changes.length ? `Changed ${program.shortName} inputs on “${option.name}”: ${changes.join("; ")}.` : `Saved ${program.shortName} inputs on “${option.name}” without changes.`;
    await db.$transaction([
      db.enabledProgram.upsert({
        where: { optionId_programId: { optionId: option.id, programId: program.id } },
        create: { optionId: option.id, programId: program.id, enabled: false, inputs: raw as object, rateVersion: result?.rateVersion?.id ?? null },
        update: { inputs: raw as object, rateVersion: result?.rateVersion?.id ?? null },
      }),
      db.auditEvent.create({ data: auditRow(access, { projectId: option.projectId, optionId: option.id, action: "program.inputs", summary }) }),
    ]);
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded(`${program.shortName} inputs saved.`);
  } catch (error) {
    console.error("saveProgramInputs failed", error);
    return failed(describeWriteFailure(error));
  }
}
