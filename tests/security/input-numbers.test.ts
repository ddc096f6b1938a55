/**
 * Lenient numbers (security issue #14): "0x10" read as 16 kW, "1 0 0 0 0" as 10000, "1e-320" kW accepted as a
 * battery's power, 5e-324 kW accepted by the REST API. Each spelling is aimed here at every surface that takes a
 * number: the forms through their server actions (against a real database: nothing may be stored, and the same form
 * with a plain number must go through), the REST API's command body, and the JSON command line (`npm run model`).
 * The field builders themselves are tested in lib/validation/fields.test.ts.
 */
import { describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import type { ActionState } from "@/lib/actions/state";
import { useTestDatabase } from "../support/test-database";
import { createOption } from "@/lib/actions/options/create-option";
import { updateOption } from "@/lib/actions/options/update-option";
import { saveProgramInputs } from "@/lib/actions/incentives/save-program-inputs";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { addDevice } from "@/lib/actions/devices/add-device";
import { sendDeviceCommand } from "@/lib/actions/devices/send-command";
import { createGridEvent } from "@/lib/actions/grid-events/create-grid-event";
import { parseCommandBody } from "@/lib/server/api/command-body";
import { runModel } from "@/lib/core/finance/model-request";
import { form, insertOption, insertProject, noState, ORG_A, RedirectSignal, sessionOf, snapshotTables, testBackends, validOptionForm } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const spelling = (label: string) => `${label} must be a plain number like 1,250.5: no spaces, letters or exponents.`;

/** The spellings of the issue, and what each used to be read as. */
const lenient = [
  { spelling: "0x10", was: "16" },
  { spelling: "1 0 0 0 0", was: "10000" },
  { spelling: "1e-320", was: "a subnormal" },
  { spelling: "5e-324", was: "the smallest subnormal" },
  { spelling: "1e3", was: "1000" },
];

describe.each(testBackends)("forms, through their server actions, on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  async function arrange() {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    const battery = await db.device.create({
      data: { organizationId: ORG_A, projectId: project.id, manufacturer: "Gridfolio Simulator", model: "Sim 13", serialNumber: "SIM-1", capacityKwh: 13.5, powerKw: 5, backupReservePercent: 20 },
    });
    return { project, option, battery };
  }
  type Fixture = Awaited<ReturnType<typeof arrange>>;

  /** Every table a number field can reach. */
  const snapshot = async () => ({ ...(await snapshotTables(db)), devices: await db.device.findMany({ orderBy: { id: "asc" } }), commands: await db.deviceCommand.findMany(), events: await db.gridEvent.findMany() });

  /** An action's answer, a redirect (an accepted create or save) counting as { ok: true }. */
  async function answer(run: () => Promise<ActionState>): Promise<ActionState> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof RedirectSignal) return { ok: true, message: null, fieldErrors: {} };
      throw error;
    }
  }

  const surfaces: { label: string; field: string; message: string; plain: string; run: (f: Fixture, value: string) => Promise<ActionState>; asOwner?: boolean }[] = [
    { label: "an option's battery power", field: "batteryPowerKw", message: spelling("Battery power"), plain: "11.5", run: (f, value) => createOption(f.project.id, noState, form({ ...validOptionForm, batteryPowerKw: value })) },
    { label: "an option's PV size, on save", field: "pvKw", message: spelling("PV size"), plain: "8.4", run: (f, value) => updateOption(f.project.id, f.option.id, noState, form({ ...validOptionForm, pvKw: value, version: f.option.version })) },
    { label: "a battery's power", field: "powerKw", message: spelling("The power"), plain: "5", run: (f, value) => addDevice(f.project.id, noState, form({ manufacturer: "Tesla", model: "Powerwall 3", serialNumber: "TSL-9", capacityKwh: "13.5", powerKw: value, backupReservePercent: "20" })) },
    { label: "a command's power", field: "powerKw", message: spelling("Power"), plain: "3", run: (f, value) => sendDeviceCommand(f.battery.id, noState, form({ action: "discharge", powerKw: value, startsInMinutes: "0", durationMinutes: "30", enableGridInteraction: "" })) },
    { label: "a grid event's cap per battery", field: "maxKwPerBattery", message: spelling("The cap per battery"), plain: "2.5", asOwner: true, run: (_, value) => createGridEvent(noState, form({ programId: "ct-ess", startsInMinutes: "1", durationMinutes: "60", maxKwPerBattery: value, note: "" })) },
    { label: "a program input", field: "homeLoadKw", message: spelling("Home load during events"), plain: "1.5", run: (f, value) => saveProgramInputs(f.project.id, f.option.id, "ct-ess", noState, form({ homeLoadKw: value })) },
    { label: "an annual incentive's years", field: "years", message: spelling("Number of years"), plain: "5", run: (f, value) => saveCustomIncentive(f.project.id, f.option.id, null, noState, form({ name: "Co-op credit", kind: "annual", basis: "fixed", amountCents: "50", capCents: "", years: value })) },
  ];

  test.each(surfaces)("$label: every lenient spelling is refused on its field, nothing stored; a plain number goes through", async ({ field, message, plain, run, asOwner }) => {
    const fixture = await arrange();
    if (asOwner) {
      session.current = sessionOf("ownerA");
      await db.organization.update({ where: { id: ORG_A }, data: { gridServicesEnabled: true } });
    }
    const before = await snapshot();
    for (const { spelling: value, was } of lenient) {
      const result = await answer(() => run(fixture, value));
      // "1e3" in a whole-number field, and every other spelling, get the same message: what a number looks like.
      expect(result, `${value} (read as ${was} before)`).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    }
    expect(await snapshot()).toEqual(before);
    expect(await answer(() => run(fixture, plain))).toMatchObject({ ok: true });
  });

  test("a battery of 0.05 kW in an option is refused; 0 kW (no battery) is not", async () => {
    const { project } = await arrange();
    const before = await snapshot();
    expect(await answer(() => createOption(project.id, noState, form({ ...validOptionForm, batteryPowerKw: "0.05" })))).toMatchObject({
      ok: false,
      fieldErrors: { batteryPowerKw: "Battery power must be 0, or at least 0.1 kW." },
    });
    expect(await snapshot()).toEqual(before);
    const solarOnly = { ...validOptionForm, batteryModel: "", batteryCapacityKwh: "0", batteryPowerKw: "0", batteryCount: "0", batteryCostCents: "0" };
    expect(await answer(() => createOption(project.id, noState, form(solarOnly)))).toMatchObject({ ok: true });
  });
});

