import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { AdapterCommand, ManufacturerAdapter } from "./adapter";
import { advanceEnrollmentTo, createEnrollment, enrollmentModeFor } from "./enrollment";
import { measurePerformance } from "./performance";
import { planCommand } from "./simulated-command";
import { createSimulator, SIMULATOR_MANUFACTURER, type SimulatorOptions } from "./simulator";
import { at, minutes } from "./test-helpers";

const device = { deviceId: "dev_1", serialNumber: "SIM-1" };

/** 10 kWh, 5 kW, 20 % reserve, 80 % charged from 16:00; commands act 30 s after sending; nothing fails. */
const options: SimulatorOptions = {
  seed: 1,
  startAt: at("16:00"),
  batteries: [{ ...device, capacityKwh: 10, powerKw: 5, backupReservePercent: 20, initialStateOfChargePercent: 80 }],
  responseDelaySeconds: { min: 30, max: 30 },
  failureRate: 0,
};

function discharge(commandId: string, overrides: Partial<AdapterCommand> = {}): AdapterCommand {
  return { commandId, device, action: "discharge", powerKw: 4, startAt: at("17:00"), endAt: at("18:00"), enableGridInteraction: true, ...overrides };
}

async function telemetryKw(simulator: ManufacturerAdapter, from: string, to: string): Promise<number[]> {
  return (await simulator.readTelemetry(device, at(from), at(to))).map((sample) => sample.deliveredKw);
}

