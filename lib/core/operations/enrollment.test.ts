import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  advanceEnrollmentTo,
  createEnrollment,
  enrollmentModeFor,
  enrollmentStatuses,
  MAX_REASON_LENGTH,
  shouldAutoRequest,
  transition,
  type Enrollment,
  type EnrollmentEvent,
  type EnrollmentStatus,
} from "./enrollment";
import { SIMULATOR_MANUFACTURER } from "./simulator";
import { at, makeEnrollment } from "./test-helpers";

function expectOk<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(`expected a transition, got: ${result.reason}`);
  return result.value;
}

const events: readonly EnrollmentEvent[] = [
  { type: "start_testing" },
  { type: "start_configuring" },
  { type: "confirm_enrolled" },
  { type: "reject", reason: "Serial not found." },
  { type: "request_again" },
];

/** The diagram in enrollment.ts, restated by hand: every legal move, and where it leads. */
const LEGAL: Readonly<Record<EnrollmentStatus, Partial<Record<EnrollmentEvent["type"], EnrollmentStatus>>>> = {
  requested: { start_testing: "manufacturer_testing", reject: "rejected" },
  manufacturer_testing: { start_configuring: "configuring", reject: "rejected" },
  configuring: { confirm_enrolled: "enrolled", reject: "rejected" },
  enrolled: {},
  rejected: { request_again: "requested" },
};

