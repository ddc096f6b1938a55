/**
 * Project actions (create, update, delete) against a real database: the embedded PGlite always, and PostgreSQL
 * too when TEST_DATABASE_URL is set (scripts/with-postgres.sh, npm test).
 */
import { describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import type { TestDb } from "@/tests/support/test-db";
import { useTestDatabase } from "../support/test-database";
import { createProject } from "@/lib/actions/projects/create-project";
import { updateProject } from "@/lib/actions/projects/update-project";
import { deleteProject } from "@/lib/actions/projects/delete-project";
import {
  countRows,
  describeConnectedDatabase,
  expectRedirect,
  form,
  insertOption,
  insertProject,
  noState,
  snapshotTables,
  testBackends,
  validProjectForm,
  ORG_A,
} from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const invalidProjectFields = [
  { label: "an empty name", field: "customerName", value: "   ", message: "Enter the customer's name." },
  { label: "a malformed email", field: "email", value: "dana-at-example", message: "Enter an email address like name@example.com." },
  { label: "a state that is not a US postal code", field: "state", value: "XX", message: "Choose the state." },
  { label: "a lowercase state code", field: "state", value: "ct", message: "Choose the state." },
  { label: "a 4-digit ZIP", field: "zip", value: "0610", message: "Enter a 5-digit ZIP code (or ZIP+4)." },
  { label: "a ZIP with letters", field: "zip", value: "06A03", message: "Enter a 5-digit ZIP code (or ZIP+4)." },
  { label: "an unknown tariff", field: "tariff", value: "NEM4", message: "Choose the tariff." },
  { label: "an unknown segment", field: "segment", value: "industrial", message: "Choose residential or commercial." },
  { label: "a phone number in words", field: "phone", value: "call me", message: "Enter a phone number using digits, spaces, dashes or parentheses." },
  { label: "a missing street", field: "street", value: undefined, message: "Enter the street address." },
] as const;

test("the embedded database is always exercised, PostgreSQL unless SKIP_POSTGRES_TESTS=1 says otherwise", () => {
  expect(testBackends).toContain("embedded");
  if (process.env.SKIP_POSTGRES_TESTS !== "1") expect(testBackends).toContain("postgresql");
});

describe.each(testBackends)("project actions on the %s database", (kind) => {
  let testDb: TestDb;
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => {
    testDb = opened;
    db = opened.db;
  }, session);

  test(`the actions really run on the ${kind} database`, async () => {
    expect(testDb.kind).toBe(kind);
    const connected = await describeConnectedDatabase(db);
    expect(connected.version).toMatch(/^PostgreSQL /);
    if (kind === "postgresql") expect(testDb.url).toContain(`/${connected.database}`);
    else expect(testDb.url).toBeNull();
  });

  describe("createProject", () => {
    test("valid form: the row is written as typed (trimmed, blanks as null) and the browser goes to /projects/<id>", async () => {
      const url = await expectRedirect(createProject(noState, form({ ...validProjectForm, customerName: "  Dana Whitfield  ", utility: "" })));
      const rows = await db.project.findMany();
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(url).toBe(`/projects/${row.id}`);
      expect(row).toMatchObject({
        customerName: "Dana Whitfield",
        email: "dana@example.com",
        phone: "(860) 555-0142",
        street: "12 Elm Street",
        city: "Hartford",
        state: "CT",
        zip: "06103",
        utility: null,
        tariff: "NEM2",
        segment: "residential",
        notes: null,
      });
      expect(revalidatePath).toHaveBeenCalledWith("/projects");
      expect(redirect).toHaveBeenCalledTimes(1);
    });

    test("ZIP+4 is accepted", async () => {
      await expectRedirect(createProject(noState, form({ ...validProjectForm, zip: "06103-1234" })));
      expect((await db.project.findFirstOrThrow()).zip).toBe("06103-1234");
    });

    test.each(invalidProjectFields)("$label is refused with a message on $field, and no row is written", async ({ field, value, message }) => {
      const before = await countRows(db);
      const result = await createProject(noState, form({ ...validProjectForm, [field]: value }));
      expect(result).toEqual({ ok: false, message: "Some fields need attention.", fieldErrors: { [field]: message } });
      expect(await countRows(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
      expect(redirect).not.toHaveBeenCalled();
    });

    test("several invalid fields are all named at once", async () => {
      const result = await createProject(noState, form({ ...validProjectForm, customerName: "", zip: "1", tariff: "NEM9" }));
      expect(result.ok).toBe(false);
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["customerName", "tariff", "zip"]);
      expect(await db.project.count()).toBe(0);
    });
  });

  describe("updateProject", () => {
    test("valid form: the row changes and the browser returns to the project", async () => {
      const project = await insertProject(db);
      const url = await expectRedirect(
        updateProject(project.id, noState, form({ ...validProjectForm, customerName: "Dana W. Whitfield", city: "West Hartford", zip: "06107", tariff: "NBT", notes: "Gate code 1234" })),
      );
      expect(url).toBe(`/projects/${project.id}`);
      const row = await db.project.findUniqueOrThrow({ where: { id: project.id } });
      expect(row).toMatchObject({ customerName: "Dana W. Whitfield", city: "West Hartford", zip: "06107", tariff: "NBT", notes: "Gate code 1234" });
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(project.updatedAt.getTime());
      expect(revalidatePath).toHaveBeenCalledWith("/projects");
      expect(revalidatePath).toHaveBeenCalledWith(`/projects/${project.id}`);
    });

    test.each(invalidProjectFields)("$label: refused on $field, the stored row is unchanged", async ({ field, value, message }) => {
      const project = await insertProject(db);
      const before = await snapshotTables(db);
      const result = await updateProject(project.id, noState, form({ ...validProjectForm, city: "Changed", [field]: value }));
      expect(result).toEqual({ ok: false, message: "Some fields need attention.", fieldErrors: { [field]: message } });
      expect(await snapshotTables(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test.each([
      { label: "an id nobody has (deleted meanwhile)", id: "cl0000000000000000000000", message: "This project no longer exists; it may have been deleted." },
      { label: "an id that is not an id at all", id: "../../etc/passwd", message: "This project does not exist." },
      { label: "an empty id", id: "", message: "This project does not exist." },
    ])("$label: a clear message, nothing written", async ({ id, message }) => {
      await insertProject(db);
      const before = await snapshotTables(db);
      const result = await updateProject(id, noState, form(validProjectForm));
      expect(result).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await snapshotTables(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
      expect(redirect).not.toHaveBeenCalled();
    });
  });

  describe("deleteProject", () => {
    test("cascades to the project's options, enabled programs and custom incentives, and leaves other projects alone", async () => {
      const doomed = await insertProject(db);
      const kept = await insertProject(db, { customerName: "Kept Customer" });
      for (const project of [doomed, kept]) {
        for (const name of ["A", "B"]) {
          const option = await insertOption(db, project.id, { name });
          await db.enabledProgram.create({ data: { optionId: option.id, programId: "ct-ess", enabled: true, inputs: { averageDeliveredKw: 5 } } });
          await db.customIncentive.create({ data: { optionId: option.id, name: "Town rebate", kind: "upfront", amountCents: 50_000 } });
        }
      }
      expect(await countRows(db)).toEqual({ projects: 2, options: 4, enabledPrograms: 4, customIncentives: 4, auditEvents: 0 });

      const url = await expectRedirect(deleteProject(doomed.id, noState, form({})));
      expect(url).toBe("/projects?deleted=1");
      expect(revalidatePath).toHaveBeenCalledWith("/projects");
      // The deletion is recorded, and the record outlives the project.
      expect(await countRows(db)).toEqual({ projects: 1, options: 2, enabledPrograms: 2, customIncentives: 2, auditEvents: 1 });
      expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({ projectId: doomed.id, organizationId: ORG_A, action: "project.deleted" });
      expect(await db.project.findUnique({ where: { id: doomed.id } })).toBeNull();
      expect(await db.option.count({ where: { projectId: kept.id } })).toBe(2);
      expect(await db.enabledProgram.count({ where: { option: { projectId: kept.id } } })).toBe(2);
      expect(await db.customIncentive.count({ where: { option: { projectId: kept.id } } })).toBe(2);
    });

    test.each([
      { label: "an unknown id (already deleted)", id: "cl0000000000000000000000", message: "This project was already deleted." },
      { label: "a malformed id", id: "x y", message: "This project does not exist." },
    ])("$label: a message, nothing deleted", async ({ id, message }) => {
      const project = await insertProject(db);
      await insertOption(db, project.id);
      const before = await snapshotTables(db);
      const result = await deleteProject(id, noState, form({}));
      expect(result).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await snapshotTables(db)).toEqual(before);
      expect(redirect).not.toHaveBeenCalled();
    });

    test("deleting twice: the second click says it is already gone", async () => {
      const project = await insertProject(db);
      await expectRedirect(deleteProject(project.id, noState, form({})));
      expect(await deleteProject(project.id, noState, form({}))).toEqual({ ok: false, message: "This project was already deleted.", fieldErrors: {} });
    });
  });
});