describe("commands on the simulated battery (hand-computed)", () => {
  test("sent ahead: runs 17:00–18:00 at 4 kW; 4 kWh of 10 takes the charge from 80 % to 40 %", async () => {
    const simulator = createSimulator(options);
    expect(await simulator.sendCommand(discharge("cmd_1"), at("16:50"))).toEqual({ outcome: "sent" });
    for (const [time, status] of [["16:55", "sent"], ["17:00", "executing"], ["17:59", "executing"], ["18:00", "completed"]] as const) {
      expect(await simulator.readCommand(discharge("cmd_1"), at(time))).toEqual({ status });
    }
    const samples = await simulator.readTelemetry(device, at("17:00"), at("18:00"));
    expect(samples).toHaveLength(60);
    expect(samples.every((sample) => sample.deliveredKw === 4)).toBe(true);
    expect(samples[0]).toEqual({ at: at("17:00"), deliveredKw: 4, stateOfChargePercent: 80 });
    const state = await simulator.readState(device, at("18:00"));
    expect(state.stateOfChargePercent).toBeCloseTo(40, 9);
    expect(state).toMatchObject({ operatingMode: "idle", backupReservePercent: 20, stormGuardActive: false, lastSeenAt: at("18:00") });
    expect(measurePerformance(samples, { startAt: at("17:00"), endAt: at("18:00") }).averageKw).toBeCloseTo(4, 9);
  });

  test("the response delay: sent at 17:00, it reaches the battery at 17:00:30 and starts at the next minute", async () => {
    const simulator = createSimulator(options);
    await simulator.sendCommand(discharge("cmd_1"), at("17:00"));
    expect(await simulator.readCommand(discharge("cmd_1"), at("17:00:45"))).toEqual({ status: "sent" });
    expect(await simulator.readCommand(discharge("cmd_1"), at("17:01"))).toEqual({ status: "executing" });
    const kw = await telemetryKw(simulator, "17:00", "18:00");
    expect(kw[0]).toBe(0);
    expect(kw.slice(1).every((value) => value === 4)).toBe(true);
    // 59 of 60 minutes at 4 kW: 3.93 kW on average.
    const samples = await simulator.readTelemetry(device, at("16:45"), at("18:00"));
    expect(measurePerformance(samples, { startAt: at("17:00"), endAt: at("18:00") }).averageKw).toBeCloseTo((4 * 59) / 60, 9);
  });

  test("Storm Guard on when the command is sent: skipped at once, and the battery charges in backup", async () => {
    const simulator = createSimulator({ ...options, stormGuardWindows: [{ from: at("16:30"), to: at("17:30") }] });
    expect(await simulator.sendCommand(discharge("cmd_1"), at("16:50"))).toEqual({ outcome: "skipped", reason: "storm_guard" });
    expect(await simulator.readCommand(discharge("cmd_1"), at("17:10"))).toEqual({ status: "skipped", reason: "storm_guard" });
    const state = await simulator.readState(device, at("17:00"));
    expect(state).toMatchObject({ operatingMode: "backup", stormGuardActive: true });
    expect((await telemetryKw(simulator, "16:30", "16:31"))[0]).toBe(-5);
  });

  test("Storm Guard on when the command is due to start: sent, then skipped; it never runs", async () => {
    const simulator = createSimulator({ ...options, stormGuardWindows: [{ deviceId: "dev_1", from: at("17:00"), to: at("17:10") }] });
    expect(await simulator.sendCommand(discharge("cmd_1"), at("16:50"))).toEqual({ outcome: "sent" });
    expect(await simulator.readCommand(discharge("cmd_1"), at("16:59"))).toEqual({ status: "sent" });
    expect(await simulator.readCommand(discharge("cmd_1"), at("17:00"))).toEqual({ status: "skipped", reason: "storm_guard" });
    // After Storm Guard ends the battery is idle: the skipped command does not resume.
    expect((await telemetryKw(simulator, "17:10", "18:00")).every((kw) => kw === 0)).toBe(true);
  });

  test("Storm Guard switching on part way: the command ran, so it failed (not skipped), and backup takes over", async () => {
    const simulator = createSimulator({ ...options, stormGuardWindows: [{ from: at("17:30"), to: at("18:30") }] });
    await simulator.sendCommand(discharge("cmd_1"), at("16:50"));
    expect(await simulator.readCommand(discharge("cmd_1"), at("17:29"))).toEqual({ status: "executing" });
    expect(await simulator.readCommand(discharge("cmd_1"), at("17:30"))).toEqual({
      status: "failed",
      reason: "Storm Guard switched on part way through the command and took over the battery.",
    });
    const samples = await simulator.readTelemetry(device, at("17:00"), at("17:31"));
    expect(samples.slice(0, 30).every((sample) => sample.deliveredKw === 4)).toBe(true);
    // 30 minutes at 4 kW is 2 kWh: 80 % → 60 %, then backup charges at the 5 kW rating.
    expect(samples[30]?.stateOfChargePercent).toBeCloseTo(60, 9);
    expect(samples[30]?.deliveredKw).toBe(-5);
  });

  test("simulated failures: some commands are never acknowledged, others stop part way", async () => {
    const failing = { ...options, failureRate: 1 };
    const ids = Array.from({ length: 40 }, (_, index) => `cmd_${index}`);
    const atSend = ids.find((id) => planCommand(failing.seed, id, failing).failure === "at_send");
    const partWay = ids.find((id) => planCommand(failing.seed, id, failing).failure === "part_way");
    if (atSend === undefined || partWay === undefined) throw new Error("expected both kinds of failure among 40 commands");

    const simulator = createSimulator(failing);
    expect(await simulator.sendCommand(discharge(atSend), at("16:50"))).toEqual({
      outcome: "failed",
      reason: "The simulated battery did not acknowledge the command (simulated failure).",
    });
    expect(await simulator.sendCommand(discharge(partWay, { startAt: at("18:00"), endAt: at("19:00") }), at("16:50"))).toEqual({ outcome: "sent" });
    const stopMs = at("18:00").getTime() + Math.round(planCommand(failing.seed, partWay, failing).failureFraction * minutes(60));
    expect(await simulator.readCommand(discharge(partWay), new Date(stopMs - 1))).toEqual({ status: "executing" });
    expect(await simulator.readCommand(discharge(partWay), new Date(stopMs))).toMatchObject({ status: "failed" });
    // The battery delivered only until the failure: no power after it.
    const samples = await simulator.readTelemetry(device, new Date(Math.ceil(stopMs / 60_000) * 60_000), at("19:00"));
    expect(samples.every((sample) => sample.deliveredKw === 0)).toBe(true);
  });

  test("a resend of the same command gets the first answer and runs once, from the first send", async () => {
    const simulator = createSimulator(options);
    await simulator.sendCommand(discharge("cmd_1"), at("16:50"));
    expect(await simulator.sendCommand(discharge("cmd_1"), at("17:20"))).toEqual({ outcome: "sent" });
    expect(await simulator.readCommand(discharge("cmd_1"), at("17:00"))).toEqual({ status: "executing" });
  });

  test.each([
    { label: "an unknown serial number", command: discharge("cmd_1", { device: { deviceId: "dev_1", serialNumber: "SIM-2" } }), reason: "The manufacturer does not know a battery with serial SIM-2." },
    { label: "a window that has already ended", command: discharge("cmd_1", { endAt: at("16:50") }), reason: "The command's window had ended before it was sent." },
  ])("refused by the simulated manufacturer: $label", async ({ command, reason }) => {
    expect(await createSimulator(options).sendCommand(command, at("16:50"))).toEqual({ outcome: "failed", reason });
  });

  test("questions it cannot answer are transport errors (rejected promises), not answers", async () => {
    const simulator = createSimulator(options);
    await expect(simulator.readCommand(discharge("never-sent"), at("17:00"))).rejects.toThrow(/never sent/);
    await expect(simulator.readState(device, at("15:59"))).rejects.toThrow(RangeError);
    await expect(simulator.readTelemetry({ deviceId: "dev_9", serialNumber: "X" }, at("16:00"), at("17:00"))).rejects.toThrow(/no simulated battery/);
  });
});

