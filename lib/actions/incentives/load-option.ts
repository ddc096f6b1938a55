import { DomainError } from "../../core/errors/domain-error";
import { accessOf, type Access, type AccessResult } from "../../server/auth/access";
import type { ActionOf } from "../../server/auth/roles";
import { readSignedInUser } from "../../server/auth/session";
import { findMembership, findMembershipAndOption } from "../../server/data/access";
import { describeWriteFailure } from "../../server/data/errors";
import type { OptionDetail } from "../../server/data/options";
import { parseId } from "../../validation/ids";
import { decideAccess } from "../authorize";

export interface OptionAccess {
  access: Access;
  /** Null when the option is not there: the action says so after its own checks (`requireOption`). */
  option: OptionDetail | null;
}

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
    throw new DomainError("unavailable", describeFailure(error));
  }
  return { access: decideAccess(result, "project", action), option };
}

export const optionGone = "This option no longer exists; it may have been deleted. Nothing was saved.";

/** The option the action works on, once its own checks are done; refused when it is not there. */
export function requireOption(option: OptionDetail | null, gone = optionGone): OptionDetail {
  if (!option) throw new DomainError("not-found", gone);
  return option;
}

export function optionPaths(option: { id: string; projectId: string }) {
  return { project: `/projects/${option.projectId}`, option: `/projects/${option.projectId}/options/${option.id}` };
}
