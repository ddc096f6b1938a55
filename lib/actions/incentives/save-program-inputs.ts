"use server";

import { revalidatePath } from "next/cache";
import { describeInputChanges } from "../../core/audit/program-inputs";
import { getProgram, parseProgramInputs } from "../../core/programs";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { storeProgramInputs } from "../../server/data/program-inputs";
import { describeInputIssues, programInputsFromForm } from "../../validation/program-inputs";
import { requirePlausible } from "../plausibility";
import { requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, succeeded, type ActionState } from "../state";
import { authorizeOption, optionPaths, requireOption } from "./load-option";

/** Saves one program's inputs for an option after its own zod schema accepts them; an invalid form writes nothing. */
export async function saveProgramInputs(projectId: string, optionId: string, programId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("saveProgramInputs", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    // A hand-made request can send any JSON here; only a string can name a program.
    const program = typeof programId === "string" ? getProgram(programId) : undefined;
    if (!program) return failed("Gridfolio does not know that program. Reload the page to see the current catalog.");
    const values = requireForm(formData);
    const raw = programInputsFromForm(program.fields, values);
    const parsed = parseProgramInputs(program.id, raw);
    if (!parsed?.success) return invalid(parsed ? describeInputIssues(program.fields, parsed.error.issues, values) : {}, "Nothing was saved: some inputs need attention.");
    const option = requireOption(found);
    if (!program.states.includes(option.project.state)) return failed(`${program.shortName} is not offered in ${option.project.state}: nothing was saved.`);

    const stored = option.programs.find((entry) => entry.programId === program.id);
    const withInputs = { ...option, programs: [...option.programs.filter((entry) => entry.programId !== program.id), { programId: program.id, enabled: stored?.enabled ?? false, inputs: raw }] };
    // A battery delivering more than its rating, a reserve above its charge, a season after the horizon: refused.
    requirePlausible(withInputs, (target) => (target.kind === "program" && target.programId === program.id ? target.field : null), { [program.id]: true });
    const result = evaluateStoredOption(withInputs, { enabledPrograms: { [program.id]: true } }).programs.find((entry) => entry.id === program.id);
    const changes = describeInputChanges(program.fields, (stored?.inputs ?? {}) as Record<string, unknown>, raw);
    const summary = changes.length ? `Changed ${program.shortName} inputs on “${option.name}”: ${changes.join("; ")}.` : `Saved ${program.shortName} inputs on “${option.name}” without changes.`;
    // Only what the user typed is stored: blank fields keep following the program's defaults and the option.
    await storeProgramInputs(access, { option, programId: program.id, inputs: raw, rateVersion: result?.rateVersion?.id ?? null, summary });
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded(`${program.shortName} inputs saved.`);
  });
}