describe("determinism", () => {
  /** Twenty overlapping commands with the default (random) delays and failure rate, read back in full. */
  async function scenario(seed: number, readOrder: "forward" | "backward" = "forward") {
    const simulator = createSimulator({ ...options, seed, responseDelaySeconds: { min: 5, max: 120 }, failureRate: 0.2, stormGuardDailyChance: 0.3 });
    const commands = Array.from({ length: 20 }, (_, index) =>
      discharge(`cmd_${index}`, {
        action: (["charge", "discharge", "export", "idle", "self_consumption"] as const)[index % 5] ?? "idle",
        powerKw: index % 5 >= 3 ? null : 1 + (index % 4),
        startAt: new Date(at("16:10").getTime() + index * minutes(20)),
        endAt: new Date(at("16:10").getTime() + index * minutes(20) + minutes(45)),
      }),
    );
    const results = [];
    for (const [index, command] of commands.entries()) results.push(await simulator.sendCommand(command, new Date(at("16:05").getTime() + index * minutes(20))));
    const order = readOrder === "forward" ? commands : [...commands].reverse();
    const reports = new Map<string, unknown>();
    for (const command of order) reports.set(command.commandId, await simulator.readCommand(command, at("23:59")));
    const telemetry = await simulator.readTelemetry(device, at("16:00"), at("23:59"));
    return { results, reports: commands.map((command) => reports.get(command.commandId)), telemetry };
  }

  test("the same seed gives identical results, reports and telemetry", async () => {
    expect(await scenario(42)).toEqual(await scenario(42));
  });

  test("the order questions are asked in does not change the answers", async () => {
    expect(await scenario(42, "backward")).toEqual(await scenario(42, "forward"));
  });

  test("another seed gives other delays and failures, so other telemetry", async () => {
    expect((await scenario(43)).telemetry).not.toEqual((await scenario(42)).telemetry);
  });

  test("a simulator rebuilt from the stored commands (same options, same sends) answers the same as the one that was running", async () => {
    const settings = { ...options, seed: 9, failureRate: 0.3, responseDelaySeconds: { min: 5, max: 90 } };
    const running = createSimulator(settings);
    const sends = [
      { command: discharge("cmd_a"), sentAt: at("16:40") },
      { command: discharge("cmd_b", { action: "charge", powerKw: 3, startAt: at("17:30"), endAt: at("18:30") }), sentAt: at("17:10") },
      { command: discharge("cmd_c", { startAt: at("18:10"), endAt: at("19:00") }), sentAt: at("18:00") },
    ];
    for (const { command, sentAt } of sends) await running.sendCommand(command, sentAt);
    const rebuilt = createSimulator(settings);
    for (const { command, sentAt } of sends) await rebuilt.sendCommand(command, sentAt);
    for (const { command } of sends) expect(await rebuilt.readCommand(command, at("19:30"))).toEqual(await running.readCommand(command, at("19:30")));
    expect(await rebuilt.readTelemetry(device, at("16:00"), at("19:30"))).toEqual(await running.readTelemetry(device, at("16:00"), at("19:30")));
  });

  test("property: sending a command never rewrites telemetry from before it was sent", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 }), async (seed, sendMinute) => {
        const simulator = createSimulator({ ...options, seed, failureRate: 0.3, responseDelaySeconds: { min: 0, max: 90 } });
        const sentAt = new Date(at("16:00").getTime() + minutes(sendMinute));
        const before = await simulator.readTelemetry(device, at("16:00"), sentAt);
        await simulator.sendCommand(discharge("cmd_1", { startAt: at("16:00"), endAt: at("22:00") }), sentAt);
        expect(await simulator.readTelemetry(device, at("16:00"), sentAt)).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});

