import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../prisma/seed";
import { DEMO_ORGANIZATION, demoUsers } from "../../../prisma/seed-accounts";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import { findMembership, findMembershipAndOption } from "./access";
import { getOption } from "./options";

// The membership every request acts through, and the option an incentive action reads with it in one statement.
describe.each(testDatabaseKinds())("membership and option on %s", (kind) => {
  let testDb: TestDb;
  const owner = demoUsers.find((user) => user.role === "owner")!;
  // Rowan belongs to two organizations: "older" first, then "newer"; Sam belongs to none.
  const rowan = { id: "user-rowan", name: "Rowan", email: "rowan@example.com" };
  const older = { id: "org-older", name: "Older Solar", slug: "older-solar" };
  const newer = { id: "org-newer", name: "Newer Solar", slug: "newer-solar" };
  let newerOption: { id: string; projectId: string };

  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
    await seedDemoData(testDb.db);
    await testDb.db.user.createMany({ data: [rowan, { id: "user-sam", name: "Sam", email: "sam@example.com" }] });
    await testDb.db.organization.createMany({ data: [older, newer] });
    await testDb.db.member.createMany({
      data: [
        { id: "member-newer", organizationId: newer.id, userId: rowan.id, role: "designer", createdAt: new Date("2026-02-01T00:00:00Z") },
        { id: "member-older", organizationId: older.id, userId: rowan.id, role: "viewer", createdAt: new Date("2026-01-01T00:00:00Z") },
      ],
    });
    const project = await testDb.db.project.create({ data: { customerName: "Lee", street: "1 Main", city: "Hartford", state: "CT", zip: "06101", organizationId: newer.id } });
    newerOption = await testDb.db.option.create({ data: { projectId: project.id, name: "Option A" }, select: { id: true, projectId: true } });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  const olderMembership = { role: "viewer", organizationId: older.id, organizationName: older.name };
  const newerMembership = { role: "designer", organizationId: newer.id, organizationName: newer.name };

  it("acts through the session's active organization while the user is a member of it, else the oldest membership", async () => {
    expect(await findMembership({ userId: rowan.id, activeOrganizationId: newer.id })).toStrictEqual(newerMembership);
    expect(await findMembership({ userId: rowan.id, activeOrganizationId: older.id })).toStrictEqual(olderMembership);
    expect(await findMembership({ userId: rowan.id, activeOrganizationId: null })).toStrictEqual(olderMembership);
    // An organization that removed the user, or one they never joined: the oldest membership, not the session's claim.
    expect(await findMembership({ userId: rowan.id, activeOrganizationId: DEMO_ORGANIZATION.id })).toStrictEqual(olderMembership);
    // Session fields that cannot be ids (a NUL byte, which PostgreSQL refuses; SQL; spaces) name nothing.
    for (const odd of ["org-newer\u0000", "org-newer'--", " org-newer", ""]) {
      expect(await findMembership({ userId: rowan.id, activeOrganizationId: odd })).toStrictEqual(olderMembership);
    }
    for (const odd of [`${rowan.id}\u0000`, `${rowan.id}'--`, ` ${rowan.id}`, ""]) {
      expect(await findMembership({ userId: odd, activeOrganizationId: null })).toBeNull();
      expect(await findMembershipAndOption({ userId: odd, activeOrganizationId: newer.id }, newerOption.projectId, newerOption.id)).toStrictEqual({ membership: null, option: null });
    }
    expect(await findMembership({ userId: "user-sam", activeOrganizationId: null })).toBeNull();
    expect(await findMembership({ userId: "nobody", activeOrganizationId: newer.id })).toBeNull();
  });

  it("reads every demo option with the membership exactly as getOption does", async () => {
    const options = await testDb.db.option.findMany({ where: { project: { organizationId: DEMO_ORGANIZATION.id } }, select: { id: true, projectId: true } });
    expect(options.length).toBeGreaterThan(10);
    const membership = await findMembership({ userId: owner.id, activeOrganizationId: null });
    expect(membership).toMatchObject({ role: "owner", organizationId: DEMO_ORGANIZATION.id });
    for (const { id, projectId } of options) {
      const found = await findMembershipAndOption({ userId: owner.id, activeOrganizationId: null }, projectId, id);
      expect(found.membership).toStrictEqual(membership);
      expect(found.option).not.toBeNull();
      expect(found.option).toStrictEqual(await getOption(DEMO_ORGANIZATION.id, projectId, id));
    }
  });

  it("finds an option only in the organization the user acts through, and only under its own project", async () => {
    const member = { userId: rowan.id, activeOrganizationId: newer.id };
    expect((await findMembershipAndOption(member, newerOption.projectId, newerOption.id)).option?.id).toBe(newerOption.id);
    // Through the older organization (the active one now) the newer organization's option does not exist.
    expect(await findMembershipAndOption({ userId: rowan.id, activeOrganizationId: older.id }, newerOption.projectId, newerOption.id)).toStrictEqual({ membership: olderMembership, option: null });
    // Another project's URL, or an option id that is not there.
    const demoOption = (await testDb.db.option.findFirst({ where: { project: { organizationId: DEMO_ORGANIZATION.id } }, select: { id: true, projectId: true } }))!;
    expect(await findMembershipAndOption(member, demoOption.projectId, newerOption.id)).toStrictEqual({ membership: newerMembership, option: null });
    expect(await findMembershipAndOption(member, newerOption.projectId, "no-such-option")).toStrictEqual({ membership: newerMembership, option: null });
    // The demo organization's option, asked for by someone who is not its member.
    expect(await findMembershipAndOption(member, demoOption.projectId, demoOption.id)).toStrictEqual({ membership: newerMembership, option: null });
    // No membership at all: nothing, whatever the ids.
    expect(await findMembershipAndOption({ userId: "user-sam", activeOrganizationId: newer.id }, newerOption.projectId, newerOption.id)).toStrictEqual({ membership: null, option: null });
  });
});
