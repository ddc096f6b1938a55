/**
 * Enrollment of one battery in one Grid Services program (issue #7).
 *
 *   requested → manufacturer_testing → configuring → enrolled
 *        ↘               ↘                  ↘
 *                    rejected (with a reason) ──request again──→ requested
 *
 * - Steps go one at a time, in order: the manufacturer tests communication before it configures
 *   the battery, and configures it before the program may dispatch it. A skipped step is refused.
 * - Any step before "enrolled" may end in "rejected", which needs a reason the installer can act
 *   on ("firmware too old", "serial not found").
 * - "rejected" is not a dead end: once the installer has fixed the problem, a person requests the
 *   enrollment again (a new "requested" step; the rejection stays in the history).
 * - "enrolled" is final here. Leaving a program (the customer opts out, the battery is replaced) is
 *   a different fact from any of these steps and will be its own status when the issue asks for it.
 * - Every step is time-stamped; a step dated before the previous one is refused (history.ts).
 *
 * Some manufacturers accept enrollments through their API (automatic: Gridfolio requests as soon
 * as Grid Services is on); others need the installer to go through the manufacturer's own process
 * and record each step here (manual).
 */
import { normalizeManufacturer } from "./device";
import { assertValidDate, refuse, refuseIfEarlier, type Step, type Transitioned } from "./history";

export const enrollmentStatuses = ["requested", "manufacturer_testing", "configuring", "enrolled", "rejected"] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

export type EnrollmentMode = "automatic" | "manual";

export interface Enrollment {
  deviceId: string;
  programId: string;
  mode: EnrollmentMode;
  status: EnrollmentStatus;
  /** The reason of the current rejection; null unless `status` is "rejected". */
  rejectionReason: string | null;
  /** Every step, oldest first; the last one is the current status. */
  history: readonly Step<EnrollmentStatus>[];
}

export type EnrollmentEvent =
  | { type: "start_testing" }
  | { type: "start_configuring" }
  | { type: "confirm_enrolled" }
  | { type: "reject"; reason: string }
  | { type: "request_again" };

type EventType = EnrollmentEvent["type"];

/** Which statuses each event may leave, and where it leads. Everything not listed is refused. */
const TRANSITIONS: Readonly<Record<EventType, { from: readonly EnrollmentStatus[]; to: EnrollmentStatus }>> = {
  start_testing: { from: ["requested"], to: "manufacturer_testing" },
  start_configuring: { from: ["manufacturer_testing"], to: "configuring" },
  confirm_enrolled: { from: ["configuring"], to: "enrolled" },
  reject: { from: ["requested", "manufacturer_testing", "configuring"], to: "rejected" },
  request_again: { from: ["rejected"], to: "requested" },
};

export const ENROLLMENT_STATUS_LABELS: Readonly<Record<EnrollmentStatus, string>> = {
  requested: "requested",
  manufacturer_testing: "in manufacturer testing",
  configuring: "being configured",
  enrolled: "enrolled",
  rejected: "rejected",
};

const EVENT_VERBS: Readonly<Record<EventType, string>> = {
  start_testing: "start manufacturer testing",
  start_configuring: "start configuring",
  confirm_enrolled: "confirm the enrollment",
  reject: "reject the enrollment",
  request_again: "request the enrollment again",
};

/** What may happen next from each status, for the second half of a refusal. */
const NEXT_STEPS: Readonly<Record<EnrollmentStatus, string>> = {
  requested: "The next step is manufacturer testing (or a rejection).",
  manufacturer_testing: "The next step is configuring (or a rejection).",
  configuring: "The next step is confirming the enrollment (or a rejection).",
  enrolled: "An enrolled battery stays enrolled.",
  rejected: "Request it again once the problem is fixed.",
};

/** Long enough for a manufacturer's explanation, short enough to show in a table cell's tooltip. */
export const MAX_REASON_LENGTH = 500;

/** A new enrollment, requested at `at`. */
export function createEnrollment(input: { deviceId: string; programId: string; mode: EnrollmentMode; at: Date }): Enrollment {
  assertValidDate(input.at, "createEnrollment");
  return {
    deviceId: input.deviceId,
    programId: input.programId,
    mode: input.mode,
    status: "requested",
    rejectionReason: null,
    history: [{ status: "requested", at: input.at, reason: null }],
  };
}

