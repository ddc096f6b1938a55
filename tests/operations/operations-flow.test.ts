/**
 * Grid Services operations end to end through the server actions and the operations worker's tick, on the embedded
 * database and on PostgreSQL: a sold project (CT-ESS enabled, proposal finalized) gets a simulated battery, which is
 * enrolled automatically once Grid Services is on; commands go queued → sent → executing → completed; Storm Guard
 * makes a grid command a skip; a grid event is dispatched and measured; the project's actual against modeled comes
 * from the measured performance under CT-ESS's own rule. Manual (Enphase) enrollments are recorded step by step,
 * illegal steps refused. With Grid Services off, grid commands and events are refused and nothing is stored.
 *
 * The actions stamp real time; ticks are given later times (the simulator answers "as of" the time it is asked).
 */
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { useTestDatabase } from "../support/test-database";
import { setGridServices } from "@/lib/actions/operations/grid-services";
import { addDevice } from "@/lib/actions/devices/add-device";
import { recordEnrollmentStep, requestEnrollment } from "@/lib/actions/devices/enrollment";
import { sendDeviceCommand } from "@/lib/actions/devices/send-command";
import { simulateStormGuard } from "@/lib/actions/devices/storm-guard";
import { createGridEvent } from "@/lib/actions/grid-events/create-grid-event";
import { setProgramEnabled } from "@/lib/actions/incentives/set-program-enabled";
import { finalizeProposal } from "@/lib/actions/versions/finalize-proposal";
import { runOperationsTick } from "@/lib/server/operations/tick";
import { refreshDevice } from "@/lib/server/operations/refresh-device";
import { adapterForDevice } from "@/lib/server/operations/adapters";
import { findActualVsModeled } from "@/lib/server/data/operations";
import { readSnapshot } from "@/lib/proposal/snapshot";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { expectRedirect, form, insertOption, insertProject, noState, ORG_A, sessionOf, testBackends } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));

