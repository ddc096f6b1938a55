"use server";

import { z } from "zod";
import { programsForState } from "../../core/programs";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { participationLevels } from "../../proposal/participation";
import { buildProposalPreview, type ProposalPreview } from "../../proposal/summary";
import { describeReadFailure } from "../../server/data/errors";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";
import { authorizeOption, requireOption } from "./load-option";

const ZPreviewRequest = z.object({
  enabledPrograms: z.record(z.string().max(64), z.boolean()),
  participation: z.enum(participationLevels as ["low", "expected", "high"]),
});

export type PreviewAnswer = { ok: true; preview: ProposalPreview } | { ok: false; message: string };

/**
 * Presentation mode: the proposal's figures with programs switched on or off as the salesperson tries them.
 * Reads the option, runs the engine, and writes nothing: the stored proposal is untouched.
 */
export async function previewProposal(projectId: string, optionId: string, request: unknown): Promise<PreviewAnswer> {
  const state: ActionState & { preview?: ProposalPreview } = await runAction(
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
      const evaluation = evaluateStoredOption(option, { enabledPrograms, participation: parsed.data.participation });
      return { ok: true, message: null, fieldErrors: {}, preview: buildProposalPreview(option, evaluation) };
    },
    describeReadFailure,
  );
  // The presentation page reads a preview or a sentence, not a form's state.
  return state.ok && state.preview ? { ok: true, preview: state.preview } : { ok: false, message: state.message ?? "" };
}
