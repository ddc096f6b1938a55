import { accessOf, type Access, type AccessResult } from "../../server/auth/access";
import type { ActionOf } from "../../server/auth/roles";
import { readSignedInUser } from "../../server/auth/session";
import { findMembership, findMembershipAndOption } from "../../server/data/access";
import { describeWriteFailure } from "../../server/data/errors";
import type { OptionDetail } from "../../server/data/options";
import { decideAccess } from "../authorize";
import { failed, type ActionState } from "../state";
import { parseId } from "../../validation/ids";

export type OptionAccess = { ok: true; access: Access; option: OptionDetail | null } | { ok: false; state: ActionState };

/**
 * The access check of an incentive action and the option it works on: of the caller's organization, under the
 * project named in the URL (null when it is not there). The same refusals as `authorize` (`decideAccess`);
 * the membership and the option are read by one statement, so a program switch reads once before it writes.
 */
export async function authorizeOption(action: ActionOf<"project">, projectIdArg: unknown, optionIdArg: unknown, describeFailure = describeWriteFailure): Promise<OptionAccess> {
  const projectId = parseId(projectIdArg);
  const optionId = parseId(optionIdArg);
  let result: AccessResult;
  let option: OptionDetail | null = null;
  try {
    const user = await readSignedInUser();
    if (user) {
      // Ids that cannot name an option find none, but the caller still gets the refusal their role deserves first.
      const found = projectId && optionId ? await findMembershipAndOption(user, projectId, optionId) : { membership: await findMembership(user), option: null };
      result = accessOf(user, found.membership);
      option = found.option;
    } else {
      result = { kind: "signed-out" };
    }
  } catch (error) {
    // The membership lookup is the action's first query: an unreachable database is reported here, plainly.
    console.error("authorizeOption failed", error);
    return { ok: false, state: failed(describeFailure(error)) };
  }
  const decision = decideAccess(result, "project", action);
  return decision.ok ? { ...decision, option } : decision;
}

export const optionGone = "This option no longer exists; it may have been deleted. Nothing was saved.";

export function optionPaths(option: { id: string; projectId: string }) {
  return { project: `/projects/${option.projectId}`, option: `/projects/${option.projectId}/options/${option.id}` };
}