describe("the enrollment lifecycle", () => {
  test("a new enrollment is requested, with one time-stamped step", () => {
    const enrollment = createEnrollment({ deviceId: "dev_1", programId: "ct-ess", mode: "manual", at: at("09:00") });
    expect(enrollment).toEqual({
      deviceId: "dev_1",
      programId: "ct-ess",
      mode: "manual",
      status: "requested",
      rejectionReason: null,
      history: [{ status: "requested", at: at("09:00"), reason: null }],
    });
  });

  test("the happy path: requested → manufacturer testing → configuring → enrolled, each step stamped", () => {
    let enrollment = makeEnrollment("requested");
    enrollment = expectOk(transition(enrollment, { type: "start_testing" }, at("10:00")));
    enrollment = expectOk(transition(enrollment, { type: "start_configuring" }, at("11:30")));
    enrollment = expectOk(transition(enrollment, { type: "confirm_enrolled" }, at("12:00")));
    expect(enrollment.status).toBe("enrolled");
    expect(enrollment.history.map((step) => [step.status, step.at.toISOString()])).toEqual([
      ["requested", "2025-07-01T09:00:00.000Z"],
      ["manufacturer_testing", "2025-07-01T10:00:00.000Z"],
      ["configuring", "2025-07-01T11:30:00.000Z"],
      ["enrolled", "2025-07-01T12:00:00.000Z"],
    ]);
  });

  test.each(enrollmentStatuses.flatMap((status) => events.map((event) => ({ status, event, to: LEGAL[status][event.type] }))))(
    "from $status, $event.type → $to (undefined: refused)",
    ({ status, event, to }) => {
      const enrollment = makeEnrollment(status);
      const result = transition(enrollment, event, at("20:00"));
      if (to === undefined) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/^Cannot .+: the enrollment is .+\. .+/);
      } else {
        expect(expectOk(result).status).toBe(to);
      }
    },
  );

  test.each([
    { label: "skipping testing is refused", from: "requested" as const, event: { type: "start_configuring" } as const, reason: "Cannot start configuring: the enrollment is requested. The next step is manufacturer testing (or a rejection)." },
    { label: "an enrolled battery stays enrolled", from: "enrolled" as const, event: { type: "reject", reason: "x" } as const, reason: "Cannot reject the enrollment: the enrollment is enrolled. An enrolled battery stays enrolled." },
    { label: "a rejected enrollment is requested again, not resumed", from: "rejected" as const, event: { type: "start_configuring" } as const, reason: "Cannot start configuring: the enrollment is rejected. Request it again once the problem is fixed." },
  ])("refusals say what is next: $label", ({ from, event, reason }) => {
    expect(transition(makeEnrollment(from), event, at("20:00"))).toEqual({ ok: false, reason });
  });

  test.each([
    { label: "an empty reason", reason: "" },
    { label: "a reason of spaces only", reason: "   \n " },
    { label: "a reason over the limit", reason: "x".repeat(MAX_REASON_LENGTH + 1) },
  ])("a rejection needs a usable reason: $label is refused", ({ reason }) => {
    expect(transition(makeEnrollment("configuring"), { type: "reject", reason }, at("20:00")).ok).toBe(false);
  });

  test("a rejection keeps its trimmed reason on the enrollment and in the history", () => {
    const rejected = expectOk(transition(makeEnrollment("manufacturer_testing"), { type: "reject", reason: "  Firmware 1.2 is too old.  " }, at("12:00")));
    expect(rejected.rejectionReason).toBe("Firmware 1.2 is too old.");
    expect(rejected.history.at(-1)).toEqual({ status: "rejected", at: at("12:00"), reason: "Firmware 1.2 is too old." });
  });

  test("requesting again after a rejection starts over and keeps the rejection in the history", () => {
    const again = expectOk(transition(makeEnrollment("rejected"), { type: "request_again" }, at("15:00")));
    expect(again.status).toBe("requested");
    expect(again.rejectionReason).toBeNull();
    expect(again.history.map((step) => step.status)).toEqual(["requested", "manufacturer_testing", "rejected", "requested"]);
    expect(again.history[2]?.reason).toBe("Firmware too old for grid services.");
  });

  test("a step dated before the previous one is refused; the same instant is allowed", () => {
    const testing = makeEnrollment("manufacturer_testing"); // last step at 10:00
    expect(transition(testing, { type: "start_configuring" }, at("09:59"))).toEqual({
      ok: false,
      reason: "This step is dated 2025-07-01T09:59:00.000Z, before the previous step (2025-07-01T10:00:00.000Z).",
    });
    expect(transition(testing, { type: "start_configuring" }, at("10:00")).ok).toBe(true);
  });

  test("an invalid date is a bug upstream, not a refusal", () => {
    expect(() => transition(makeEnrollment("requested"), { type: "start_testing" }, new Date("garbage"))).toThrow(RangeError);
  });

  test("property: any sequence of events keeps the record consistent and never changes its input", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...events), fc.integer({ min: -30, max: 120 })), { maxLength: 25 }), (moves) => {
        let enrollment = makeEnrollment("requested");
        let timeMs = at("09:00").getTime();
        let accepted = 0;
        for (const [event, minutesLater] of moves) {
          const before = structuredClone(enrollment);
          const when = new Date(timeMs + minutesLater * 60_000);
          const result = transition(enrollment, event, when);
          expect(enrollment).toEqual(before);
          const expectedTo = minutesLater >= 0 ? LEGAL[enrollment.status][event.type] : undefined;
          if (result.ok) {
            expect(result.value.status).toBe(expectedTo);
            enrollment = result.value;
            timeMs = when.getTime();
            accepted++;
          } else {
            // Refused only when the move is illegal or goes back in time.
            expect(expectedTo === undefined || minutesLater < 0).toBe(true);
          }
        }
        expect(enrollment.history).toHaveLength(1 + accepted);
        expect(enrollment.history.at(-1)?.status).toBe(enrollment.status);
        expect(enrollment.rejectionReason !== null).toBe(enrollment.status === "rejected");
        const times = enrollment.history.map((step) => step.at.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }),
    );
  });
});

