"use server";

import { z } from "zod";
import { describeReadFailure } from "../../server/data/errors";
import { programsForState } from "../../core/programs";
import { evaluateStoredOption } from "../../proposal/evaluate";
import { participationLevels } from "../../proposal/participation";
import { buildProposalPreview, type ProposalPreview } from "../../proposal/summary";
import { signedOutMessage } from "../../server/auth/access";
import { authorizeOption } from "./load-option";

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
  // Reading is enough: a viewer may present. The answer is built from the caller's organization's option only.
  const allowed = await authorizeOption("read", projectId, optionId, describeReadFailure);
  if (!allowed.ok) return { ok: false, message: allowed.state.message ?? signedOutMessage };
  const { option } = allowed;
  const parsed = ZPreviewRequest.safeParse(request);
  if (!parsed.success) return { ok: false, message: "That preview request is not valid. Reload the page and try again." };
  if (!option) return { ok: false, message: "This option no longer exists; it may have been deleted." };
  try {
    // Only the programs of the project's state can be tried; anything else in the request is ignored.
    const offered = new Set(programsForState(option.project.state).map((program) => program.id));
    const enabledPrograms = Object.fromEntries(Object.entries(parsed.data.enabledPrograms).filter(([id]) => offered.has(id)));
    const evaluation = evaluateStoredOption(option, { enabledPrograms, participation: parsed.data.participation });
    return { ok: true, preview: buildProposalPreview(option, evaluation) };
  } catch (error) {
    console.error("previewProposal failed", error);
    return { ok: false, message: describeReadFailure(error) };
  }
}
