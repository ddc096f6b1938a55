/**
 * Shared pieces of the server-action integration tests (tests/actions).
 *
 * Each test file mocks four modules at its top (vi.mock is hoisted per file, so it cannot live here):
 *
 *   const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
 *   const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
 *   vi.mock("@/lib/server/auth/session", async () => (await import("./actions")).mockSession(session));
 *   vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("./actions")).mockDbClient(await importOriginal<object>(), testDatabase));
 *   vi.mock("next/cache", async () => (await import("./actions")).nextCacheMock());
 *   vi.mock("next/navigation", async () => (await import("./actions")).nextNavigationMock());
 *
 * (the factories import this module themselves: vi.mock runs before the file's own imports).
 *
 * and runs its cases once per backend of `testBackends` (the embedded PGlite always; PostgreSQL too when
 * TEST_DATABASE_URL is set, as under scripts/with-postgres.sh and `npm test`).
 */
import { expect, vi } from "vitest";
import type { DatabaseKind, PrismaClient } from "@/lib/server/db/client";
import type { ActionState } from "@/lib/actions/state";
import { initialActionState } from "@/lib/actions/state";
import type { SignedInUser } from "@/lib/server/auth/session";
import type { Role } from "@/lib/server/auth/roles";

// ---------------------------------------------------------------------------------------------------------------
// Backends

/**
 * The repository-wide rule of lib/db/test-db.ts `testDatabaseKinds()`: both databases, unless SKIP_POSTGRES_TESTS=1;
 * without TEST_DATABASE_URL the PostgreSQL cases fail and say to run through scripts/with-postgres.sh (npm test does).
 * Restated, not imported: this module is loaded from inside the vi.mock factory of lib/db/client, which test-db imports.
 */
export const testBackends: DatabaseKind[] = process.env.SKIP_POSTGRES_TESTS === "1" ? ["embedded"] : ["embedded", "postgresql"];

/** The client the mocked getDb() returns; set per backend in beforeAll / beforeEach. */
export interface TestDatabaseSlot {
  current: PrismaClient | null;
}

/** A factory for `vi.mock("@/lib/server/db/client")`: the real module, except that getDb() returns the test database. */
export function mockDbClient<T extends object>(actual: T, slot: TestDatabaseSlot): T {
  return {
    ...actual,
    getDb: () => {
      if (!slot.current) throw new Error("tests/actions: no test database selected (set testDatabase.current in beforeEach)");
      return slot.current;
    },
  };
}

/** Checks that the database the tests run on is the backend the describe block names. */
export async function describeConnectedDatabase(db: PrismaClient): Promise<{ database: string; version: string }> {
  const [row] = await db.$queryRaw<{ database: string; version: string }[]>`SELECT current_database() AS database, version() AS version`;
  return row!;
}

// ---------------------------------------------------------------------------------------------------------------
// Who is signed in

/** The user the mocked lib/auth/session reports; null is a signed-out visitor. */
export interface SessionSlot {
  current: SignedInUser | null;
}

/** A factory for `vi.mock("@/lib/server/auth/session")`: the session is whatever the test put in the slot. */
export function mockSession(slot: SessionSlot) {
  return { readSignedInUser: async () => slot.current };
}

export const ORG_A = "org-a";
export const ORG_B = "org-b";

interface Person {
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  role: Role;
}

/** Two installer companies: A with one person of each role, B with a designer. */
export const people = {
  ownerA: { userId: "user-owner-a", name: "Olivia Owner", email: "owner@a.test", organizationId: ORG_A, role: "owner" },
  adminA: { userId: "user-admin-a", name: "Adam Admin", email: "admin@a.test", organizationId: ORG_A, role: "admin" },
  designerA: { userId: "user-designer-a", name: "Desmond Designer", email: "designer@a.test", organizationId: ORG_A, role: "designer" },
  viewerA: { userId: "user-viewer-a", name: "Vera Viewer", email: "viewer@a.test", organizationId: ORG_A, role: "viewer" },
  designerB: { userId: "user-designer-b", name: "Bea Rival", email: "designer@b.test", organizationId: ORG_B, role: "designer" },
} satisfies Record<string, Person>;

export type PersonKey = keyof typeof people;

export function sessionOf(key: PersonKey): SignedInUser {
  const person = people[key];
  return { userId: person.userId, name: person.name, email: person.email, activeOrganizationId: person.organizationId };
}

/** Writes both organizations and their members (the tables are empty after each truncate). */
export async function insertPeople(db: PrismaClient) {
  await db.organization.createMany({
    data: [
      { id: ORG_A, name: "Alpha Solar", slug: "alpha-solar" },
      { id: ORG_B, name: "Beta Energy", slug: "beta-energy" },
    ],
  });
  const everyone = Object.values(people) as Person[];
  await db.user.createMany({ data: everyone.map((person) => ({ id: person.userId, name: person.name, email: person.email, emailVerified: true })) });
  await db.member.createMany({ data: everyone.map((person) => ({ id: `member-${person.userId}`, organizationId: person.organizationId, userId: person.userId, role: person.role })) });
}

// ---------------------------------------------------------------------------------------------------------------
// next/cache and next/navigation

/** What the mocked redirect() throws: like Next's own, an Error whose digest carries the destination. */
export class RedirectSignal extends Error {
  readonly digest: string;

  constructor(readonly url: string) {
    super("NEXT_REDIRECT");
    this.digest = `NEXT_REDIRECT;replace;${url};307;`;
  }
}

