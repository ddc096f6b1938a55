/**
 * The option form's upkeep (O&M escalation, battery and inverter replacements) and today's bill, through the create and
 * update actions against a real database: what is stored, and what is refused beside its field with nothing saved.
 */
import { describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { useTestDatabase } from "../support/test-database";
import { createOption } from "@/lib/actions/options/create-option";
import { updateOption, type OptionSaveState } from "@/lib/actions/options/update-option";
import { countRows, expectRedirect, form, insertOption, insertProject, noState, snapshotTables, solarOnlyOptionForm, testBackends, validOptionForm } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const editState: OptionSaveState = { ...noState };
const upkeepForm = {
  ...validOptionForm,
  omCostYearlyCents: "200",
  omEscalationPercent: "2.5",
  inverterReplacementCents: "$2,500",
  inverterWarrantyYears: "",
  batteryReplacementCents: "9,000",
  batteryWarrantyYears: "12",
  billTodayMonthlyCents: "210.40",
};

describe.each(testBackends)("option upkeep on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => {
    db = opened.db;
  }, session);

  test("createOption stores the upkeep and today's bill in exact cents; a blank warranty is stored as null (the default)", async () => {
    const project = await insertProject(db);
    await expectRedirect(createOption(project.id, noState, form(upkeepForm)));
    const option = await db.option.findFirstOrThrow({ where: { projectId: project.id } });
    expect(option).toMatchObject({
      omCostYearlyCents: 20_000,
      omEscalationPercent: 2.5,
      inverterReplacementCents: 250_000,
      inverterWarrantyYears: null,
      batteryReplacementCents: 900_000,
      batteryWarrantyYears: 12,
      billTodayMonthlyCents: 21_040,
    });
  });

  test("a form without the new fields stores no escalation and nothing entered", async () => {
    const project = await insertProject(db);
    await expectRedirect(createOption(project.id, noState, form(validOptionForm)));
    const option = await db.option.findFirstOrThrow({ where: { projectId: project.id } });
    expect(option).toMatchObject({ omEscalationPercent: 0, inverterReplacementCents: null, inverterWarrantyYears: null, batteryReplacementCents: null, batteryWarrantyYears: null, billTodayMonthlyCents: null });
  });

  test("updateOption saves the upkeep, and clearing a price stores null again (no longer counted)", async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    expect(await updateOption(project.id, option.id, editState, form({ ...upkeepForm, version: option.version }))).toMatchObject({ ok: true });
    expect(await db.option.findUniqueOrThrow({ where: { id: option.id } })).toMatchObject({ batteryReplacementCents: 900_000, batteryWarrantyYears: 12, omEscalationPercent: 2.5 });
    const cleared = await updateOption(project.id, option.id, editState, form({ ...upkeepForm, batteryReplacementCents: "", batteryWarrantyYears: "", version: option.version + 1 }));
    expect(cleared).toMatchObject({ ok: true });
    expect(await db.option.findUniqueOrThrow({ where: { id: option.id } })).toMatchObject({ batteryReplacementCents: null, batteryWarrantyYears: null, inverterReplacementCents: 250_000 });
  });

  describe.each([
    {
      label: "a battery replacement costing more than the whole $40,250.50 system",
      values: { batteryReplacementCents: "40,250.51" },
      field: "batteryReplacementCents",
      message: "A $40,250.51 battery replacement costs more than the whole system ($40,250.50): enter today's price of one replacement, installed.",
    },
    {
      label: "a battery replacement on a solar-only option",
      values: { ...solarOnlyOptionForm, batteryReplacementCents: "9000", batteryWarrantyYears: "" },
      field: "batteryReplacementCents",
      message: "This option has no battery to replace: clear the battery replacement price, or add the battery.",
    },
    { label: "a 60-year inverter warranty", values: { inverterWarrantyYears: "60" }, field: "inverterWarrantyYears", message: "Inverter warranty cannot be more than 30 years: leave it blank for the default, 12 years." },
    {
      label: "a battery warranty without a price",
      values: { batteryReplacementCents: "" },
      field: "batteryReplacementCents",
      message: "Enter the price of the battery replacement, or clear its warranty: without a price no replacement is counted.",
    },
  ])("$label", ({ values, field, message }) => {
    test("createOption: refused beside the field, no row written", async () => {
      const project = await insertProject(db);
      const before = await countRows(db);
      const result = await createOption(project.id, noState, form({ ...upkeepForm, ...values }));
      expect(result).toMatchObject({ ok: false, message: "Some fields need attention." });
      expect(result.fieldErrors[field]).toBe(message);
      expect(await countRows(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("updateOption: refused beside the field, the row and its version unchanged", async () => {
      const project = await insertProject(db);
      const option = await insertOption(db, project.id);
      const before = await snapshotTables(db);
      const result = await updateOption(project.id, option.id, editState, form({ ...upkeepForm, ...values, version: option.version }));
      expect(result.ok).toBe(false);
      expect(result.fieldErrors[field]).toBe(message);
      expect(await snapshotTables(db)).toEqual(before);
    });
  });
});
