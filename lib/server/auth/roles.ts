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

const statements = {
  ...defaultStatements,
  project: ["read", "create", "update", "delete"],
  audit: ["read"],
} as const;

export const accessControl = createAccessControl(statements);

const allProjectActions = ["read", "create", "update", "delete"] as const;

export const roles = {
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

export type Role = keyof typeof roles;
export const ROLES = Object.keys(roles) as Role[];
export type Resource = keyof typeof statements;
export type ActionOf<R extends Resource> = (typeof statements)[R][number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  designer: "Designer",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including deleting the organization.",
  admin: "Manages members and invitations, and edits every project.",
  designer: "Creates and edits projects, options and incentives.",
  viewer: "Reads projects and proposals; changes nothing.",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && Object.hasOwn(roles, value);
}

/** Whether `role` may do `action` on `resource`. An unknown role may do nothing. */
export function can<R extends Resource>(role: string, resource: R, action: ActionOf<R>): boolean {
  if (!isRole(role)) return false;
  const request = { [resource]: [action] } as Parameters<(typeof roles)[Role]["authorize"]>[0];
  return roles[role].authorize(request).success;
}