describe("the battery's limits in simulated telemetry", () => {
  const commandArbitrary = fc.record({
    action: fc.constantFrom("charge" as const, "discharge" as const, "export" as const, "idle" as const, "self_consumption" as const),
    powerKw: fc.double({ min: 0.5, max: 8, noNaN: true }),
    grid: fc.boolean(),
    startMinute: fc.integer({ min: 0, max: 300 }),
    lengthMinutes: fc.integer({ min: 1, max: 240 }),
  });

  test("property: never below the reserve, never above full, Σ kW × h equals the kWh the charge lost", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 20, max: 100, noNaN: true }), fc.array(commandArbitrary, { maxLength: 5 }), async (seed, soc, specs) => {
        const simulator = createSimulator({
          ...options,
          seed,
          batteries: [{ ...device, capacityKwh: 10, powerKw: 5, backupReservePercent: 20, initialStateOfChargePercent: soc }],
          failureRate: 0.2,
          stormGuardWindows: [{ from: at("19:00"), to: at("19:30") }],
        });
        for (const [index, spec] of specs.entries()) {
          const startAt = new Date(at("16:00").getTime() + minutes(spec.startMinute));
          const powered = spec.action === "charge" || spec.action === "discharge" || spec.action === "export";
          await simulator.sendCommand(
            discharge(`cmd_${index}`, { action: spec.action, powerKw: powered ? spec.powerKw : null, enableGridInteraction: spec.grid, startAt, endAt: new Date(startAt.getTime() + minutes(spec.lengthMinutes)) }),
            at("16:00"),
          );
        }
        const samples = await simulator.readTelemetry(device, at("16:00"), at("22:01"));
        const broken = samples.filter((sample) => sample.stateOfChargePercent < 20 - 1e-9 || sample.stateOfChargePercent > 100 + 1e-9 || Math.abs(sample.deliveredKw) > 5 + 1e-9);
        expect(broken).toEqual([]);
        const measured = samples.slice(0, -1);
        const deliveredKwh = measured.reduce((total, sample) => total + sample.deliveredKw / 60, 0);
        const lostKwh = ((soc - (samples.at(-1)?.stateOfChargePercent ?? 0)) * 10) / 100;
        expect(Math.abs(deliveredKwh - lostKwh)).toBeLessThan(1e-9);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the configured failure rate, through the adapter", () => {
  test("through the adapter: 20 % configured, about 20 % of 1,000 commands end failed", async () => {
    const simulator = createSimulator({ ...options, failureRate: 0.2 });
    let failed = 0;
    for (let index = 0; index < 1000; index++) {
      const command = discharge(`cmd_${index}`);
      await simulator.sendCommand(command, at("16:50"));
      if ((await simulator.readCommand(command, at("18:00"))).status === "failed") failed++;
    }
    expect(Math.abs(failed / 1000 - 0.2)).toBeLessThan(0.04);
  });
});

describe("enrollment through the simulator", () => {
  test("the simulator is an automatic-enrollment manufacturer, as enrollmentModeFor says", () => {
    const simulator = createSimulator(options);
    expect(simulator.manufacturer).toBe(SIMULATOR_MANUFACTURER);
    expect(simulator.enrollment).not.toBeNull();
    expect(enrollmentModeFor(simulator.manufacturer)).toBe("automatic");
  });

  test("one step an hour: requested, testing, configuring, enrolled", async () => {
    const enrollment = createSimulator(options).enrollment;
    if (enrollment === null) throw new Error("the simulator takes automatic enrollments");
    expect(await enrollment.request(device, "ct-ess", at("09:00"))).toEqual({ status: "requested" });
    expect(await enrollment.read(device, "ct-ess", at("09:59"))).toEqual({ status: "requested" });
    expect(await enrollment.read(device, "ct-ess", at("10:00"))).toEqual({ status: "manufacturer_testing" });
    expect(await enrollment.read(device, "ct-ess", at("11:00"))).toEqual({ status: "configuring" });
    expect(await enrollment.read(device, "ct-ess", at("12:00"))).toEqual({ status: "enrolled" });
    // Asking again while it is under way does not restart it.
    expect(await enrollment.request(device, "ct-ess", at("12:30"))).toEqual({ status: "enrolled" });
  });

  test("a rejection after testing, and a new attempt when requested again", async () => {
    const enrollment = createSimulator({ ...options, enrollmentRejectionRate: 1 }).enrollment;
    if (enrollment === null) throw new Error("the simulator takes automatic enrollments");
    await enrollment.request(device, "ct-ess", at("09:00"));
    expect(await enrollment.read(device, "ct-ess", at("11:00"))).toEqual({
      status: "rejected",
      reason: "The simulated battery failed the manufacturer's communication test (simulated rejection).",
    });
    expect(await enrollment.request(device, "ct-ess", at("12:00"))).toEqual({ status: "requested" });
    expect(await enrollment.read(device, "ct-ess", at("13:00"))).toEqual({ status: "manufacturer_testing" });
  });

  test("polled at 12:30, the record catches up through every step", async () => {
    const simulator = createSimulator(options);
    const record = createEnrollment({ deviceId: "dev_1", programId: "ct-ess", mode: enrollmentModeFor(simulator.manufacturer), at: at("09:00") });
    await simulator.enrollment?.request(device, "ct-ess", at("09:00"));
    const report = await simulator.enrollment?.read(device, "ct-ess", at("12:30"));
    if (report === undefined) throw new Error("no report");
    const result = advanceEnrollmentTo(record, report, at("12:30"));
    expect(result.ok && result.value.history.map((step) => step.status)).toEqual(["requested", "manufacturer_testing", "configuring", "enrolled"]);
  });
});
