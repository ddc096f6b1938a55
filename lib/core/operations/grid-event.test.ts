import { describe, expect, test } from "vitest";
import { toAdapterCommand } from "./adapter";
import { gridEventCommandKey, measureGridEvent, planGridEvent, type GridEvent } from "./grid-event";
import { createSimulator } from "./simulator";
import { at, IDLE_STATE, makeDevice, makeEnrollment } from "./test-helpers";

const event: GridEvent = { id: "evt_1", programId: "ct-ess", startAt: at("17:00"), endAt: at("19:00"), maxKwPerBattery: null };

const devices = [
  makeDevice({ id: "dev_enrolled" }),
  makeDevice({ id: "dev_other_program" }),
  makeDevice({ id: "dev_pending" }),
  makeDevice({ id: "dev_storm", state: { ...IDLE_STATE, stormGuardActive: true } }),
  makeDevice({ id: "dev_big", powerKw: 11.5, capacityKwh: 13.5 }),
];
const enrollments = [
  makeEnrollment("enrolled", { deviceId: "dev_enrolled" }),
  makeEnrollment("enrolled", { deviceId: "dev_other_program", programId: "dsgs" }),
  makeEnrollment("configuring", { deviceId: "dev_pending" }),
  makeEnrollment("enrolled", { deviceId: "dev_storm" }),
  makeEnrollment("enrolled", { deviceId: "dev_big" }),
];

describe("dispatching a grid event", () => {
  test("one grid discharge per battery enrolled in the program, at its rated power; Storm Guard recorded as skipped", () => {
    const plan = planGridEvent({ event, devices, enrollments, gridServicesOn: true, now: at("16:00") });
    if (plan.kind !== "planned") throw new Error("expected a plan");
    expect(plan.commands.map(({ deviceId, decision }) => [deviceId, decision.kind, decision.kind === "refused" ? null : decision.command.powerKw])).toEqual([
      ["dev_enrolled", "queued", 5],
      ["dev_storm", "skipped", 5],
      ["dev_big", "queued", 11.5],
    ]);
    for (const { decision } of plan.commands) {
      expect(decision.kind !== "refused" && decision.command).toMatchObject({ action: "discharge", enableGridInteraction: true, startAt: at("17:00"), endAt: at("19:00") });
    }
  });

  test("a cap per battery lowers the bigger batteries only", () => {
    const plan = planGridEvent({ event: { ...event, maxKwPerBattery: 7 }, devices, enrollments, gridServicesOn: true, now: at("16:00") });
    expect(plan.kind === "planned" && plan.commands.map(({ decision }) => decision.kind !== "refused" && decision.command.powerKw)).toEqual([5, 5, 7]);
  });

  test("Grid Services off refuses the whole event with one reason", () => {
    expect(planGridEvent({ event, devices, enrollments, gridServicesOn: false, now: at("16:00") })).toEqual({
      kind: "refused",
      httpStatus: 409,
      message: "Grid Services is off for this organization, so no grid event can be sent. An owner or admin can turn it on in the organization settings.",
    });
  });

  test("an event that has already ended: every command is refused, and the plan says why for each", () => {
    const plan = planGridEvent({ event, devices, enrollments, gridServicesOn: true, now: at("19:00") });
    expect(plan.kind === "planned" && plan.commands.map(({ decision }) => decision.kind === "refused" && decision.code)).toEqual(["window_ended", "window_ended", "window_ended"]);
  });

  test("command keys are stable per event and battery, and distinct otherwise", () => {
    expect(gridEventCommandKey("evt_1", "dev_1")).toBe(gridEventCommandKey("evt_1", "dev_1"));
    expect(gridEventCommandKey("evt_1", "dev_1")).toMatch(/^gec_[0-9a-f]{32}$/);
    expect(gridEventCommandKey("evt_1", "dev_2")).not.toBe(gridEventCommandKey("evt_1", "dev_1"));
    expect(gridEventCommandKey("a:b", "c")).not.toBe(gridEventCommandKey("a", "b:c"));
  });
});

describe("measuring a grid event", () => {
  test("per battery and in total", () => {
    const flat = (kw: number) => Array.from({ length: 9 }, (_, index) => ({ at: new Date(at("17:00").getTime() + index * 15 * 60_000), deliveredKw: kw, stateOfChargePercent: 50 }));
    const result = measureGridEvent(event, new Map([["dev_1", flat(4)], ["dev_2", flat(2.5)]]));
    expect(result.byDevice.map((row) => [row.deviceId, row.performance.averageKw])).toEqual([["dev_1", 4], ["dev_2", 2.5]]);
    expect(result.deliveredKwh).toBeCloseTo(13, 12);
    expect(result.averageKw).toBeCloseTo(6.5, 12);
  });

  test("end to end on the simulator: dispatch, send, measure; the Storm Guard battery delivers nothing", async () => {
    const simulated = [
      { deviceId: "dev_enrolled", serialNumber: "SIM-1", capacityKwh: 9.7, powerKw: 5, backupReservePercent: 20, initialStateOfChargePercent: 100 },
      { deviceId: "dev_storm", serialNumber: "SIM-2", capacityKwh: 9.7, powerKw: 5, backupReservePercent: 20, initialStateOfChargePercent: 100 },
    ];
    const simulator = createSimulator({
      seed: 7,
      startAt: at("16:00"),
      batteries: simulated,
      failureRate: 0,
      stormGuardWindows: [{ deviceId: "dev_storm", from: at("12:00"), to: at("20:00") }],
    });
    const plan = planGridEvent({ event, devices: devices.slice(0, 4), enrollments, gridServicesOn: true, now: at("16:30") });
    if (plan.kind !== "planned") throw new Error("expected a plan");
    for (const { deviceId, decision } of plan.commands) {
      if (decision.kind !== "queued") continue;
      const battery = simulated.find((entry) => entry.deviceId === deviceId);
      if (battery === undefined) throw new Error(`no simulated ${deviceId}`);
      const command = toAdapterCommand(gridEventCommandKey(event.id, deviceId), { id: deviceId, serialNumber: battery.serialNumber }, decision.command);
      expect(await simulator.sendCommand(command, at("16:30"))).toEqual({ outcome: "sent" });
    }
    const telemetry = new Map(await Promise.all(simulated.map(async (battery) => [battery.deviceId, await simulator.readTelemetry(battery, at("16:45"), at("19:00"))] as const)));
    const result = measureGridEvent(event, telemetry);
    // 9.7 kWh × (100 − 20) % = 7.76 kWh above the reserve: 5 kW for 2 h would need 10, so 7.76 ÷ 2 = 3.88 kW on average.
    expect(result.byDevice[0]?.performance.averageKw).toBeCloseTo(3.88, 9);
    // Full and holding in backup: it charges nothing and delivers nothing.
    expect(result.byDevice[1]?.performance.averageKw).toBe(0);
  });
});
