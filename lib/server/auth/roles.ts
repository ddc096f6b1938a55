/**
 * The four roles of an installer organization and what each may do. One access-control definition serves both
 * better-auth's organization plugin (who may invite, remove members...) and our own checks on projects
 * (`can(role, "project", "update")`), so the two never disagree.
 *
 *   owner     everything, including deleting the organization
 *   admin     everything about members, invitations and projects
 *   designer  creates and edits projects, options and incentives
 *   viewer    reads projects and proposals, changes nothing
 */
import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLE_NAMES, isRole, type Role } from "../../core/roles/names";

const statements = {
  ...defaultStatements,
  project: ["read", "create", "update", "delete"],
  audit: ["read"],
} as const;

export const accessControl = createAccessControl(statements);

const allProjectActions = ["read", "create", "update", "delete"] as const;

export const roles: Record<Role, ReturnType<typeof accessControl.newRole>> = {
  owner: accessControl.newRole({
    organization: ["update", "delete"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: [],
    ac: ["read"],
    project: [...allProjectActions],
    audit: ["read"],
  }),
  admin: accessControl.newRole({
    organization: ["update"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: [],
    ac: ["read"],
    project: [...allProjectActions],
    audit: ["read"],
  }),
  designer: accessControl.newRole({
    organization: [],
    member: [],
    invitation: [],
    team: [],
    ac: ["read"],
    project: ["read", "create", "update", "delete"],
    audit: ["read"],
  }),
  viewer: accessControl.newRole({
    organization: [],
    member: [],
    invitation: [],
    team: [],
    ac: ["read"],
    project: ["read"],
    audit: ["read"],
  }),
};

export type { Role };
export { ROLE_DESCRIPTIONS, ROLE_LABELS, isRole };
export const ROLES: Role[] = [...ROLE_NAMES];
export type Resource = keyof typeof statements;
export type ActionOf<R extends Resource> = (typeof statements)[R][number];

/** Whether `role` may do `action` on `resource`. An unknown role may do nothing. */
export function can<R extends Resource>(role: string, resource: R, action: ActionOf<R>): boolean {
  if (!isRole(role)) return false;
  const request = { [resource]: [action] } as Parameters<(typeof roles)[Role]["authorize"]>[0];
  return roles[role].authorize(request).success;
}
