"use server";

import { z } from "zod";
import { programsForState } from "../../core/programs";
import { participationLevels } from "../../proposal/participation";
import { ZPresentAnswers } from "../../proposal/present-questions";
import { presentOption, type Presentation } from "../../proposal/present-view";
import type { ProposalPreview } from "../../proposal/summary";
import { describeReadFailure } from "../../server/data/errors";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";
import { authorizeOption, requireOption } from "./load-option";

const ZPreviewRequest = z.object({
  enabledPrograms: z.record(z.string().max(64), z.boolean()),
  participation: z.enum(participationLevels as ["low", "expected", "high"]),
  /** The homeowner's answers (tier, Grid Edge): optional, so a request without them reads the saved inputs. */
  answers: ZPresentAnswers.optional(),
});

export type PreviewAnswer = { ok: true; preview: ProposalPreview; presentation: Presentation } | { ok: false; message: string };

/**
 * Presentation mode: the proposal's figures with programs switched on or off, another participation level and the
 * homeowner's answers, as the salesperson tries them. Reads the option, runs the engine, and writes nothing: the
 * stored proposal is untouched.
 */
export async function previewProposal(projectId: string, optionId: string, request: unknown): Promise<PreviewAnswer> {
  const state: ActionState & { figures?: Omit<Extract<PreviewAnswer, { ok: true }>, "ok"> } = await runAction(
    "previewProposal",
    async () => {
      // Reading is enough: a viewer may present. The answer is built from the caller's organization's option only.
      const { option: found } = await authorizeOption("read", projectId, optionId, describeReadFailure);
      const parsed = ZPreviewRequest.safeParse(request);
      if (!parsed.success) return failed("That preview request is not valid. Reload the page and try again.");
      const option = requireOption(found, "This option no longer exists; it may have been deleted.");
      // Only the programs of the project's state can be tried; anything else in the request is ignored.
      const offered = new Set(programsForState(option.project.state).map((program) => program.id));
      const enabledPrograms = Object.fromEntries(Object.entries(parsed.data.enabledPrograms).filter(([id]) => offered.has(id)));
      const figures = presentOption(option, { enabledPrograms, participation: parsed.data.participation, answers: parsed.data.answers });
      return { ok: true, message: null, fieldErrors: {}, figures };
    },
    describeReadFailure,
  );
  // The presentation page reads figures or a sentence, not a form's state.
  return state.ok && state.figures ? { ok: true, ...state.figures } : { ok: false, message: state.message ?? "" };
}
