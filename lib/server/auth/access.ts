/**
 * Who is asking, for which organization, in which role. Every page, server action and route starts here; every
 * query then filters by `access.organizationId`, so another organization's ids find nothing.
 */
import { cache } from "react";
import { findMembership, type Membership } from "../data/access";
import { can, isRole, ROLE_LABELS, type ActionOf, type Resource, type Role } from "./roles";
import { readSignedInUser, type SignedInUser } from "./session";

export interface Access {
  userId: string;
  userName: string;
  email: string;
  organizationId: string;
  organizationName: string;
  role: Role;
}

export type AccessResult =
  | { kind: "signed-out" }
  | { kind: "no-organization"; user: SignedInUser }
  | { kind: "member"; access: Access };

/**
 * The organization is the session's active one when the user is still a member of it, else the user's first
 * membership (a fresh session, or one whose organization removed the user).
 */
export async function resolveAccess(user: SignedInUser | null): Promise<AccessResult> {
  if (!user) return { kind: "signed-out" };
  return accessOf(user, await findMembership(user));
}

/** The access a membership gives; lib/data/access.ts reads the membership (with an option, for incentive actions). */
export function accessOf(user: SignedInUser, membership: Membership | null): AccessResult {
  if (!membership) return { kind: "no-organization", user };
  // A role this version does not know gets the least access rather than an error.
  const role: Role = isRole(membership.role) ? membership.role : "viewer";
  return {
    kind: "member",
    access: {
      userId: user.userId,
      userName: user.name,
      email: user.email,
      organizationId: membership.organizationId,
      organizationName: membership.organizationName,
      role,
    },
  };
}

/** Once per request: the header, the page and its metadata all ask, and share one session and membership lookup. */
export const getAccess = cache(async (): Promise<AccessResult> => resolveAccess(await readSignedInUser()));

export function allows<R extends Resource>(access: Access, resource: R, action: ActionOf<R>): boolean {
  return can(access.role, resource, action);
}

export const signedOutMessage = "Your session has ended. Sign in again to continue; nothing was changed.";

export const noOrganizationMessage = "Create or join an organization first; nothing was changed.";

/** Why the caller's role may not do this: changing projects (viewers) or managing the organization (below admin). */
export function notAllowedMessage(access: Access, resource: Resource = "project"): string {
  const role = `Your role in ${access.organizationName} (${ROLE_LABELS[access.role]})`;
  if (resource === "project") return `${role} can read projects but not change them. Ask an owner or admin for designer access. Nothing was changed.`;
  return `${role} cannot manage the organization: only its owners and admins can. Nothing was changed.`;
}
