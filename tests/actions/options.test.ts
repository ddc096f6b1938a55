/**
 * Option actions (create, update with the optimistic version check, delete) against a real database: the embedded
 * PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import type { TestDb } from "@/tests/support/test-db";
import { useTestDatabase } from "../support/test-database";
import { createOption } from "@/lib/actions/options/create-option";
import { updateOption, type OptionSaveState } from "@/lib/actions/options/update-option";
import { deleteOption } from "@/lib/actions/options/delete-option";
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
  validOptionForm,
} from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const conflictMessage =
  "Someone else saved this option while you were editing. Nothing was overwritten: reload the page to see their changes, then apply yours again.";

const editState: OptionSaveState = { ...noState };

describe.each(testBackends)("option actions on the %s database", (kind) => {
  let testDb: TestDb;
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => {
    testDb = opened;
    db = opened.db;
  }, session);

  test(`the actions really run on the ${kind} database`, async () => {
    expect(testDb.kind).toBe(kind);
    const connected = await describeConnectedDatabase(db);
    if (kind === "postgresql") expect(testDb.url).toContain(`/${connected.database}`);
  });

  describe("createOption", () => {
    test("valid form: the row is written with exact cents and the browser goes to the new option", async () => {
      const project = await insertProject(db);
      const url = await expectRedirect(createOption(project.id, noState, form(validOptionForm)));
      const option = await db.option.findFirstOrThrow({ where: { projectId: project.id } });
      expect(url).toBe(`/projects/${project.id}/options/${option.id}?saved=1`);
      expect(option).toMatchObject({
        name: "Solar + battery",
        position: 0,
        pvKw: 8,
        annualProductionKwh: 9600,
        batteryModel: "Powerwall 3",
        batteryCapacityKwh: 13.5,
        batteryPowerKw: 5,
        batteryCount: 1,
        reservePercent: 20,
        solarCostCents: 2_400_000,
        batteryCostCents: 1_500_000,
        otherCostCents: 125_050,
        billSavingsYear1Cents: 210_000,
        horizonYears: 25,
        utilityEscalationPercent: 3,
        discountRatePercent: 5,
        degradationPercent: 0.5,
        omCostYearlyCents: 0,
        version: 1,
      });
      expect(revalidatePath).toHaveBeenCalledWith(`/projects/${project.id}`);
    });

    test.each([
      { label: "dollar sign and grouping comma", typed: "$24,000", cents: 2_400_000 },
      { label: "two decimals are cents, not a float product", typed: "1250.50", cents: 125_050 },
      { label: "one decimal means dimes", typed: "1,250.5", cents: 125_050 },
      { label: "0.29 is exactly 29 cents", typed: "0.29", cents: 29 },
      { label: "surrounding spaces are ignored", typed: "  $7,000.01 ", cents: 700_001 },
    ])("money typed as '$typed' ($label) is stored as $cents cents", async ({ typed, cents }) => {
      const project = await insertProject(db);
      await expectRedirect(createOption(project.id, noState, form({ ...validOptionForm, solarCostCents: typed, otherCostCents: typed })));
      const option = await db.option.findFirstOrThrow();
      expect(option.solarCostCents).toBe(cents);
      expect(option.otherCostCents).toBe(cents);
    });

    test("a second option is placed after the first", async () => {
      const project = await insertProject(db);
      await expectRedirect(createOption(project.id, noState, form(validOptionForm)));
      await expectRedirect(createOption(project.id, noState, form({ ...validOptionForm, name: "Bigger battery" })));
      const options = await db.option.findMany({ where: { projectId: project.id }, orderBy: { position: "asc" } });
      expect(options.map((option) => [option.name, option.position])).toEqual([
        ["Solar + battery", 0],
        ["Bigger battery", 1],
      ]);
    });

    test("options created at the same moment get distinct positions (the project row is locked while numbering)", async () => {
      const project = await insertProject(db);
      await Promise.all(["A", "B", "C"].map((letter) => expectRedirect(createOption(project.id, noState, form({ ...validOptionForm, name: `Option ${letter}` })))));
      const positions = (await db.option.findMany({ where: { projectId: project.id }, select: { position: true } })).map((option) => option.position);
      expect(positions.sort()).toEqual([0, 1, 2]);
    });

    test.each([
      { label: "negative PV size", values: { pvKw: "-1" }, field: "pvKw", message: "PV size cannot be less than 0 kW." },
      { label: "negative battery power", values: { batteryPowerKw: "-5" }, field: "batteryPowerKw", message: "Battery power cannot be less than 0 kW." },
      { label: "negative money", values: { solarCostCents: "-$100" }, field: "solarCostCents", message: "Solar cost must be an amount in dollars, with at most two decimals." },
      { label: "a negative amount without the dollar sign", values: { batteryCostCents: "-100" }, field: "batteryCostCents", message: "Battery cost cannot be negative." },
      { label: "three decimals of money", values: { solarCostCents: "1.234" }, field: "solarCostCents", message: "Solar cost must be an amount in dollars, with at most two decimals." },
      { label: "a fractional battery count", values: { batteryCount: "1.5" }, field: "batteryCount", message: "Battery count must be a whole number." },
      { label: "batteries without a capacity", values: { batteryCapacityKwh: "0" }, field: "batteryCapacityKwh", message: "Enter the capacity of each battery, or set the battery count to 0." },
      { label: "an empty name", values: { name: "" }, field: "name", message: "Enter the option name." },
    ])("$label: refused on $field, no row written", async ({ values, field, message }) => {
      const project = await insertProject(db);
      const before = await countRows(db);
      const result = await createOption(project.id, noState, form({ ...validOptionForm, ...values }));
      expect(result.ok).toBe(false);
      expect(result.message).toBe("Some fields need attention.");
      expect(result.fieldErrors[field]).toBe(message);
      expect(await countRows(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
      expect(redirect).not.toHaveBeenCalled();
    });

    test.each([
      { label: "a project deleted meanwhile", projectId: "cl0000000000000000000000", message: "This project no longer exists; it may have been deleted." },
      { label: "a malformed project id", projectId: "a/b", message: "This project does not exist." },
    ])("$label: a message, nothing written", async ({ projectId, message }) => {
      await insertProject(db);
      const before = await countRows(db);
      expect(await createOption(projectId, noState, form(validOptionForm))).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await countRows(db)).toEqual(before);
    });
  });

  describe("updateOption", () => {
    test("valid form with the current version: saved, version + 1, money in exact cents", async () => {
      const project = await insertProject(db);
      const option = await insertOption(db, project.id);
      const result = await updateOption(project.id, option.id, editState, form({ ...validOptionForm, solarCostCents: "$26,500.75", pvKw: "9.6", version: option.version }));
      expect(result).toEqual({ ok: true, message: "Option saved.", fieldErrors: {}, version: option.version + 1 });
      const row = await db.option.findUniqueOrThrow({ where: { id: option.id } });
      expect(row).toMatchObject({ solarCostCents: 2_650_075, pvKw: 9.6, otherCostCents: 125_050, version: option.version + 1 });
      expect(revalidatePath).toHaveBeenCalledWith(`/projects/${project.id}`, "layout");
    });

    test.each([
      { label: "negative PV size", values: { pvKw: "-0.1" }, field: "pvKw", message: "PV size cannot be less than 0 kW." },
      { label: "negative battery power", values: { batteryPowerKw: "-5" }, field: "batteryPowerKw", message: "Battery power cannot be less than 0 kW." },
      { label: "PV size that is not a number", values: { pvKw: "eight" }, field: "pvKw", message: "PV size must be a number." },
    ])("$label: refused on $field, the row and its version are unchanged", async ({ values, field, message }) => {
      const project = await insertProject(db);
      const option = await insertOption(db, project.id);
      const before = await snapshotTables(db);
      const result = await updateOption(project.id, option.id, editState, form({ ...validOptionForm, name: "Changed", ...values, version: option.version }));
      expect(result.ok).toBe(false);
      expect(result.fieldErrors[field]).toBe(message);
      expect(await snapshotTables(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test.each([
      { label: "no version field", version: undefined },
      { label: "version 0", version: "0" },
      { label: "a version that is not a number", version: "abc" },
    ])("$label: refused with 'reload', nothing written", async ({ version }) => {
      const project = await insertProject(db);
      const option = await insertOption(db, project.id);
      const before = await snapshotTables(db);
      const result = await updateOption(project.id, option.id, editState, form({ ...validOptionForm, version }));
      expect(result).toEqual({ ok: false, message: "The form is missing its version; reload the page and try again.", fieldErrors: {} });
      expect(await snapshotTables(db)).toEqual(before);
    });

    test("two saves from the same loaded version, one after the other: the second is a conflict and the first one's values stay", async () => {
      const project = await insertProject(db);
      const option = await insertOption(db, project.id);
      const loadedVersion = option.version;

      const first = await updateOption(project.id, option.id, editState, form({ ...validOptionForm, name: "First editor", solarCostCents: "$20,000", version: loadedVersion }));
      expect(first).toMatchObject({ ok: true, version: loadedVersion + 1 });
      const afterFirst = await db.option.findUniqueOrThrow({ where: { id: option.id } });

      const second = await updateOption(project.id, option.id, editState, form({ ...validOptionForm, name: "Second editor", solarCostCents: "$30,000", version: loadedVersion }));
      expect(second).toEqual({ ok: false, message: conflictMessage, fieldErrors: {} });

      const stored = await db.option.findUniqueOrThrow({ where: { id: option.id } });
      expect(stored).toEqual(afterFirst);
      expect(stored).toMatchObject({ name: "First editor", solarCostCents: 2_000_000, version: loadedVersion + 1 });
    });

    test("the version the save returns lets the same editor save again", async () => {
      const project = await insertProject(db);
      const option = await insertOption(db, project.id);
      const first = await updateOption(project.id, option.id, editState, form({ ...validOptionForm, name: "v2", version: option.version }));
      const second = await updateOption(project.id, option.id, first, form({ ...validOptionForm, name: "v3", version: first.version }));
      expect(second).toMatchObject({ ok: true, version: option.version + 2 });
      expect((await db.option.findUniqueOrThrow({ where: { id: option.id } })).name).toBe("v3");
    });

    test.each([2, 4])("%i saves sent at once on the same version: exactly one succeeds, the others are conflicts, no lost update", async (editors) => {
      const project = await insertProject(db);
      const option = await insertOption(db, project.id);
      const names = Array.from({ length: editors }, (_, index) => `Editor ${index + 1}`);
      const results = await Promise.all(
        names.map((name, index) =>
          updateOption(project.id, option.id, editState, form({ ...validOptionForm, name, solarCostCents: String(20_000 + index), version: option.version })),
        ),
      );
      const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
      expect(winners).toHaveLength(1);
      for (const [index, result] of results.entries()) {
        if (index !== winners[0]) expect(result).toEqual({ ok: false, message: conflictMessage, fieldErrors: {} });
      }
      const winner = winners[0]!;
      const stored = await db.option.findUniqueOrThrow({ where: { id: option.id } });
      expect(stored).toMatchObject({ name: names[winner], solarCostCents: (20_000 + winner) * 100, version: option.version + 1 });
      // Only the save that happened is in the project's activity.
      const events = await db.auditEvent.findMany({ where: { optionId: option.id } });
      expect(events).toHaveLength(1);
      expect(events[0]!.summary).toContain("solar cost $24,000.00 → $");
    });

    test.each([
      { label: "an option deleted meanwhile", option: "gone", message: "This option no longer exists; it may have been deleted." },
      { label: "an option of another project (URL tampered)", option: "other-project", message: "This option no longer exists; it may have been deleted." },
      { label: "a malformed option id", option: "bad-id", message: "This option does not exist." },
    ])("$label: refused, nothing written", async ({ option: which, message }) => {
      const project = await insertProject(db);
      const other = await insertProject(db, { customerName: "Other Customer" });
      const otherOption = await insertOption(db, other.id);
      const optionId = which === "gone" ? "cl0000000000000000000000" : which === "other-project" ? otherOption.id : "x;y";
      const before = await snapshotTables(db);
      const result = await updateOption(project.id, optionId, editState, form({ ...validOptionForm, name: "Hijacked", version: otherOption.version }));
      expect(result).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await snapshotTables(db)).toEqual(before);
    });
  });

  describe("deleteOption", () => {
    test("deletes the option with its programs and incentives, leaves the project's other options, returns to the project", async () => {
      const project = await insertProject(db);
      const doomed = await insertOption(db, project.id, { name: "Doomed" });
      const kept = await insertOption(db, project.id, { name: "Kept" });
      for (const option of [doomed, kept]) {
        await db.enabledProgram.create({ data: { optionId: option.id, programId: "ct-ess", inputs: {} } });
        await db.customIncentive.create({ data: { optionId: option.id, name: "Town rebate", kind: "upfront", amountCents: 50_000 } });
      }
      const url = await expectRedirect(deleteOption(project.id, doomed.id, noState, form({})));
      expect(url).toBe(`/projects/${project.id}?optionDeleted=1`);
      expect(revalidatePath).toHaveBeenCalledWith(`/projects/${project.id}`);
      expect(await countRows(db)).toEqual({ projects: 1, options: 1, enabledPrograms: 1, customIncentives: 1, auditEvents: 1 });
      expect((await db.option.findFirstOrThrow()).id).toBe(kept.id);
      expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({ projectId: project.id, optionId: doomed.id, actorName: "Desmond Designer", action: "option.deleted", summary: "Deleted the option “Doomed”." });
    });

    test.each([
      { label: "an option id under the wrong project id", which: "wrong-project", message: "This option was already deleted." },
      { label: "an unknown option id", which: "unknown", message: "This option was already deleted." },
      { label: "a malformed option id", which: "malformed", message: "This option does not exist." },
    ])("$label: refused, nothing deleted", async ({ which, message }) => {
      const project = await insertProject(db);
      const other = await insertProject(db, { customerName: "Other Customer" });
      const option = await insertOption(db, project.id);
      await db.customIncentive.create({ data: { optionId: option.id, name: "Town rebate", kind: "upfront", amountCents: 50_000 } });
      const [projectId, optionId] =
        which === "wrong-project" ? [other.id, option.id] : which === "unknown" ? [project.id, "cl0000000000000000000000"] : [project.id, "' OR 1=1 --"];
      const before = await snapshotTables(db);
      const result = await deleteOption(projectId, optionId, noState, form({}));
      expect(result).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await snapshotTables(db)).toEqual(before);
      expect(redirect).not.toHaveBeenCalled();
    });
  });
});