describe("the REST API's command body (JSON numbers)", () => {
  const body = { deviceId: "dev_1", action: "discharge", startAt: "2025-07-01T17:00:00Z", endAt: "2025-07-01T19:00:00Z" };
  test.each([
    { label: "5e-324 kW", powerKw: 5e-324, message: "Power cannot be less than 0.1 kW." },
    { label: "1e-320 kW", powerKw: 1e-320, message: "Power cannot be less than 0.1 kW." },
    { label: "0.05 kW", powerKw: 0.05, message: "Power cannot be less than 0.1 kW." },
    { label: "a fraction of a watt", powerKw: 3.0001, message: "Power can have at most 3 decimals." },
    { label: "16 as the text 0x10", powerKw: "0x10", message: "Power must be a number of kW." },
    { label: "a number as text with spaces", powerKw: "1 0 0 0 0", message: "Power must be a number of kW." },
  ])("$label is refused with the field's message", ({ powerKw, message }) => {
    expect(parseCommandBody({ ...body, powerKw })).toEqual({ ok: false, fields: { powerKw: message } });
  });

  test("3.125 kW (to the watt) is accepted", () => {
    expect(parseCommandBody({ ...body, powerKw: 3.125 })).toMatchObject({ ok: true, command: { powerKw: 3.125 } });
  });
});

describe("the JSON command line (npm run model)", () => {
  const request = (battery: Record<string, unknown>, programs: unknown[] = []) =>
    JSON.stringify({ project: { state: "CT", segment: "residential", battery: { capacityKwh: 13.5, powerKw: 5, ...battery }, costs: { solar: 0, battery: 15000 }, billSavingsYear1: 1000 }, programs });

  test.each([
    { label: "a battery power of 1e-320 kW", text: request({ powerKw: 1e-320 }), issue: { path: "project.battery.powerKw", message: "Battery power cannot be less than 0.1 kW." } },
    { label: "a battery power of 5e-324 kW", text: request({ powerKw: 5e-324 }), issue: { path: "project.battery.powerKw", message: "Battery power cannot be less than 0.1 kW." } },
    { label: "a capacity to a fraction of a watt-hour", text: request({ capacityKwh: 13.50001 }), issue: { path: "project.battery.capacityKwh", message: "Battery capacity can have at most 3 decimals." } },
    { label: "a program input of 5e-324 kW", text: request({}, [{ id: "ct-ess", averageDeliveredKw: 5e-324 }]), issue: { path: "programs[0].averageDeliveredKw", message: "Average delivered power (override) can have at most 3 decimals." } },
    { label: "hex (not JSON at all)", text: request({}).replace('"powerKw":5', '"powerKw":0x10'), issue: { path: "(document)", message: expect.stringMatching(/^not valid JSON/) } },
  ])("$label is refused, naming the field", ({ text, issue }) => {
    const run = runModel(text);
    expect(run.exitCode).toBe(2);
    if (run.exitCode === 2) expect(run.issues).toEqual([issue]);
  });

  test("the same request with plain numbers runs", () => {
    expect(runModel(request({ powerKw: 3.125 })).exitCode).toBe(0);
  });
});
