"use server";

import { revalidatePath } from "next/cache";
import { exclusionsOf, getProgram } from "../../core/programs";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { writeCountedChoice } from "../../server/data/program-switch";
import { requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { buildLivePreview } from "./live-preview";
import { authorizeOption, optionPaths, requireOption } from "./load-option";
import type { ProgramSwitchState } from "./set-program-enabled";

/**
 * "Count DSGS instead": of two enabled programs that exclude each other, the installer chooses the one that counts,
 * whichever was enabled first. The choice is stored on the chosen program and cleared on the others of its pairs;
 * switching the chosen program off clears it too (program-switch.ts). Answers with the recomputed live preview.
 */
export async function countProgramInstead(projectId: string, optionId: string, programIdArg: string, _previous: ActionState, formData: FormData): Promise<ProgramSwitchState> {
  return runAction("countProgramInstead", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    requireForm(formData);
    // A hand-made request can send any JSON here; only a string can name a program.
    const program = typeof programIdArg === "string" ? getProgram(programIdArg) : undefined;
    if (!program) return failed("Gridfolio does not know that program. Reload the page to see the current catalog.");
    const option = requireOption(found);
    const isEnabled = (id: string) => option.programs.some((entry) => entry.programId === id && entry.enabled);
    if (!isEnabled(program.id)) return failed(`${program.shortName} is switched off: switch it on to count it. Nothing was saved.`);
    const excludedIds: string[] = exclusionsOf(program.id).flatMap((exclusion) => exclusion.programIds.filter((id) => id !== program.id));
    const setAside = excludedIds.filter(isEnabled).map((id) => getProgram(id)?.shortName ?? id);
    if (setAside.length === 0) return failed(`${program.shortName} already counts: no program it excludes is switched on. Nothing was saved.`);

    const written = await writeCountedChoice(access, {
      optionId: option.id,
      programId: program.id,
      excludedIds,
      audit: { projectId: option.projectId, optionId: option.id, action: "program.chosen", summary: `Chose to count ${program.shortName} instead of ${setAside.join(" and ")} on “${option.name}”.` },
    });
    if (!written) return failed(`${program.shortName} was switched off meanwhile: nothing was saved. Reload the page to see the option as it is.`);
    const chosen = {
      ...option,
      programs: option.programs.map((entry) =>
        entry.programId === program.id ? { ...entry, chosenToCount: true } : excludedIds.includes(entry.programId) ? { ...entry, chosenToCount: false } : entry,
      ),
    };
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return { ...succeeded(`${program.shortName} now counts instead of ${setAside.join(" and ")}.`), ...buildLivePreview(chosen, evaluateStoredOption(chosen)) };
  });
}
