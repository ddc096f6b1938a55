"use server";

import { z } from "zod";
import { checkEligibility, getProgram } from "../../core/programs";
import { hasBattery } from "../../proposal/battery-summary";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { writeProgramSwitch } from "../../server/data/program-switch";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";
import { buildLivePreview, type LivePreview } from "./live-preview";
import { authorizeOption, requireOption } from "./load-option";

const ZToggle = z.object({ programId: z.string().max(64), enabled: z.boolean() });

/** A switch's or a choice's answer: on success, the option's recomputed live preview. */
export type ProgramSwitchState = ActionState & { isEnabled?: boolean } & Partial<LivePreview>;

/**
 * Switches one catalog program on or off for an option, keeping its inputs either way, and answers with the
 * option's recomputed proposal preview. The page is not re-rendered for a switch: the preview is all that
 * changes, and sending it back keeps the round trip close to an empty action's. Other pages render per request.
 * Its database work is two statements: the access check with the option, then the switch with its audit row.
 */
export async function setProgramEnabled(projectId: string, optionId: string, programIdArg: string, enabledArg: boolean): Promise<ProgramSwitchState> {
  return runAction("setProgramEnabled", async () => {
    const { access, option: found } = await authorizeOption("update", projectId, optionId);
    const parsed = ZToggle.safeParse({ programId: programIdArg, enabled: enabledArg });
    if (!parsed.success) return failed("That switch sent an invalid value. Reload the page and try again.");
    const { programId, enabled } = parsed.data;
    const program = getProgram(programId);
    if (!program) return failed("Gridfolio does not know that program. Reload the page to see the current catalog.");
    const option = requireOption(found);

    if (enabled) {
      const eligibility = checkEligibility(program, {
        state: option.project.state,
        segment: option.project.segment,
        utility: option.project.utility,
        hasBattery: hasBattery(option),
      });
      if (!eligibility.eligible) return failed(`${program.shortName} cannot be enabled: ${eligibility.reasons.join(" ")}`);
    }
    const stored = option.programs.find((entry) => entry.programId === programId);
    const now = new Date();
    // The row as the switch leaves it: a program that stays on keeps when it was enabled and the installer's choice;
    // one switched on now is enabled last; one switched off has neither (program-switch.ts writes the same).
    const isStillOn = enabled && stored?.enabled === true;
    const row = { programId, enabled, inputs: stored?.inputs ?? {}, enabledAt: isStillOn && stored.enabledAt ? stored.enabledAt : enabled ? now : null, chosenToCount: isStillOn ? stored.chosenToCount : false };
    const switched = {
      ...option,
      programs: [...option.programs.filter((entry) => entry.programId !== programId), ...(stored || enabled ? [row] : [])],
    };
    // One engine run gives both the rate version to store and the preview to answer with.
    const evaluation = evaluateStoredOption(switched);
    await writeProgramSwitch(access, {
      optionId: option.id,
      programId,
      enabled,
      rateVersion: enabled ? (evaluation.programs.find((entry) => entry.id === programId)?.rateVersion?.id ?? null) : null,
      audit: { projectId: option.projectId, optionId: option.id, action: enabled ? "program.enabled" : "program.disabled", summary: `${enabled ? "Enabled" : "Disabled"} ${program.shortName} on “${option.name}”.` },
    }, now);
    return { ...succeeded(`${program.shortName} ${enabled ? "enabled" : "disabled"}.`), isEnabled: enabled, ...buildLivePreview(switched, evaluation) };
  });
}