const SETTINGS = { SIMULATOR_ENROLLMENT_STEP_SECONDS: "60", SIMULATOR_RESPONSE_DELAY_SECONDS: "10", SIMULATOR_FAILURE_RATE: "0", SIMULATOR_STEP_SECONDS: "15" };
const saved: Record<string, string | undefined> = {};
beforeAll(() => {
  for (const [name, value] of Object.entries(SETTINGS)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const simulatorBattery = { manufacturer: "Gridfolio Simulator", model: "Sim 13", serialNumber: "SIM-0001", capacityKwh: "13.5", powerKw: "5", backupReservePercent: "20" };
const plus = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

describe.each(testBackends)("Grid Services operations on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  /** A CT project whose proposal (CT-ESS on) is finalized, and Grid Services on. */
  async function soldProject() {
    const project = await insertProject(db, { customerName: "Grid Customer" });
    const option = await insertOption(db, project.id);
    session.current = sessionOf("designerA");
    expect(await setProgramEnabled(project.id, option.id, "ct-ess", true)).toMatchObject({ ok: true });
    await expectRedirect(finalizeProposal(project.id, option.id, noState, form({})));
    session.current = sessionOf("ownerA");
    expect(await setGridServices(true)).toMatchObject({ ok: true });
    session.current = sessionOf("designerA");
    return project;
  }

  async function batteryOf(projectId: string, serialNumber = simulatorBattery.serialNumber) {
    return db.device.findFirstOrThrow({ where: { projectId, serialNumber }, include: { enrollments: true } });
  }

  async function enrolledBattery() {
    const project = await soldProject();
    expect(await addDevice(project.id, noState, form(simulatorBattery))).toMatchObject({ ok: true, message: "Battery added. Enrollment requested in 1 program." });
    const device = await batteryOf(project.id);
    const requestedAt = new Date((device.enrollments[0]!.history as { at: string }[])[0]!.at);
    await runOperationsTick(plus(requestedAt, 61));
    await runOperationsTick(plus(requestedAt, 121));
    await runOperationsTick(plus(requestedAt, 181));
    return { project, device: await batteryOf(project.id), requestedAt };
  }

  test("a simulated battery of a sold project is enrolled automatically: requested → manufacturer testing → configuring → enrolled, each step stamped", async () => {
    const project = await soldProject();
    const answer = await addDevice(project.id, noState, form(simulatorBattery));
    expect(answer).toMatchObject({ ok: true, message: "Battery added. Enrollment requested in 1 program." });
    let device = await batteryOf(project.id);
    expect(device.enrollments).toHaveLength(1);
    expect(device.enrollments[0]).toMatchObject({ programId: "ct-ess", mode: "automatic", status: "requested" });
    // The simulated battery reported at once.
    expect(device).toMatchObject({ stateOfChargePercent: 90, operatingMode: "idle", backupReservePercent: 20, stormGuardActive: false });
    const requestedAt = new Date((device.enrollments[0]!.history as { at: string }[])[0]!.at);

    const seen: string[] = [];
    for (const seconds of [30, 61, 121, 181, 400]) {
      await runOperationsTick(plus(requestedAt, seconds));
      device = await batteryOf(project.id);
      seen.push(device.enrollments[0]!.status);
    }
    expect(seen).toEqual(["requested", "manufacturer_testing", "configuring", "enrolled", "enrolled"]);
    const history = device.enrollments[0]!.history as { status: string; at: string }[];
    expect(history.map((step) => step.status)).toEqual(["requested", "manufacturer_testing", "configuring", "enrolled"]);
    expect(history.map((step) => (new Date(step.at).getTime() - requestedAt.getTime()) / 1000)).toEqual([0, 61, 121, 181]);
    // The audit trail names the battery.
    expect(await db.auditEvent.findFirst({ where: { projectId: project.id, action: "device.added" } })).toMatchObject({ summary: "Added battery Gridfolio Simulator Sim 13, serial SIM-0001 (13.5 kWh, 5 kW)" });
  });

  test("a command from the page is sent at once, then runs: sent → executing → completed", async () => {
    const project = await soldProject();
    await addDevice(project.id, noState, form({ ...simulatorBattery, serialNumber: "SIM-CMD" }));
    const device = await batteryOf(project.id, "SIM-CMD");
    const answer = await sendDeviceCommand(device.id, noState, form({ action: "discharge", powerKw: "3", startsInMinutes: "0", durationMinutes: "10" }));
    expect(answer).toMatchObject({ ok: true, message: "Command sent: discharge at 3 kW for 10 min." });
    const command = await db.deviceCommand.findFirstOrThrow({ where: { deviceId: device.id } });
    expect(command).toMatchObject({ status: "sent", enableGridInteraction: false, powerKw: 3 });
    await runOperationsTick(plus(command.startAt, 40));
    expect(await db.deviceCommand.findUniqueOrThrow({ where: { id: command.id } })).toMatchObject({ status: "executing" });
    expect(await batteryOf(project.id, "SIM-CMD")).toMatchObject({ operatingMode: "discharge" });
    await runOperationsTick(plus(command.endAt, 30));
    const done = await db.deviceCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect(done.status).toBe("completed");
    expect((done.history as { status: string }[]).map((step) => step.status)).toEqual(["queued", "sent", "executing", "completed"]);
    // Without grid interaction a discharge serves only the home (1 kW in the simulator), not the 3 kW asked:
    // about ten minutes at 1 kW out of 13.5 kWh is about 1.2 points of charge.
    const after = await batteryOf(project.id, "SIM-CMD");
    expect(after.stateOfChargePercent!).toBeLessThan(89);
    expect(after.stateOfChargePercent!).toBeGreaterThan(88.5);
  });

  test("bad command input is refused field by field and nothing is stored", async () => {
    const project = await soldProject();
    await addDevice(project.id, noState, form({ ...simulatorBattery, serialNumber: "SIM-BAD" }));
    const device = await batteryOf(project.id, "SIM-BAD");
    const tooStrong = await sendDeviceCommand(device.id, noState, form({ action: "discharge", powerKw: "50", startsInMinutes: "0", durationMinutes: "10" }));
    expect(tooStrong).toMatchObject({ ok: false, message: "50 kW is more than this battery's rated 5 kW." });
    const noPower = await sendDeviceCommand(device.id, noState, form({ action: "charge", powerKw: "", startsInMinutes: "0", durationMinutes: "0" }));
    expect(noPower).toMatchObject({ ok: false, fieldErrors: { durationMinutes: expect.stringContaining("cannot be less than 1") } });
    const notEnrolled = await sendDeviceCommand(device.id, noState, form({ action: "discharge", powerKw: "2", startsInMinutes: "0", durationMinutes: "10", enableGridInteraction: "on" }));
    expect(notEnrolled).toMatchObject({ ok: false, message: expect.stringMatching(/^Grid-interaction commands need a battery enrolled in a Grid Services program/) });
    expect(await db.deviceCommand.count({ where: { deviceId: device.id } })).toBe(0);
  });

  test("with Storm Guard active a grid command is recorded as skipped with reason storm_guard", async () => {
    const { device } = await enrolledBattery();
    expect(await simulateStormGuard(device.id, true, noState, form({}))).toMatchObject({ ok: true });
    expect(await db.device.findUniqueOrThrow({ where: { id: device.id } })).toMatchObject({ stormGuardActive: true, operatingMode: "backup" });
    const answer = await sendDeviceCommand(device.id, noState, form({ action: "export", powerKw: "4", startsInMinutes: "0", durationMinutes: "30" }));
    expect(answer).toMatchObject({ ok: true, message: expect.stringMatching(/^Command skipped/) });
    const command = await db.deviceCommand.findFirstOrThrow({ where: { deviceId: device.id } });
    expect(command).toMatchObject({ status: "skipped", skipReason: "storm_guard", enableGridInteraction: true });
    expect(await simulateStormGuard(device.id, false, noState, form({}))).toMatchObject({ ok: true, message: "Storm Guard is off." });
    expect(await db.device.findUniqueOrThrow({ where: { id: device.id } })).toMatchObject({ stormGuardActive: false });
  });

  test("a grid event sends every enrolled battery a grid command, is measured after it ends, and the project shows actual against modeled", async () => {
    const { project, device } = await enrolledBattery();
    expect(device.enrollments[0]!.status).toBe("enrolled");
    session.current = sessionOf("ownerA");
    const created = await createGridEvent(noState, form({ programId: "ct-ess", startsInMinutes: "0", durationMinutes: "5", note: "Utility notice 42" }));
    expect(created).toMatchObject({ ok: true, message: "Event created: a discharge command went to 1 battery." });
    const event = await db.gridEvent.findFirstOrThrow({ where: { organizationId: ORG_A }, include: { commands: true } });
    expect(event.status).toBe("dispatched");
    expect(event.commands).toHaveLength(1);
    expect(event.commands[0]).toMatchObject({ deviceId: device.id, action: "discharge", powerKw: 5, enableGridInteraction: true, status: "sent" });

    await runOperationsTick(plus(event.endAt, 30)); // too early to measure: telemetry lags
    expect((await db.gridEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("dispatched");
    await runOperationsTick(plus(event.endAt, 61));
    const measured = await db.gridEvent.findUniqueOrThrow({ where: { id: event.id }, include: { performances: true, commands: true } });
    expect(measured.status).toBe("measured");
    expect(measured.commands[0]!.status).toBe("completed");
    expect(measured.performances).toHaveLength(1);
    const performance = measured.performances[0]!;
    // 5 kW asked, acting within 10 s plus a 15 s step of a 5-minute window: between 4 and 5 kW on average.
    expect(performance.averageKw).toBeGreaterThan(4);
    expect(performance.averageKw).toBeLessThanOrEqual(5);
    expect(performance.coverage).toBe(1);

    const comparison = await findActualVsModeled(ORG_A, project.id);
    expect(comparison.proposal).toMatchObject({ number: 1 });
    expect(comparison.rows).toHaveLength(1);
    const row = comparison.rows[0]!;
    expect(row).toMatchObject({ programId: "ct-ess", season: event.startAt.getUTCFullYear(), events: 1 });
    expect(row.measuredKw).toBeCloseTo(performance.averageKw, 9);
    // Modeled: the stored proposal's figure. Actual: CT-ESS's rule on the same option with the measured kW.
    const version = await db.proposalVersion.findFirstOrThrow({ where: { projectId: project.id } });
    const snapshot = readSnapshot(version.snapshot);
    const modeled = snapshot.evaluation.programs.find((program) => program.id === "ct-ess")!;
    const firstPaid = modeled.annualCents.findIndex((cents) => cents > 0);
    expect(row.modeledAnnualCents).toBe(modeled.annualCents[firstPaid]);
    const withMeasured = evaluateStoredOption({
      ...snapshot.option,
      programs: snapshot.option.programs.map((program) => (program.programId === "ct-ess" ? { ...program, inputs: { ...(program.inputs as object), averageDeliveredKw: Math.round(performance.averageKw * 1000) / 1000 } } : program)),
    }).programs.find((program) => program.id === "ct-ess")!;
    expect(row.actualAnnualCents).toBe(withMeasured.annualCents[firstPaid]);
    expect(row.differenceCents).toBe(row.actualAnnualCents - row.modeledAnnualCents);
    // CT-ESS pays per average kW: less delivered than modeled earns proportionally less.
    if (performance.averageKw < (row.modeledKw ?? 0)) expect(row.actualAnnualCents).toBeLessThan(row.modeledAnnualCents);
  });

  test("rebuilt from the database, the simulator answers the same (a restart changes nothing), and a later tick changes nothing final", async () => {
    const { device } = await enrolledBattery();
    await sendDeviceCommand(device.id, noState, form({ action: "discharge", powerKw: "2", startsInMinutes: "0", durationMinutes: "3" }));
    const row = await db.device.findUniqueOrThrow({ where: { id: device.id }, include: { enrollments: true, commands: true } });
    const command = row.commands[0]!;
    const readTwice = await Promise.all(
      [0, 1].map(async () => {
        const adapter = (await adapterForDevice(row, row.commands, row.enrollments))!;
        return adapter.readTelemetry({ deviceId: row.id, serialNumber: row.serialNumber }, command.startAt, plus(command.endAt, 60));
      }),
    );
    expect(readTwice[0]!.length).toBeGreaterThan(10);
    expect(readTwice[1]).toEqual(readTwice[0]);
    await runOperationsTick(plus(command.endAt, 60));
    const finished = await db.deviceCommand.findUniqueOrThrow({ where: { id: command.id } });
    expect(finished.status).toBe("completed");
    expect(await refreshDevice(device.id, plus(command.endAt, 3600))).toMatchObject({ commandsChanged: 0, enrollmentsChanged: 0 });
    expect(await db.deviceCommand.findUniqueOrThrow({ where: { id: command.id } })).toEqual(finished);
  });

  test("a month-old simulated battery reads the same from a checkpoint as from a full replay, and the checkpoint moves only at quiet times", async () => {
    const project = await soldProject();
    const now = new Date();
    const day = 86_400_000;
    const device = await db.device.create({
      data: {
        organizationId: ORG_A,
        projectId: project.id,
        manufacturer: "Gridfolio Simulator",
        model: "Sim 13",
        serialNumber: "SIM-OLD",
        capacityKwh: 13.5,
        powerKw: 5,
        backupReservePercent: 20,
        simulation: { initialChargePercent: 90, stormGuardWindows: [] },
        createdAt: new Date(now.getTime() - 40 * day),
      },
    });
    // A grid export 39 days ago, long finished: about an hour at 5 kW takes 13.5 kWh from 90 % to about 53 %.
    const sentAt = new Date(Math.floor((now.getTime() - 39 * day) / 60_000) * 60_000);
    await db.deviceCommand.create({
      data: { organizationId: ORG_A, deviceId: device.id, action: "export", powerKw: 5, startAt: sentAt, endAt: new Date(sentAt.getTime() + 3_600_000), enableGridInteraction: true, status: "completed", history: [], sentAt },
    });
    const load = () => db.device.findUniqueOrThrow({ where: { id: device.id }, include: { enrollments: true, commands: true } });
    const before = await load();
    const full = await (await adapterForDevice(before, before.commands, before.enrollments))!.readState({ deviceId: device.id, serialNumber: "SIM-OLD" }, now);
    expect(full.stateOfChargePercent).toBeGreaterThan(52);
    expect(full.stateOfChargePercent).toBeLessThan(54);

    await refreshDevice(device.id, now);
    const after = await load();
    const checkpoint = (after.simulation as { checkpoint?: { at: string; stateOfChargePercent: number } }).checkpoint!;
    expect(now.getTime() - new Date(checkpoint.at).getTime()).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(now.getTime() - new Date(checkpoint.at).getTime()).toBeLessThan(2 * 3_600_000 + 15_000);
    const resumed = await (await adapterForDevice(after, after.commands, after.enrollments))!.readState({ deviceId: device.id, serialNumber: "SIM-OLD" }, now);
    expect(resumed.stateOfChargePercent).toBeCloseTo(full.stateOfChargePercent, 9);
    expect(after.stateOfChargePercent).toBeCloseTo(full.stateOfChargePercent, 9);

    // A command running now holds the checkpoint where it is.
    await sendDeviceCommand(device.id, noState, form({ action: "charge", powerKw: "2", startsInMinutes: "0", durationMinutes: "600" }));
    await refreshDevice(device.id, new Date(now.getTime() + 2 * day));
    expect(((await load()).simulation as { checkpoint: { at: string } }).checkpoint.at).toBe(checkpoint.at);
  });

  test("a manual (Enphase) enrollment is requested by a person and recorded step by step; illegal steps are refused and change nothing", async () => {
    const project = await soldProject();
    const added = await addDevice(project.id, noState, form({ manufacturer: "Enphase", model: "IQ Battery 5P", serialNumber: "ENP-77", capacityKwh: "5", powerKw: "3.84", backupReservePercent: "20" }));
    expect(added).toMatchObject({ ok: true, message: expect.stringContaining("Enphase enrollments go through the manufacturer's own process") });
    const device = await batteryOf(project.id, "ENP-77");
    expect(device.enrollments).toHaveLength(0);
    expect(await requestEnrollment(device.id, noState, form({ programId: "elrp" }))).toMatchObject({ ok: false, fieldErrors: { programId: "That program is not offered in CT." } });
    expect(await requestEnrollment(device.id, noState, form({ programId: "ct-ess" }))).toMatchObject({ ok: true });
    const enrollment = await db.deviceEnrollment.findFirstOrThrow({ where: { deviceId: device.id } });
    expect(enrollment).toMatchObject({ mode: "manual", status: "requested" });
    expect(await requestEnrollment(device.id, noState, form({ programId: "ct-ess" }))).toMatchObject({ ok: false, message: "This battery's CT-ESS enrollment is already requested." });

    const skipped = await recordEnrollmentStep(enrollment.id, noState, form({ step: "confirm_enrolled" }));
    expect(skipped).toMatchObject({ ok: false, message: expect.stringMatching(/^Cannot confirm the enrollment/) });
    expect(await db.deviceEnrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).toEqual(enrollment);

    expect(await recordEnrollmentStep(enrollment.id, noState, form({ step: "start_testing" }))).toMatchObject({ ok: true, message: "Recorded: in manufacturer testing." });
    expect(await recordEnrollmentStep(enrollment.id, noState, form({ step: "reject" }))).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringContaining("reason") } });
    expect(await recordEnrollmentStep(enrollment.id, noState, form({ step: "reject", reason: "Firmware older than 8.2" }))).toMatchObject({ ok: true, message: "Recorded: rejected." });
    expect(await requestEnrollment(device.id, noState, form({ programId: "ct-ess" }))).toMatchObject({ ok: true });
    const again = await db.deviceEnrollment.findUniqueOrThrow({ where: { id: enrollment.id } });
    expect(again.status).toBe("requested");
    expect((again.history as { status: string; reason: string | null }[]).map((step) => [step.status, step.reason])).toEqual([
      ["requested", null],
      ["manufacturer_testing", null],
      ["rejected", "Firmware older than 8.2"],
      ["requested", null],
    ]);

    // Gridfolio has no Enphase adapter yet: a command is recorded as failed with that reason, not left queued.
    await sendDeviceCommand(device.id, noState, form({ action: "self_consumption", startsInMinutes: "0", durationMinutes: "30" }));
    const command = await db.deviceCommand.findFirstOrThrow({ where: { deviceId: device.id } });
    expect(command).toMatchObject({ status: "failed", failureReason: "Gridfolio cannot reach Enphase batteries yet: only the built-in simulator has an adapter." });
  });

  test("with Grid Services off, grid commands and grid events are refused with a clear message and nothing is stored", async () => {
    const { device } = await enrolledBattery();
    session.current = sessionOf("ownerA");
    expect(await setGridServices(false)).toMatchObject({ ok: true });
    const before = { commands: await db.deviceCommand.count(), events: await db.gridEvent.count() };
    const event = await createGridEvent(noState, form({ programId: "ct-ess", startsInMinutes: "0", durationMinutes: "30" }));
    expect(event).toMatchObject({ ok: false, message: expect.stringContaining("Grid Services is off") });
    const command = await sendDeviceCommand(device.id, noState, form({ action: "export", powerKw: "3", startsInMinutes: "0", durationMinutes: "30" }));
    expect(command).toMatchObject({ ok: false, message: expect.stringContaining("Grid Services is off") });
    expect({ commands: await db.deviceCommand.count(), events: await db.gridEvent.count() }).toEqual(before);
  });

  test("each change queues one webhook delivery per destination, with its own idempotency key, in the same transaction", async () => {
    await db.webhookDestination.create({ data: { organizationId: ORG_A, url: "https://hooks.example.test/gridfolio", secret: "whsec_test", createdByName: "Olivia Owner" } });
    const { device } = await enrolledBattery();
    const deliveries = await db.webhookDelivery.findMany({ where: { organizationId: ORG_A }, orderBy: { createdAt: "asc" } });
    const enrollmentEvents = deliveries.filter((delivery) => delivery.eventType === "enrollment.status_changed").map((delivery) => JSON.parse(delivery.body) as { data: { status: string; deviceId: string } });
    expect(enrollmentEvents.map((body) => body.data.status)).toEqual(["requested", "manufacturer_testing", "configuring", "enrolled"]);
    expect(enrollmentEvents.every((body) => body.data.deviceId === device.id)).toBe(true);
    expect(new Set(deliveries.map((delivery) => delivery.idempotencyKey)).size).toBe(deliveries.length);
    expect(deliveries.every((delivery) => delivery.status === "pending")).toBe(true);
  });
});
