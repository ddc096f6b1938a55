import type { Access } from "../../auth/access";
import { getOption, type OptionDetail } from "../../data/options";
import { parseId } from "../ids";

/** The option an incentive action changes: of the caller's organization, under the project named in the URL. */
export async function loadOptionForChange(access: Access, projectIdArg: unknown, optionIdArg: unknown): Promise<OptionDetail | null> {
  const projectId = parseId(projectIdArg);
  const optionId = parseId(optionIdArg);
  if (!projectId || !optionId) return null;
  return getOption(access.organizationId, projectId, optionId);
}

export const optionGone = "This option no longer exists; it may have been deleted. Nothing was saved.";

export function optionPaths(option: { id: string; projectId: string }) {
  return { project: `/projects/${option.projectId}`, option: `/projects/${option.projectId}/options/${option.id}` };
}
