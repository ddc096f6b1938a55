/**
 * The access check every server action makes before it reads or writes: a signed-in member whose role allows
 * the change. On refusal the action returns the message and touches nothing.
 */
import { allows, getAccess, noOrganizationMessage, notAllowedMessage, signedOutMessage, type Access, type AccessResult } from "../server/auth/access";
import type { ActionOf, Resource } from "../server/auth/roles";
import { describeWriteFailure } from "../server/data/errors";
import { failed, type ActionState } from "./state";

export type Authorized = { ok: true; access: Access } | { ok: false; state: ActionState };

export async function authorize<R extends Resource>(resource: R, action: ActionOf<R>): Promise<Authorized> {
  let result;
  try {
    result = await getAccess();
  } catch (error) {
    // The membership lookup is the action's first query: an unreachable database is reported here, plainly.
    console.error("authorize failed", error);
    return { ok: false, state: failed(describeWriteFailure(error)) };
  }
  return decideAccess(result, resource, action);
}

/** Who may go on, or why not (signed out, no organization, a role that does not allow it), in that order. */
export function decideAccess<R extends Resource>(result: AccessResult, resource: R, action: ActionOf<R>): Authorized {
  if (result.kind === "signed-out") return { ok: false, state: failed(signedOutMessage) };
  if (result.kind === "no-organization") return { ok: false, state: failed(noOrganizationMessage) };
  if (!allows(result.access, resource, action)) return { ok: false, state: failed(notAllowedMessage(result.access, resource)) };
  return { ok: true, access: result.access };
}
