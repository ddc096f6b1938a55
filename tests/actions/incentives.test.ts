/**
 * Incentive actions (program switches, program inputs, custom incentives) against a real database: the embedded
 * PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set. Ends with the engine run on the stored rows.
 */
import { describe, expect, test, vi } from "vitest";
import { revalidatePath } from "next/cache";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import type { TestDb } from "@/tests/support/test-db";
import { useTestDatabase } from "../support/test-database";
import { createProject } from "@/lib/actions/projects/create-project";
import { createOption } from "@/lib/actions/options/create-option";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { saveProgramInputs } from "@/lib/actions/incentives/save-program-inputs";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { deleteCustomIncentive } from "@/lib/actions/incentives/delete-custom-incentive";
import { getOption } from "@/lib/server/data/options";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { buildProposalPreview } from "@/lib/proposal/summary";
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
  validProjectForm,
  ORG_A,
} from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const optionGone = "This option no longer exists; it may have been deleted. Nothing was saved.";
const unknownProgram = "Gridfolio does not know that program. Reload the page to see the current catalog.";
// The rates in force on the day the test runs: the April 2026 design from 2026-04-01.
const ctEssRateVersion = "ct-ess/2026-04";

describe.each(testBackends)("incentive actions on the %s database", (kind) => {
  let testDb: TestDb;
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => {
    testDb = opened;
    db = opened.db;
  }, session);

  /** A CT residential project (Eversource) with one 13.5 kWh / 5 kW battery costing $15,000. */
  async function ctOption(projectData: Parameters<typeof insertProject>[1] = {}, optionData: Record<string, unknown> = {}) {
    const project = await insertProject(db, projectData);
    const option = await insertOption(db, project.id, optionData);
    return { project, option };
  }

  test(`the actions really run on the ${kind} database`, async () => {
    expect(testDb.kind).toBe(kind);
    const connected = await describeConnectedDatabase(db);
    if (kind === "postgresql") expect(testDb.url).toContain(`/${connected.database}`);
  });

  describe("setProgramEnabled", () => {
    test("enabling CT-ESS on a CT residential option with a battery writes an enabled row with its rate version", async () => {
      const { project, option } = await ctOption();
      const result = await setProgramEnabled(project.id, option.id, "ct-ess", true);
      expect(result).toMatchObject({ ok: true, message: "CT-ESS enabled.", fieldErrors: {}, isEnabled: true });
      const rows = await db.enabledProgram.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ optionId: option.id, programId: "ct-ess", enabled: true, inputs: {}, rateVersion: ctEssRateVersion });
      // The answer carries the recomputed preview (the page is not re-rendered for a switch): it equals a fresh evaluation of the stored rows.
      const stored = (await getOption(ORG_A, project.id, option.id))!;
      expect(result.preview).toEqual(buildProposalPreview(stored, evaluateStoredOption(stored)));
      expect(result.preview?.pricing.upfrontLines.map((line) => line.key)).toEqual(["ct-ess"]);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("switching off a program that was never on writes nothing", async () => {
      const { project, option } = await ctOption();
      const before = await snapshotTables(db);
      expect((await setProgramEnabled(project.id, option.id, "ct-ess", false)).ok).toBe(true);
      expect(await snapshotTables(db)).toEqual(before);
    });

    test("disabling keeps the row, switched off, with its inputs and rate version", async () => {
      const { project, option } = await ctOption();
      await setProgramEnabled(project.id, option.id, "ct-ess", true);
      expect((await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "5", customerTier: "disadvantaged" }))).ok).toBe(true);

      const result = await setProgramEnabled(project.id, option.id, "ct-ess", false);
      expect(result).toMatchObject({ ok: true, message: "CT-ESS disabled.", fieldErrors: {}, isEnabled: false });
      expect(result.preview?.pricing.upfrontLines).toEqual([]);
      const row = await db.enabledProgram.findFirstOrThrow();
      expect(row).toMatchObject({ enabled: false, inputs: { averageDeliveredKw: 5, customerTier: "disadvantaged" }, rateVersion: ctEssRateVersion });

      // Switching it back on finds the inputs where they were.
      await setProgramEnabled(project.id, option.id, "ct-ess", true);
      expect(await db.enabledProgram.findFirstOrThrow()).toMatchObject({ id: row.id, enabled: true, inputs: { averageDeliveredKw: 5, customerTier: "disadvantaged" } });
      expect(await db.enabledProgram.count()).toBe(1);
    });

    test.each([
      {
        label: "a commercial project",
        project: { segment: "commercial" as const },
        option: {},
        programId: "ct-ess",
        message: "CT-ESS cannot be enabled: Commercial project: CT-ESS is for residential customers only.",
      },
      {
        label: "an option without a battery",
        project: {},
        option: { batteryCount: 0, batteryCapacityKwh: 0, batteryPowerKw: 0, batteryCostCents: 0 },
        programId: "ct-ess",
        message: "CT-ESS cannot be enabled: No battery: CT-ESS pays for a battery's performance, and this option has none.",
      },
      {
        label: "a program of another state (ELRP is Californian)",
        project: {},
        option: {},
        programId: "elrp",
        message: "ELRP cannot be enabled: ELRP is offered in CA; the project is in CT.",
      },
      {
        label: "a commercial project in another state: every reason is given",
        project: { segment: "commercial" as const },
        option: {},
        programId: "connected-solutions-ma",
        message:
          "ConnectedSolutions MA cannot be enabled: ConnectedSolutions MA is offered in MA; the project is in CT. Commercial project: ConnectedSolutions MA is for residential customers only.",
      },
    ])("enabling on $label is refused with the reason and writes nothing", async ({ project: projectData, option: optionData, programId, message }) => {
      const { project, option } = await ctOption(projectData, optionData);
      const before = await snapshotTables(db);
      const result = await setProgramEnabled(project.id, option.id, programId, true);
      expect(result).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await snapshotTables(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test.each([
      { label: "an unknown program id", programId: "free-money", enabled: true as unknown, message: unknownProgram },
      { label: "a program id longer than any id", programId: "x".repeat(65), enabled: true as unknown, message: "That switch sent an invalid value. Reload the page and try again." },
      { label: "a switch value that is not a boolean", programId: "ct-ess", enabled: "true" as unknown, message: "That switch sent an invalid value. Reload the page and try again." },
    ])("$label is refused, nothing written", async ({ programId, enabled, message }) => {
      const { project, option } = await ctOption();
      const result = await setProgramEnabled(project.id, option.id, programId, enabled as boolean);
      expect(result).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await db.enabledProgram.count()).toBe(0);
    });

    test.each([
      { label: "an option of another project", which: "other-project" },
      { label: "an unknown option", which: "unknown" },
      { label: "a malformed option id", which: "malformed" },
    ])("$label: 'no longer exists', nothing written", async ({ which }) => {
      const { project, option } = await ctOption();
      const other = await insertProject(db, { customerName: "Other Customer" });
      const [projectId, optionId] = which === "other-project" ? [other.id, option.id] : which === "unknown" ? [project.id, "cl0000000000000000000000"] : [project.id, "a b"];
      expect(await setProgramEnabled(projectId, optionId, "ct-ess", true)).toEqual({ ok: false, message: optionGone, fieldErrors: {} });
      expect(await db.enabledProgram.count()).toBe(0);
    });
  });

  describe("saveProgramInputs", () => {
    test("valid inputs: only the typed ones are stored (blanks keep following the defaults)", async () => {
      const { project, option } = await ctOption();
      const result = await saveProgramInputs(
        project.id,
        option.id,
        "ct-ess",
        noState,
        form({ averageDeliveredKw: "5", customerTier: "low-income", gridEdge: "on", reservePercent: "", startYear: " ", eventDurationHours: "" }),
      );
      expect(result).toEqual({ ok: true, message: "CT-ESS inputs saved.", fieldErrors: {} });
      const row = await db.enabledProgram.findFirstOrThrow();
      expect(row).toMatchObject({ optionId: option.id, programId: "ct-ess", enabled: false, rateVersion: ctEssRateVersion });
      expect(row.inputs).toEqual({ averageDeliveredKw: 5, customerTier: "low-income", gridEdge: true });
    });

    test.each([
      { label: "1,000 kW on a 5 kW battery", values: { averageDeliveredKw: "1000" }, field: "averageDeliveredKw", message: /more than the battery's rated 5 kW/ },
      { label: "a reserve at the charge at event start", values: { reservePercent: "60", stateOfChargePercent: "60" }, field: "reservePercent", message: /nothing to deliver/ },
      { label: "a first season after the 25-year horizon", values: { startYear: "30" }, field: "startYear", message: /after the 25-year horizon/ },
    ])("implausible inputs are refused beside the field and change nothing: $label", async ({ values, field, message }) => {
      const { project, option } = await ctOption();
      const before = await snapshotTables(db);
      const result = await saveProgramInputs(project.id, option.id, "ct-ess", noState, form(values));
      expect(result.ok).toBe(false);
      expect(result.fieldErrors[field]).toMatch(message);
      expect(await snapshotTables(db)).toEqual(before);
    });

    test("saving again replaces the stored inputs and keeps the switch as it was", async () => {
      const { project, option } = await ctOption();
      await setProgramEnabled(project.id, option.id, "ct-ess", true);
      await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "5", customerTier: "low-income" }));
      await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ homeLoadKw: "1.5" }));
      expect(await db.enabledProgram.findFirstOrThrow()).toMatchObject({ enabled: true, inputs: { homeLoadKw: 1.5 } });
    });

    test.each([
      {
        label: "a negative average delivered power",
        values: { averageDeliveredKw: "-1" },
        fieldErrors: { averageDeliveredKw: "Average delivered power (override) cannot be less than 0 kW." },
      },
      {
        label: "an average delivered power in words",
        values: { averageDeliveredKw: "five" },
        fieldErrors: { averageDeliveredKw: "Average delivered power (override) must be a number." },
      },
      {
        label: "an event longer than the program calls",
        values: { eventDurationHours: "4" },
        fieldErrors: { eventDurationHours: "Event length cannot be more than 3 h." },
      },
      {
        label: "a customer tier not in the list",
        values: { customerTier: "vip" },
        fieldErrors: { customerTier: "Choose one of the listed values for customer tier." },
      },
    ])("$label: refused with the field's message, nothing written", async ({ values, fieldErrors }) => {
      const { project, option } = await ctOption();
      const before = await snapshotTables(db);
      const result = await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "5", ...values }));
      expect(result).toEqual({ ok: false, message: "Nothing was saved: some inputs need attention.", fieldErrors });
      expect(await snapshotTables(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    // BUG (left failing on purpose): zod 4 reports `.int()` failures as code "invalid_type" (expected "int"), not
    // "not_multiple_of", so describeInputIssues (lib/validation/program-inputs.ts) says "must be a number." about 1.5.
    test("a fractional first season (1.5) is refused as not a whole number, not as 'not a number'", async () => {
      const { project, option } = await ctOption();
      const before = await snapshotTables(db);
      const result = await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ startYear: "1.5" }));
      expect(await snapshotTables(db)).toEqual(before);
      expect(result).toEqual({
        ok: false,
        message: "Nothing was saved: some inputs need attention.",
        fieldErrors: { startYear: "First participating season must be a whole number." },
      });
    });

    test("inputs of a program another state runs are refused and nothing is written", async () => {
      const { project, option } = await ctOption();
      const before = await snapshotTables(db);
      const result = await saveProgramInputs(project.id, option.id, "elrp", noState, form({ homeLoadKw: "2" }));
      expect(result).toEqual({ ok: false, message: "ELRP is not offered in CT: nothing was saved.", fieldErrors: {} });
      expect(await snapshotTables(db)).toEqual(before);
    });

    test("a refused save leaves the previously stored inputs in place", async () => {
      const { project, option } = await ctOption();
      await setProgramEnabled(project.id, option.id, "ct-ess", true);
      await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "5" }));
      const before = await snapshotTables(db);
      const result = await saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "-2", customerTier: "low-income" }));
      expect(result.fieldErrors).toEqual({ averageDeliveredKw: "Average delivered power (override) cannot be less than 0 kW." });
      expect(await snapshotTables(db)).toEqual(before);
    });

    test.each([
      { label: "an unknown program", programId: "free-money", which: "own", message: unknownProgram },
      { label: "an option of another project", programId: "ct-ess", which: "other-project", message: optionGone },
    ])("$label is refused, nothing written", async ({ programId, which, message }) => {
      const { project, option } = await ctOption();
      const other = await insertProject(db, { customerName: "Other Customer" });
      const result = await saveProgramInputs(which === "own" ? project.id : other.id, option.id, programId, noState, form({ averageDeliveredKw: "5" }));
      expect(result).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await db.enabledProgram.count()).toBe(0);
    });

    test("a switch and an inputs save arriving together on a new program both succeed, leaving one row", async () => {
      const { project, option } = await ctOption();
      const [toggled, saved] = await Promise.all([
        setProgramEnabled(project.id, option.id, "ct-ess", true),
        saveProgramInputs(project.id, option.id, "ct-ess", noState, form({ averageDeliveredKw: "5" })),
      ]);
      expect(toggled).toMatchObject({ ok: true, message: "CT-ESS enabled.", fieldErrors: {} });
      expect(saved).toEqual({ ok: true, message: "CT-ESS inputs saved.", fieldErrors: {} });
      const rows = await db.enabledProgram.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ enabled: true, inputs: { averageDeliveredKw: 5 } });
    });
  });

  describe("custom incentives", () => {
    const paths = (projectId: string, optionId: string) => [`/projects/${projectId}/options/${optionId}`, `/projects/${projectId}`];

    test.each([
      {
        label: "an upfront fixed amount",
        values: { name: "Town battery rebate", kind: "upfront", basis: "fixed", amountCents: "$500", capCents: "" },
        stored: { name: "Town battery rebate", kind: "upfront", basis: "fixed", amountCents: 50_000, capCents: null, years: null },
      },
      {
        label: "an upfront amount per kWh with a cap",
        values: { name: "Co-op storage rebate", kind: "upfront", basis: "per_kwh", amountCents: "100", capCents: "$1,000" },
        stored: { name: "Co-op storage rebate", kind: "upfront", basis: "per_kwh", amountCents: 10_000, capCents: 100_000, years: null },
      },
      {
        label: "an annual amount for some years (basis and cap do not apply to annual)",
        values: { name: "Town credit", kind: "annual", basis: "per_kwh", amountCents: "250.50", capCents: "99", years: "5" },
        stored: { name: "Town credit", kind: "annual", basis: "fixed", amountCents: 25_050, capCents: null, years: 5 },
      },
    ])("adding $label stores exactly that", async ({ values, stored }) => {
      const { project, option } = await ctOption();
      const result = await saveCustomIncentive(project.id, option.id, null, noState, form(values));
      expect(result).toEqual({ ok: true, message: `${stored.name} added.`, fieldErrors: {} });
      const rows = await db.customIncentive.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ ...stored, optionId: option.id });
      const [optionPath, projectPath] = paths(project.id, option.id);
      expect(revalidatePath).toHaveBeenCalledWith(optionPath, "layout");
      expect(revalidatePath).toHaveBeenCalledWith(projectPath);
    });

    const invalidIncentives = [
      { label: "no name", values: { name: "  " }, fieldErrors: { name: "Enter the incentive name." } },
      { label: "a negative amount", values: { amountCents: "-50" }, fieldErrors: { amountCents: "Amount cannot be negative." } },
      { label: "no amount", values: { amountCents: "" }, fieldErrors: { amountCents: "Enter amount." } },
      { label: "an annual incentive without years", values: { kind: "annual", years: "" }, fieldErrors: { years: "Enter number of years." } },
      { label: "an annual incentive for 0 years", values: { kind: "annual", years: "0" }, fieldErrors: { years: "Number of years cannot be less than 1." } },
      { label: "an unknown kind", values: { kind: "monthly" }, fieldErrors: { kind: "Choose upfront or annual." } },
      { label: "an unknown basis", values: { basis: "per_panel" }, fieldErrors: { basis: "Choose how the amount is counted." } },
      { label: "a tie to an unknown program", values: { requiresProgramId: "nope" }, fieldErrors: { requiresProgramId: "Choose one of the programs listed, or Always." } },
    ];
    const validIncentive = { name: "Town battery rebate", kind: "upfront", basis: "fixed", amountCents: "500" };

    test.each(invalidIncentives)("adding with $label is refused, nothing written", async ({ values, fieldErrors }) => {
      const { project, option } = await ctOption();
      const before = await countRows(db);
      const result = await saveCustomIncentive(project.id, option.id, null, noState, form({ ...validIncentive, ...values }));
      expect(result).toEqual({ ok: false, message: "Nothing was saved: some fields need attention.", fieldErrors });
      expect(await countRows(db)).toEqual(before);
      expect(revalidatePath).not.toHaveBeenCalled();
    });

    test("an incentive worth more than the whole system is refused beside the amount, nothing written", async () => {
      const { project, option } = await ctOption();
      const before = await countRows(db);
      const result = await saveCustomIncentive(project.id, option.id, null, noState, form({ ...validIncentive, amountCents: "$900,000" }));
      expect(result.ok).toBe(false);
      expect(result.fieldErrors.amountCents).toMatch(/^Town battery rebate: \$900,000 is more than the whole system price/);
      expect(await countRows(db)).toEqual(before);
    });

    test("an incentive tied to a program is stored with the tie, and counts only while the program counts", async () => {
      const { project, option } = await ctOption();
      const result = await saveCustomIncentive(project.id, option.id, null, noState, form({ ...validIncentive, requiresProgramId: "ct-ess" }));
      expect(result.ok).toBe(true);
      expect(await db.customIncentive.findFirstOrThrow()).toMatchObject({ requiresProgramId: "ct-ess" });
      const off = evaluateStoredOption((await getOption(ORG_A, project.id, option.id))!);
      expect(off.customIncentives[0]).toMatchObject({ isCounted: false, upfrontCents: 0 });
      await setProgramEnabled(project.id, option.id, "ct-ess", true);
      const on = evaluateStoredOption((await getOption(ORG_A, project.id, option.id))!);
      expect(on.customIncentives[0]).toMatchObject({ isCounted: true, upfrontCents: 50_000 });
      expect(on.financials.withGridServices.upfrontIncentivesCents - on.financials.withoutGridServices.upfrontIncentivesCents).toBe(on.programs[0]!.upfrontCents + 50_000);
    });

    test("editing replaces the incentive's values", async () => {
      const { project, option } = await ctOption();
      await saveCustomIncentive(project.id, option.id, null, noState, form(validIncentive));
      const created = await db.customIncentive.findFirstOrThrow();
      const result = await saveCustomIncentive(project.id, option.id, created.id, noState, form({ name: "Town credit", kind: "annual", amountCents: "300", years: "3" }));
      expect(result).toEqual({ ok: true, message: "Town credit saved.", fieldErrors: {} });
      const rows = await db.customIncentive.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: created.id, name: "Town credit", kind: "annual", basis: "fixed", amountCents: 30_000, capCents: null, years: 3 });
    });

    test.each(invalidIncentives)("editing with $label is refused, the incentive is unchanged", async ({ values, fieldErrors }) => {
      const { project, option } = await ctOption();
      await saveCustomIncentive(project.id, option.id, null, noState, form(validIncentive));
      const created = await db.customIncentive.findFirstOrThrow();
      const before = await snapshotTables(db);
      const result = await saveCustomIncentive(project.id, option.id, created.id, noState, form({ ...validIncentive, ...values }));
      expect(result.fieldErrors).toEqual(fieldErrors);
      expect(await snapshotTables(db)).toEqual(before);
    });

    test("deleting removes it; deleting again says it is already gone", async () => {
      const { project, option } = await ctOption();
      await saveCustomIncentive(project.id, option.id, null, noState, form(validIncentive));
      await saveCustomIncentive(project.id, option.id, null, noState, form({ ...validIncentive, name: "Second rebate" }));
      const [first] = await db.customIncentive.findMany({ where: { name: "Town battery rebate" } });
      expect(await deleteCustomIncentive(project.id, option.id, first!.id, noState, form({}))).toEqual({ ok: true, message: "Incentive removed.", fieldErrors: {} });
      expect((await db.customIncentive.findMany()).map((row) => row.name)).toEqual(["Second rebate"]);
      expect(await deleteCustomIncentive(project.id, option.id, first!.id, noState, form({}))).toEqual({
        ok: false,
        message: "That incentive was already removed.",
        fieldErrors: {},
      });
    });

    test("an incentive of another option can be neither edited nor deleted through this option", async () => {
      const { project, option } = await ctOption();
      const otherOption = await insertOption(db, project.id, { name: "Other option" });
      await saveCustomIncentive(project.id, otherOption.id, null, noState, form(validIncentive));
      const foreign = await db.customIncentive.findFirstOrThrow();
      const before = await snapshotTables(db);

      const edited = await saveCustomIncentive(project.id, option.id, foreign.id, noState, form({ ...validIncentive, name: "Hijacked", amountCents: "99999" }));
      expect(edited).toEqual({ ok: false, message: "That incentive no longer exists; it may have been removed.", fieldErrors: {} });
      const deleted = await deleteCustomIncentive(project.id, option.id, foreign.id, noState, form({}));
      expect(deleted).toEqual({ ok: false, message: "That incentive was already removed.", fieldErrors: {} });

      expect(await snapshotTables(db)).toEqual(before);
    });

    test.each([
      { label: "an option of another project", which: "other-project", message: optionGone },
      { label: "a malformed incentive id", which: "bad-incentive", message: "That incentive does not exist." },
    ])("$label: edit and delete are refused, nothing changes", async ({ which, message }) => {
      const { project, option } = await ctOption();
      const other = await insertProject(db, { customerName: "Other Customer" });
      await saveCustomIncentive(project.id, option.id, null, noState, form(validIncentive));
      const incentive = await db.customIncentive.findFirstOrThrow();
      const before = await snapshotTables(db);
      const [projectId, incentiveId] = which === "other-project" ? [other.id, incentive.id] : [project.id, "../x"];
      expect(await saveCustomIncentive(projectId, option.id, incentiveId, noState, form({ ...validIncentive, name: "Hijacked" }))).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await deleteCustomIncentive(projectId, option.id, incentiveId, noState, form({}))).toEqual({ ok: false, message, fieldErrors: {} });
      if (which === "other-project") {
        expect(await saveCustomIncentive(projectId, option.id, null, noState, form(validIncentive))).toEqual({ ok: false, message, fieldErrors: {} });
      }
      expect(await snapshotTables(db)).toEqual(before);
    });
  });

  describe("the engine agrees with what the actions stored", () => {
    /** Everything through the actions, as a person would: new project, new option, then the incentives page. */
    async function ctProjectThroughActions() {
      const projectUrl = await expectRedirect(createProject(noState, form(validProjectForm)));
      const projectId = projectUrl.split("/").at(-1)!;
      // No capacity fade, so the yearly figures are the program's rates (fade has its own tests).
      const optionUrl = await expectRedirect(createOption(projectId, noState, form({ ...validOptionForm, batteryCapacityKwh: "13.5", batteryCostCents: "$15,000", batteryFadePercent: "0" })));
      const optionId = new URL(optionUrl, "http://localhost").pathname.split("/").at(-1)!;
      return { projectId, optionId };
    }

    test.each([
      { label: "inputs saved after enabling", order: ["enable", "inputs"] },
      { label: "inputs saved before enabling", order: ["inputs", "enable"] },
    ])("CT-ESS with 5 kW on 13.5 kWh costing 15,000 dollars ($label): upfront 40,500 cents (13.5 kWh at 30 dollars, the April 2026 design), year 1 112,500 cents", async ({ order }) => {
      const { projectId, optionId } = await ctProjectThroughActions();
      for (const step of order) {
        const result =
          step === "enable"
            ? await setProgramEnabled(projectId, optionId, "ct-ess", true)
            : await saveProgramInputs(projectId, optionId, "ct-ess", noState, form({ averageDeliveredKw: "5" }));
        expect(result.ok).toBe(true);
      }

      const stored = await getOption(ORG_A, projectId, optionId);
      expect(stored).not.toBeNull();
      expect(stored!.programs).toEqual([expect.objectContaining({ programId: "ct-ess", enabled: true, inputs: { averageDeliveredKw: 5 }, rateVersion: ctEssRateVersion })]);
      const evaluation = evaluateStoredOption(stored!);
      const ctEss = evaluation.programs.find((program) => program.id === "ct-ess");
      expect(ctEss).toMatchObject({ isCounted: true, upfrontCents: 40_500, rateVersion: { id: ctEssRateVersion } });
      expect(ctEss!.annualCents[0]).toBe(112_500);
      expect(ctEss!.annualCents.slice(0, 11)).toEqual([...Array(5).fill(112_500), ...Array(5).fill(65_000), 0]);
    });

    test("a disabled program no longer counts, although its inputs are kept", async () => {
      const { projectId, optionId } = await ctProjectThroughActions();
      await setProgramEnabled(projectId, optionId, "ct-ess", true);
      await saveProgramInputs(projectId, optionId, "ct-ess", noState, form({ averageDeliveredKw: "5" }));
      await setProgramEnabled(projectId, optionId, "ct-ess", false);
      const evaluation = evaluateStoredOption((await getOption(ORG_A, projectId, optionId))!);
      expect(evaluation.programs.find((program) => program.id === "ct-ess")).toBeUndefined();
    });

    test("a per-kWh custom incentive with a cap: 13.5 kWh × $100 = $1,350, capped at $1,000", async () => {
      const { projectId, optionId } = await ctProjectThroughActions();
      await saveCustomIncentive(projectId, optionId, null, noState, form({ name: "Co-op storage rebate", kind: "upfront", basis: "per_kwh", amountCents: "100", capCents: "1000" }));
      const evaluation = evaluateStoredOption((await getOption(ORG_A, projectId, optionId))!);
      expect(evaluation.customIncentives).toEqual([expect.objectContaining({ name: "Co-op storage rebate", upfrontCents: 100_000 })]);
    });
  });
});
