import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decideCommand, isGridInteraction, MAX_SCHEDULE_AHEAD_MS, type CommandDecision, type DecideCommandInput, type TCommandRequest } from "./commands";
import type { Enrollment } from "./enrollment";
import { at, IDLE_STATE, makeDevice, makeEnrollment } from "./test-helpers";

const gridDischarge: TCommandRequest = {
  deviceId: "dev_1",
  action: "discharge",
  powerKw: 5,
  startAt: at("17:00"),
  endAt: at("19:00"),
  enableGridInteraction: true,
};

const input: DecideCommandInput = {
  command: gridDischarge,
  device: makeDevice(),
  enrollments: [makeEnrollment("enrolled")],
  gridServicesOn: true,
  now: at("16:00"),
};

const stormGuard = makeDevice({ state: { ...IDLE_STATE, stormGuardActive: true, operatingMode: "backup" } });

function summary(decision: CommandDecision): string {
  return decision.kind === "refused" ? `${decision.httpStatus} ${decision.code}` : `${decision.kind}${decision.command.skipReason ? ` (${decision.command.skipReason})` : ""}`;
}

describe("decideCommand", () => {
  test("an enrolled battery with Grid Services on: queued, with the request copied and one time-stamped step", () => {
    expect(decideCommand(input)).toEqual({
      kind: "queued",
      command: {
        ...gridDischarge,
        status: "queued",
        skipReason: null,
        failureReason: null,
        history: [{ status: "queued", at: at("16:00"), reason: null }],
      },
    });
  });

  const pending: Enrollment[] = [makeEnrollment("configuring")];
  test.each([
    { label: "no such battery in the organization", change: { device: null }, expected: "404 device_not_found" },
    { label: "the window ended before now", change: { now: at("19:00:01") }, expected: "422 window_ended" },
    { label: "the window ends exactly now (nothing left to do)", change: { now: at("19:00") }, expected: "422 window_ended" },
    { label: "a window that has started but not ended is fine", change: { now: at("18:59") }, expected: "queued" },
    { label: "exactly 7 days ahead is fine", change: { now: new Date(at("17:00").getTime() - MAX_SCHEDULE_AHEAD_MS) }, expected: "queued" },
    { label: "a millisecond more than 7 days ahead is refused", change: { now: new Date(at("17:00").getTime() - MAX_SCHEDULE_AHEAD_MS - 1) }, expected: "422 too_far_ahead" },
    { label: "power above the battery's 5 kW rating", change: { command: { ...gridDischarge, powerKw: 5.01 } }, expected: "422 power_above_rating" },
    { label: "Grid Services off, grid interaction", change: { gridServicesOn: false }, expected: "409 grid_services_off" },
    { label: "Grid Services off, export (always grid interaction)", change: { gridServicesOn: false, command: { ...gridDischarge, action: "export" as const, enableGridInteraction: false } }, expected: "409 grid_services_off" },
    { label: "Grid Services off, a local charge: no grid involved, queued", change: { gridServicesOn: false, command: { ...gridDischarge, action: "charge" as const, enableGridInteraction: false } }, expected: "queued" },
    { label: "no enrollment at all", change: { enrollments: [] }, expected: "409 not_enrolled" },
    { label: "an enrollment still being configured", change: { enrollments: pending }, expected: "409 not_enrolled" },
    { label: "enrolled in one program and rejected in another: enough", change: { enrollments: [makeEnrollment("rejected", { programId: "dsgs" }), makeEnrollment("enrolled")] }, expected: "queued" },
    { label: "another battery's enrollment does not count", change: { enrollments: [makeEnrollment("enrolled", { deviceId: "dev_2" })] }, expected: "409 not_enrolled" },
    { label: "not enrolled, but no grid interaction: queued", change: { enrollments: [], command: { ...gridDischarge, enableGridInteraction: false } }, expected: "queued" },
    { label: "Storm Guard active: a grid command is recorded as skipped", change: { device: stormGuard }, expected: "skipped (storm_guard)" },
    { label: "Storm Guard active: a local command too (it would fight the storm mode)", change: { device: stormGuard, enrollments: [], command: { ...gridDischarge, action: "idle" as const, powerKw: null, enableGridInteraction: false } }, expected: "skipped (storm_guard)" },
    { label: "Storm Guard active and Grid Services off: the refusal wins (the request was not allowed at all)", change: { device: stormGuard, gridServicesOn: false }, expected: "409 grid_services_off" },
    { label: "a battery that never reported: queued (Storm Guard is checked again before sending)", change: { device: makeDevice({ state: null }) }, expected: "queued" },
  ])("$label → $expected", ({ change, expected }) => {
    expect(summary(decideCommand({ ...input, ...change }))).toBe(expected);
  });

  test.each([
    { label: "Grid Services off", change: { gridServicesOn: false }, message: "Grid Services is off for this organization. An owner or admin can turn it on in the organization settings." },
    { label: "no enrollment", change: { enrollments: [] }, message: "Grid-interaction commands need a battery enrolled in a Grid Services program. This battery has no enrollment yet." },
    { label: "pending", change: { enrollments: pending }, message: "Grid-interaction commands need a battery enrolled in a Grid Services program. This battery's enrollment in ct-ess is being configured." },
    {
      label: "rejected",
      change: { enrollments: [makeEnrollment("rejected")] },
      message: "Grid-interaction commands need a battery enrolled in a Grid Services program. This battery's enrollment in ct-ess was rejected: Firmware too old for grid services.",
    },
    {
      label: "a reason without a full stop gets one",
      change: { enrollments: [{ ...makeEnrollment("rejected"), rejectionReason: "Serial not found" }] },
      message: "Grid-interaction commands need a battery enrolled in a Grid Services program. This battery's enrollment in ct-ess was rejected: Serial not found.",
    },
    { label: "above rating", change: { command: { ...gridDischarge, powerKw: 7.5 } }, message: "7.5 kW is more than this battery's rated 5 kW." },
  ])("messages tell the installer what to do: $label", ({ change, message }) => {
    const decision = decideCommand({ ...input, ...change });
    expect(decision.kind === "refused" && decision.message).toBe(message);
  });

  test("a skipped command keeps its request and says why in its first step", () => {
    const decision = decideCommand({ ...input, device: stormGuard });
    expect(decision.kind).toBe("skipped");
    if (decision.kind !== "skipped") return;
    expect(decision.command).toMatchObject({ ...gridDischarge, status: "skipped", skipReason: "storm_guard", failureReason: null });
    expect(decision.command.history).toEqual([{ status: "skipped", at: at("16:00"), reason: "storm_guard" }]);
  });

  test("a device other than the command's is a bug in the caller and throws", () => {
    expect(() => decideCommand({ ...input, device: makeDevice({ id: "dev_2" }) })).toThrow(/dev_1.*dev_2/);
  });

  test("isGridInteraction: asked for, or export", () => {
    expect(isGridInteraction({ action: "export", enableGridInteraction: false })).toBe(true);
    expect(isGridInteraction({ action: "charge", enableGridInteraction: true })).toBe(true);
    expect(isGridInteraction({ action: "charge", enableGridInteraction: false })).toBe(false);
  });

  test("property: the decision follows the rules in order, and an accepted command always carries the request", () => {
    fc.assert(
      fc.property(
        fc.record({
          action: fc.constantFrom("charge" as const, "discharge" as const, "export" as const, "idle" as const, "self_consumption" as const),
          powerKw: fc.double({ min: 0.1, max: 10, noNaN: true }),
          grid: fc.boolean(),
          gridServicesOn: fc.boolean(),
          enrollment: fc.constantFrom("none" as const, "requested" as const, "enrolled" as const, "rejected" as const),
          stormGuardActive: fc.boolean(),
          nowMinutes: fc.integer({ min: -60 * 24 * 8, max: 180 }),
        }),
        (c) => {
          const powered = c.action === "charge" || c.action === "discharge" || c.action === "export";
          const command: TCommandRequest = { ...gridDischarge, action: c.action, powerKw: powered ? c.powerKw : null, enableGridInteraction: c.grid || c.action === "export" };
          const now = new Date(at("17:00").getTime() + c.nowMinutes * 60_000);
          const device = makeDevice({ state: { ...IDLE_STATE, stormGuardActive: c.stormGuardActive } });
          const enrollments = c.enrollment === "none" ? [] : [makeEnrollment(c.enrollment)];
          const decision = decideCommand({ command, device, enrollments, gridServicesOn: c.gridServicesOn, now });

          let expected: string;
          if (now.getTime() >= at("19:00").getTime()) expected = "422 window_ended";
          else if (at("17:00").getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) expected = "422 too_far_ahead";
          else if (powered && c.powerKw > 5) expected = "422 power_above_rating";
          else if (command.enableGridInteraction && !c.gridServicesOn) expected = "409 grid_services_off";
          else if (command.enableGridInteraction && c.enrollment !== "enrolled") expected = "409 not_enrolled";
          else if (c.stormGuardActive) expected = "skipped (storm_guard)";
          else expected = "queued";
          expect(summary(decision)).toBe(expected);
          if (decision.kind !== "refused") {
            expect(decision.command).toMatchObject(command);
            expect(decision.command.history).toEqual([{ status: decision.command.status, at: now, reason: decision.command.skipReason }]);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
