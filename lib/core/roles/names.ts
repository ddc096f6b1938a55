/**
 * The four roles of an installer organization, in the installer's words. What each may do is defined once, for
 * better-auth and for our own checks, in lib/server/auth/roles.ts; these are the names and labels every ring shows.
 */
export const ROLE_NAMES = ["owner", "admin", "designer", "viewer"] as const;

export type Role = (typeof ROLE_NAMES)[number];

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
  return typeof value === "string" && (ROLE_NAMES as readonly string[]).includes(value);
}