/** The enrollment after `event` at `at`, or a refusal saying why not. The input is not changed. */
export function transition(enrollment: Enrollment, event: EnrollmentEvent, at: Date): Transitioned<Enrollment> {
  assertValidDate(at, "transition");
  const rule = TRANSITIONS[event.type];
  if (!rule.from.includes(enrollment.status)) {
    return refuse(`Cannot ${EVENT_VERBS[event.type]}: the enrollment is ${ENROLLMENT_STATUS_LABELS[enrollment.status]}. ${NEXT_STEPS[enrollment.status]}`);
  }
  let reason: string | null = null;
  if (event.type === "reject") {
    reason = event.reason.trim();
    if (reason === "") return refuse("Give a reason for the rejection, so the installer knows what to fix.");
    if (reason.length > MAX_REASON_LENGTH) return refuse(`The rejection reason must be at most ${MAX_REASON_LENGTH} characters.`);
  }
  const earlier = refuseIfEarlier(enrollment.history, at);
  if (earlier) return earlier;
  return {
    ok: true,
    value: {
      ...enrollment,
      status: rule.to,
      rejectionReason: reason,
      history: [...enrollment.history, { status: rule.to, at, reason }],
    },
  };
}

/** The order of the happy path, for catching up with a manufacturer's report. */
const HAPPY_PATH: readonly EnrollmentStatus[] = ["requested", "manufacturer_testing", "configuring", "enrolled"];
const FORWARD_EVENT: Readonly<Partial<Record<EnrollmentStatus, EnrollmentEvent>>> = {
  manufacturer_testing: { type: "start_testing" },
  configuring: { type: "start_configuring" },
  enrolled: { type: "confirm_enrolled" },
};

const REJECTED_WITHOUT_REASON = "The manufacturer rejected the enrollment without giving a reason.";

/**
 * Brings an enrollment up to the status a manufacturer reports (automatic enrollments are polled,
 * and a poll may find the battery two steps further on). The steps in between are recorded, each
 * stamped `at`: that is when Gridfolio learned of them. The same status is no change; a report
 * behind what is recorded is refused rather than undone, because it usually means a stale answer
 * from the manufacturer's cloud.
 */
export function advanceEnrollmentTo(
  enrollment: Enrollment,
  reported: { status: EnrollmentStatus; reason?: string | null | undefined },
  at: Date,
): Transitioned<Enrollment> {
  assertValidDate(at, "advanceEnrollmentTo");
  if (reported.status === enrollment.status) return { ok: true, value: enrollment };
  if (reported.status === "rejected") {
    return transition(enrollment, { type: "reject", reason: reported.reason?.trim() || REJECTED_WITHOUT_REASON }, at);
  }
  const events: EnrollmentEvent[] = [];
  let from = enrollment.status;
  if (from === "rejected") {
    events.push({ type: "request_again" });
    from = "requested";
  }
  const fromIndex = HAPPY_PATH.indexOf(from);
  const toIndex = HAPPY_PATH.indexOf(reported.status);
  if (toIndex < fromIndex) {
    return refuse(
      `The manufacturer reports the enrollment as ${ENROLLMENT_STATUS_LABELS[reported.status]}, but it is already ${ENROLLMENT_STATUS_LABELS[enrollment.status]}; the report looks out of date.`,
    );
  }
  for (const status of HAPPY_PATH.slice(fromIndex + 1, toIndex + 1)) {
    const event = FORWARD_EVENT[status];
    if (event) events.push(event);
  }
  let current: Transitioned<Enrollment> = { ok: true, value: enrollment };
  for (const event of events) {
    if (!current.ok) break;
    current = transition(current.value, event, at);
  }
  return current;
}

/**
 * How each manufacturer takes enrollments, by the start of its normalized name. Issue #7 names
 * two: SolarEdge accepts them through its API, Enphase requires its own manual flow. Every other
 * manufacturer (Tesla and FranklinWH included) is manual until an adapter that can request for
 * them exists: manual always works, because a person follows the manufacturer's process.
 */
const ENROLLMENT_MODES: readonly { namePrefix: string; mode: EnrollmentMode }[] = [
  { namePrefix: "solaredge", mode: "automatic" },
  { namePrefix: "enphase", mode: "manual" },
  // The built-in simulator (simulator.ts) answers enrollment requests, so demos run end to end.
  { namePrefix: "gridfoliosimulator", mode: "automatic" },
];

/** "automatic" or "manual" for a manufacturer as typed ("SolarEdge Technologies" → automatic). */
export function enrollmentModeFor(manufacturer: string): EnrollmentMode {
  const name = normalizeManufacturer(manufacturer);
  if (name === "") return "manual";
  return ENROLLMENT_MODES.find((entry) => name.startsWith(entry.namePrefix))?.mode ?? "manual";
}

/**
 * Whether Gridfolio should request an enrollment by itself now: only with Grid Services on, only
 * for manufacturers that take automatic enrollments, and only when this battery has no enrollment
 * in this program yet. A rejected enrollment is never requested again automatically: the
 * manufacturer would reject it again for the same reason, in a loop, until a person fixes it.
 */
export function shouldAutoRequest(input: { gridServicesOn: boolean; manufacturer: string; existing: Enrollment | null }): boolean {
  return input.gridServicesOn && input.existing === null && enrollmentModeFor(input.manufacturer) === "automatic";
}
