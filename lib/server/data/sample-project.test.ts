import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProjectId, seedDemoData } from "../../../prisma/seed";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import type { Actor } from "./actor";
import { findProjects, removeProject } from "./projects";
import { addSampleProject, SAMPLE_SITE } from "./sample-project";
import { dismissWelcome, findWelcomeFacts } from "./welcome";

const NEW_ORGANIZATION = "org-welcome-new";
const OTHER_ORGANIZATION = "org-welcome-other";
const founder: Actor = { userId: "welcome-founder", userName: "Fiona Founder", organizationId: NEW_ORGANIZATION };

/** A project's options as a proposal reads them, without what differs between two copies (ids, dates, owner). */
async function optionFigures(testDb: TestDb, projectId: string) {
  const options = await testDb.db.option.findMany({ where: { projectId }, orderBy: { position: "asc" }, include: { programs: { orderBy: { programId: "asc" } } } });
  return options.map(({ id: _id, projectId: _projectId, createdAt: _createdAt, updatedAt: _updatedAt, programs, ...figures }) => ({
    ...figures,
    programs: programs.map(({ programId, enabled, inputs }) => ({ programId, enabled, inputs })),
  }));
}

describe.each(testDatabaseKinds())("the sample project on %s", (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
    await seedDemoData(testDb.db);
    await testDb.db.organization.createMany({
      data: [
        { id: NEW_ORGANIZATION, name: "Brightsun Solar", slug: "brightsun-welcome" },
        { id: OTHER_ORGANIZATION, name: "Rival Solar", slug: "rival-welcome" },
      ],
    });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it("one click adds exactly one project, the organization's own, marked as a sample", async () => {
    const before = await testDb.db.project.count();
    const id = await addSampleProject(founder);
    expect(await testDb.db.project.count()).toBe(before + 1);
    const project = await testDb.db.project.findUniqueOrThrow({ where: { id }, include: { _count: { select: { options: true } } } });
    expect(project).toMatchObject({ organizationId: NEW_ORGANIZATION, isSample: true, customerName: "Sample – Siobhan Fitzgerald", state: "CT", _count: { options: 2 } });
    expect(project.notes).toMatch(/^A sample project with a made-up customer/);
    const audit = await testDb.db.auditEvent.findFirstOrThrow({ where: { projectId: id } });
    expect(audit).toMatchObject({ organizationId: NEW_ORGANIZATION, action: "project.created", actorName: "Fiona Founder", summary: "Added the sample project Sample – Siobhan Fitzgerald." });
    // Another organization's list does not show it.
    expect((await findProjects(OTHER_ORGANIZATION, {})).projects).toEqual([]);
    expect((await findProjects(NEW_ORGANIZATION, {})).projects.map((row) => row.id)).toEqual([id]);
    await removeProject(founder, id);
  });

  it("a second click adds a second sample: one project per click, never a shared one", async () => {
    const first = await addSampleProject(founder);
    const second = await addSampleProject(founder);
    expect(second).not.toBe(first);
    expect(await testDb.db.project.count({ where: { organizationId: NEW_ORGANIZATION, isSample: true } })).toBe(2);
    await removeProject(founder, first);
    await removeProject(founder, second);
  });

  it("is the seed's demo site, figure for figure: one source of data, not a copy", async () => {
    const id = await addSampleProject(founder);
    const demoId = demoProjectId(SAMPLE_SITE.key);
    expect(await optionFigures(testDb, id)).toEqual(await optionFigures(testDb, demoId));
    const site = { street: true, city: true, state: true, zip: true, utility: true, tariff: true, segment: true, email: true, phone: true } as const;
    expect(await testDb.db.project.findUniqueOrThrow({ where: { id }, select: site })).toEqual(await testDb.db.project.findUniqueOrThrow({ where: { id: demoId }, select: site }));
    // The demo copy is demo data, not a sample.
    expect(await testDb.db.project.findUniqueOrThrow({ where: { id: demoId }, select: { isSample: true, customerName: true } })).toEqual({ isSample: false, customerName: "Siobhan Fitzgerald" });
    await removeProject(founder, id);
  });

  it("deletes like any project, leaving no option or program behind", async () => {
    const id = await addSampleProject(founder);
    const optionIds = (await testDb.db.option.findMany({ where: { projectId: id }, select: { id: true } })).map((option) => option.id);
    expect(optionIds).toHaveLength(2);
    expect(await removeProject(founder, id)).toBe(true);
    expect(await testDb.db.project.findUnique({ where: { id } })).toBeNull();
    expect(await testDb.db.option.count({ where: { id: { in: optionIds } } })).toBe(0);
    expect(await testDb.db.enabledProgram.count({ where: { optionId: { in: optionIds } } })).toBe(0);
  });

  it("never ticks the checklist: the welcome facts leave samples out", async () => {
    const sampleId = await addSampleProject(founder);
    // A finalized version of the sample (rows written directly, as finalizing would) is not the organization's first proposal.
    const option = await testDb.db.option.findFirstOrThrow({ where: { projectId: sampleId } });
    await testDb.db.proposalVersion.create({
      data: { organizationId: NEW_ORGANIZATION, projectId: sampleId, optionId: option.id, optionName: option.name, number: 1, snapshot: { format: 1 }, finalizedByName: "Fiona Founder" },
    });
    expect(await findWelcomeFacts(NEW_ORGANIZATION)).toEqual({
      hasCompanyProfile: false,
      hasPriceList: false,
      latestProjectId: null,
      hasFinalizedProposal: false,
      hasSampleProject: true,
      dismissedAt: null,
    });
    await removeProject(founder, sampleId);
  });

  it.each<{ label: string; arrange: () => Promise<void>; expected: Partial<Awaited<ReturnType<typeof findWelcomeFacts>>> }>([
    {
      label: "a saved company profile",
      arrange: async () => void (await testDb.db.companyProfile.create({ data: { organizationId: NEW_ORGANIZATION } })),
      expected: { hasCompanyProfile: true },
    },
    {
      label: "a saved price list",
      arrange: async () => void (await testDb.db.priceList.create({ data: { organizationId: NEW_ORGANIZATION, solarCentsPerWatt: 290 } })),
      expected: { hasPriceList: true },
    },
    {
      label: "an own project with a finalized proposal",
      arrange: async () => {
        const project = await testDb.db.project.create({ data: { organizationId: NEW_ORGANIZATION, customerName: "Priya Natarajan", street: "4 Harbor Lane", city: "Mystic", state: "CT", zip: "06355" } });
        const option = await testDb.db.option.create({ data: { projectId: project.id, name: "Option A", solarCostCents: 2_346_000 } });
        await testDb.db.proposalVersion.create({
          data: { organizationId: NEW_ORGANIZATION, projectId: project.id, optionId: option.id, optionName: option.name, number: 1, snapshot: { format: 1 }, finalizedByName: "Fiona Founder" },
        });
      },
      expected: { hasFinalizedProposal: true },
    },
  ])("ticks from the organization's own work: $label", async ({ arrange, expected }) => {
    await arrange();
    expect(await findWelcomeFacts(NEW_ORGANIZATION)).toMatchObject(expected);
  });

  it("the newest own project is where pricing and finalizing lead", async () => {
    const newest = await testDb.db.project.findFirstOrThrow({ where: { organizationId: NEW_ORGANIZATION, isSample: false }, orderBy: { createdAt: "desc" } });
    expect((await findWelcomeFacts(NEW_ORGANIZATION)).latestProjectId).toBe(newest.id);
  });

  it("a dismissal is the organization's, once: a second keeps the first date, other organizations are untouched", async () => {
    const first = new Date("2026-12-03T14:10:00Z");
    await dismissWelcome(founder, first);
    await dismissWelcome(founder, new Date("2026-12-04T09:00:00Z"));
    expect((await findWelcomeFacts(NEW_ORGANIZATION)).dismissedAt).toEqual(first);
    expect((await findWelcomeFacts(OTHER_ORGANIZATION)).dismissedAt).toBeNull();
  });
});
