import { describe, expect, it } from "vitest";
import { can, ROLES } from "./roles";

describe("roles", () => {
  it("lets every role read projects", () => {
    for (const role of ROLES) expect(can(role, "project", "read")).toBe(true);
  });

  it("lets owners, admins and designers change projects, and viewers not", () => {
    expect(ROLES.filter((role) => can(role, "project", "update"))).toEqual(["owner", "admin", "designer"]);
    expect(ROLES.filter((role) => can(role, "project", "delete"))).toEqual(["owner", "admin", "designer"]);
    expect(can("viewer", "project", "create")).toBe(false);
  });

  it("lets only owners and admins invite, and only owners delete the organization", () => {
    expect(ROLES.filter((role) => can(role, "invitation", "create"))).toEqual(["owner", "admin"]);
    expect(ROLES.filter((role) => can(role, "organization", "delete"))).toEqual(["owner"]);
  });

  it("refuses an unknown role everything", () => {
    expect(can("member", "project", "read")).toBe(false);
    expect(can("__proto__", "project", "read")).toBe(false);
  });
});