describe("catching up with the manufacturer's report", () => {
  test("requested, reported enrolled: the three steps are recorded, stamped when Gridfolio learned of them", () => {
    const enrolled = expectOk(advanceEnrollmentTo(makeEnrollment("requested"), { status: "enrolled" }, at("13:00")));
    expect(enrolled.status).toBe("enrolled");
    expect(enrolled.history.slice(1)).toEqual([
      { status: "manufacturer_testing", at: at("13:00"), reason: null },
      { status: "configuring", at: at("13:00"), reason: null },
      { status: "enrolled", at: at("13:00"), reason: null },
    ]);
  });

  test("the same status is no change (the same object back)", () => {
    const configuring = makeEnrollment("configuring");
    expect(advanceEnrollmentTo(configuring, { status: "configuring" }, at("20:00"))).toEqual({ ok: true, value: configuring });
  });

  test.each([
    { label: "with the manufacturer's reason", reported: { status: "rejected" as const, reason: "Battery offline for 7 days." }, reason: "Battery offline for 7 days." },
    { label: "without one, a default that says so", reported: { status: "rejected" as const, reason: null }, reason: "The manufacturer rejected the enrollment without giving a reason." },
  ])("a reported rejection is recorded $label", ({ reported, reason }) => {
    expect(expectOk(advanceEnrollmentTo(makeEnrollment("manufacturer_testing"), reported, at("20:00"))).rejectionReason).toBe(reason);
  });

  test("rejected, reported configuring: requested again, then testing, then configuring", () => {
    const configuring = expectOk(advanceEnrollmentTo(makeEnrollment("rejected"), { status: "configuring" }, at("20:00")));
    expect(configuring.history.map((step) => step.status)).toEqual(["requested", "manufacturer_testing", "rejected", "requested", "manufacturer_testing", "configuring"]);
  });

  test.each([
    { label: "a stale report behind the record", from: "configuring" as const, reported: "manufacturer_testing" as const },
    { label: "a rejection of an enrolled battery", from: "enrolled" as const, reported: "rejected" as const },
    { label: "an enrolled battery reported as requested", from: "enrolled" as const, reported: "requested" as const },
  ])("refused: $label", ({ from, reported }) => {
    expect(advanceEnrollmentTo(makeEnrollment(from), { status: reported }, at("20:00")).ok).toBe(false);
  });

  test("property: catching up from requested lands on the reported status with one step per status passed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...enrollmentStatuses), (reported) => {
        const result = expectOk(advanceEnrollmentTo(makeEnrollment("requested"), { status: reported, reason: "x" }, at("20:00")));
        expect(result.status).toBe(reported);
        const path: Record<EnrollmentStatus, number> = { requested: 0, manufacturer_testing: 1, configuring: 2, enrolled: 3, rejected: 1 };
        expect(result.history).toHaveLength(1 + path[reported]);
      }),
    );
  });
});

describe("automatic or manual enrollment", () => {
  test.each([
    { manufacturer: "SolarEdge", mode: "automatic" },
    { manufacturer: "Solar Edge", mode: "automatic" },
    { manufacturer: "SOLAREDGE Technologies", mode: "automatic" },
    { manufacturer: "Enphase", mode: "manual" },
    { manufacturer: "Enphase Energy", mode: "manual" },
    { manufacturer: "Tesla", mode: "manual" },
    { manufacturer: "FranklinWH", mode: "manual" },
    { manufacturer: "Acme Batteries", mode: "manual" },
    { manufacturer: "", mode: "manual" },
    { manufacturer: "  ", mode: "manual" },
    { manufacturer: SIMULATOR_MANUFACTURER, mode: "automatic" },
  ])("$manufacturer: $mode", ({ manufacturer, mode }) => {
    expect(enrollmentModeFor(manufacturer)).toBe(mode);
  });

  const none: Enrollment | null = null;
  test.each([
    { label: "Grid Services on, SolarEdge, no enrollment yet: request", gridServicesOn: true, manufacturer: "SolarEdge", existing: none, expected: true },
    { label: "Grid Services off: never", gridServicesOn: false, manufacturer: "SolarEdge", existing: none, expected: false },
    { label: "a manual manufacturer (Enphase): the installer requests", gridServicesOn: true, manufacturer: "Enphase", existing: none, expected: false },
    { label: "an unknown manufacturer is manual", gridServicesOn: true, manufacturer: "Acme", existing: none, expected: false },
    { label: "already requested: not twice", gridServicesOn: true, manufacturer: "SolarEdge", existing: makeEnrollment("requested"), expected: false },
    { label: "already enrolled", gridServicesOn: true, manufacturer: "SolarEdge", existing: makeEnrollment("enrolled"), expected: false },
    { label: "rejected: a person must fix and re-request, or it would loop", gridServicesOn: true, manufacturer: "SolarEdge", existing: makeEnrollment("rejected"), expected: false },
  ])("shouldAutoRequest: $label", ({ gridServicesOn, manufacturer, existing, expected }) => {
    expect(shouldAutoRequest({ gridServicesOn, manufacturer, existing })).toBe(expected);
  });
});
