"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "../../db/client";
import { describeWriteFailure } from "../../data/errors";
import { checkEligibility, getProgram } from "../../programs";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { failed, succeeded, type ActionState } from "../state";
import { loadOptionForChange, optionGone, optionPaths } from "./load-option";

const ZToggle = z.object({ programId: z.string().max(64), enabled: z.boolean() });

/** Switches one catalog program on or off for an option, keeping its inputs either way. */
export async function setProgramEnabled(projectId: string, optionId: string, programIdArg: string, enabledArg: boolean): Promise<ActionState> {
  const parsed = ZToggle.safeParse({ programId: programIdArg, enabled: enabledArg });
  if (!parsed.success) return failed("That switch sent an invalid value. Reload the page and try again.");
  const { programId, enabled } = parsed.data;
  const program = getProgram(programId);
  if (!program) return failed("Gridfolio does not know that program. Reload the page to see the current catalog.");

  try {
    const option = await loadOptionForChange(projectId, optionId);
    if (!option) return failed(optionGone);
    if (enabled) {
      const eligibility = checkEligibility(program, {
        state: option.project.state,
        segment: option.project.segment,
        utility: option.project.utility,
        hasBattery: option.batteryCount > 0 && option.batteryCapacityKwh > 0,
      });
      if (!eligibility.eligible) return failed(`${program.shortName} cannot be enabled: ${eligibility.reasons.join(" ")}`);
    }
    if (enabled) {
      const result = evaluateStoredOption(option, { enabledPrograms: { [programId]: true } }).programs.find((entry) => entry.id === programId);
      await getDb().enabledProgram.upsert({
        where: { optionId_programId: { optionId: option.id, programId } },
        create: { optionId: option.id, programId, enabled, inputs: {}, rateVersion: result?.rateVersion?.id ?? null },
        update: { enabled, rateVersion: result?.rateVersion?.id ?? null },
      });
    } else {
      // Switching off keeps the row and its inputs; a program that was never on has nothing to switch off.
      await getDb().enabledProgram.updateMany({ where: { optionId: option.id, programId }, data: { enabled: false } });
    }
    const paths = optionPaths(option);
    revalidatePath(paths.option, "layout");
    revalidatePath(paths.project);
    return succeeded(`${program.shortName} ${enabled ? "enabled" : "disabled"}.`);
  } catch (error) {
    console.error("setProgramEnabled failed", error);
    return failed(describeWriteFailure(error));
  }
}
