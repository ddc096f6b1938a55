/**
 * The access check every server action makes before it reads or writes: a signed-in member whose role allows
 * the change. A refusal is thrown (a DomainError, answered by run-action.ts) and nothing is touched.
 */
import { DomainError } from "../core/errors/domain-error";
import { allows, getAccess, noOrganizationMessage, notAllowedMessage, signedOutMessage, type Access, type AccessResult } from "../server/auth/access";
import type { ActionOf, Resource } from "../server/auth/roles";
import { readSignedInUser, type SignedInUser } from "../server/auth/session";
import { describeWriteFailure } from "../server/data/errors";

export async function authorize<R extends Resource>(resource: R, action: ActionOf<R>): Promise<Access> {
  let result;
  try {
    result = await getAccess();
  } catch (error) {
    // The membership lookup is the action's first query: an unreachable database is reported here, plainly.
    console.error("authorize failed", error);
    throw new DomainError("unavailable", describeWriteFailure(error));
  }
  return decideAccess(result, resource, action);
}

/** Who may go on, or why not (signed out, no organization, a role that does not allow it), in that order. */
export function decideAccess<R extends Resource>(result: AccessResult, resource: R, action: ActionOf<R>): Access {
  if (result.kind === "signed-out") throw new DomainError("not-allowed", signedOutMessage);
  if (result.kind === "no-organization") throw new DomainError("not-allowed", noOrganizationMessage);
  if (!allows(result.access, resource, action)) throw new DomainError("not-allowed", notAllowedMessage(result.access, resource));
  return result.access;
}

/** For what a person does before they belong to an organization (create one, join one): signed in is enough. */
export async function requireSignedIn(): Promise<SignedInUser> {
  const user = await readSignedInUser();
  if (!user) throw new DomainError("not-allowed", signedOutMessage);
  return user;
}