/** What the mocked notFound() throws. */
export class NotFoundSignal extends Error {
  readonly digest = "NEXT_HTTP_ERROR_FALLBACK;404";

  constructor() {
    super("NEXT_NOT_FOUND");
  }
}

export function nextCacheMock() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() };
}

/** Next's own unstable_rethrow, so an action's error boundary lets the signals below through as it does in Next. */
export async function nextNavigationMock() {
  const { unstable_rethrow } = await vi.importActual<typeof import("next/navigation")>("next/navigation");
  return {
    unstable_rethrow,
    redirect: vi.fn((url: string) => {
      throw new RedirectSignal(url);
    }),
    permanentRedirect: vi.fn((url: string) => {
      throw new RedirectSignal(url);
    }),
    notFound: vi.fn(() => {
      throw new NotFoundSignal();
    }),
    forbidden: vi.fn(() => {
      throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    }),
  };
}

/** Awaits an action that must redirect; returns the destination. Fails on a returned state or another error. */
export async function expectRedirect(action: Promise<unknown>): Promise<string> {
  let outcome: unknown;
  try {
    outcome = await action;
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
  expect.fail(`expected a redirect, but the action returned ${JSON.stringify(outcome)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Forms

export const noState: ActionState = initialActionState;

export function form(values: Record<string, string | number | boolean | null | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) data.set(key, String(value));
  }
  return data;
}

/** A project form as the "New project" page posts it. */
export const validProjectForm = {
  customerName: "Dana Whitfield",
  email: "dana@example.com",
  phone: "(860) 555-0142",
  street: "12 Elm Street",
  city: "Hartford",
  state: "CT",
  zip: "06103",
  utility: "Eversource",
  tariff: "NEM2",
  segment: "residential",
  notes: "",
} satisfies Record<string, string>;

/** An option form: 8 kW of PV and one 13.5 kWh / 5 kW battery costing $15,000. */
export const validOptionForm = {
  name: "Solar + battery",
  pvKw: "8",
  annualProductionKwh: "9,600",
  batteryModel: "Powerwall 3",
  batteryCapacityKwh: "13.5",
  batteryPowerKw: "5",
  batteryCount: "1",
  reservePercent: "20",
  solarCostCents: "$24,000",
  batteryCostCents: "$15,000",
  otherCostCents: "1250.50",
  billSavingsYear1Cents: "2,100",
  horizonYears: "25",
  utilityEscalationPercent: "3",
  discountRatePercent: "5",
  degradationPercent: "0.5",
  omCostYearlyCents: "0",
} satisfies Record<string, string>;

/** Solar only: no battery. */
export const solarOnlyOptionForm = {
  ...validOptionForm,
  name: "Solar only",
  batteryModel: "",
  batteryCapacityKwh: "0",
  batteryPowerKw: "0",
  batteryCount: "0",
  batteryCostCents: "0",
} satisfies Record<string, string>;

// ---------------------------------------------------------------------------------------------------------------
// Rows written directly (arrangement), bypassing the actions under test

type ProjectData = Parameters<PrismaClient["project"]["create"]>[0]["data"];

export async function insertProject(db: PrismaClient, data: Partial<ProjectData> = {}) {
  return db.project.create({
    data: {
      customerName: "Dana Whitfield",
      street: "12 Elm Street",
      city: "Hartford",
      state: "CT",
      zip: "06103",
      utility: "Eversource",
      tariff: "NEM2",
      segment: "residential",
      organizationId: ORG_A,
      ...data,
    } as ProjectData,
  });
}

/** 13.5 kWh / 5 kW battery costing $15,000, 8 kW of PV costing $24,000. */
export async function insertOption(db: PrismaClient, projectId: string, data: Record<string, unknown> = {}) {
  return db.option.create({
    data: {
      projectId,
      name: "Solar + battery",
      pvKw: 8,
      annualProductionKwh: 9600,
      batteryModel: "Powerwall 3",
      batteryCapacityKwh: 13.5,
      batteryPowerKw: 5,
      batteryCount: 1,
      reservePercent: 20,
      solarCostCents: 2_400_000,
      batteryCostCents: 1_500_000,
      billSavingsYear1Cents: 210_000,
      ...data,
    },
  });
}

/** Row counts of every app table, to prove that a refused action wrote nothing. */
export async function countRows(db: PrismaClient) {
  const [projects, options, enabledPrograms, customIncentives, auditEvents] = await Promise.all([
    db.project.count(),
    db.option.count(),
    db.enabledProgram.count(),
    db.customIncentive.count(),
    db.auditEvent.count(),
  ]);
  return { projects, options, enabledPrograms, customIncentives, auditEvents };
}

/** Every row of every app table, in a stable order: equal snapshots before and after mean nothing was written. */
export async function snapshotTables(db: PrismaClient) {
  const [projects, options, enabledPrograms, customIncentives, auditEvents, members, invitations, organizations] = await Promise.all([
    db.project.findMany({ orderBy: { id: "asc" } }),
    db.option.findMany({ orderBy: { id: "asc" } }),
    db.enabledProgram.findMany({ orderBy: { id: "asc" } }),
    db.customIncentive.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ orderBy: { id: "asc" } }),
    db.member.findMany({ orderBy: { id: "asc" } }),
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.organization.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { projects, options, enabledPrograms, customIncentives, auditEvents, members, invitations, organizations };
}
