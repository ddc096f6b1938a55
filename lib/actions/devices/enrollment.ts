"use server";

import { revalidatePath } from "next/cache";
import { enrollmentModeFor, ENROLLMENT_STATUS_LABELS, transition, type EnrollmentEvent, type EnrollmentStatus } from "../../core/operations";
import { programsForState } from "../../core/programs";
import { programName as getProgramName } from "../../core/programs/program-name";
import { enrollmentFromRow, findBatteryEnrollment, findEnrollment, moveEnrollment, requestNewEnrollment } from "../../server/data/enrollments";
import { ZEnrollmentRequestForm, ZEnrollmentStepForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, succeeded, type ActionState } from "../state";

const changedMeanwhile = "The enrollment changed while you were looking at it. Reload the page and try again.";

/** Requests a battery's enrollment in a program of its project's state (or again, after a rejection). */
export async function requestEnrollment(deviceIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("requestEnrollment", async () => {
    const access = await authorize("project", "update");
    const { deviceId } = requireIds({ deviceId: deviceIdArg }, "That battery does not exist.");
    const { programId } = parseForm(ZEnrollmentRequestForm, requireForm(formData), "No enrollment was requested.");
    const device = await findBatteryEnrollment(access.organizationId, deviceId, programId);
    if (!device) return failed("That battery does not exist.");
    if (!programsForState(device.project.state).some((program) => program.id === programId)) {
      return invalid({ programId: `That program is not offered in ${device.project.state}.` }, "No enrollment was requested.");
    }
    const name = getProgramName(programId);
    const existing = device.enrollments[0];
    if (existing && existing.status !== "rejected") {
      return failed(`This battery's ${name} enrollment is already ${ENROLLMENT_STATUS_LABELS[existing.status as EnrollmentStatus]}.`);
    }
    const mode = enrollmentModeFor(device.manufacturer);
    const at = new Date();
    const audit = { projectId: device.projectId, summary: `Requested ${name} enrollment for battery ${device.serialNumber}${existing ? " again" : ""}` };
    if (existing) {
      const again = transition(enrollmentFromRow(device.id, existing), { type: "request_again" }, at);
      if (!again.ok) return failed(again.reason);
      if (!(await moveEnrollment(access, { enrollmentId: existing.id, from: "rejected", to: again.value }, { ...audit, action: "enrollment.requested" }))) return failed(changedMeanwhile);
    } else {
      await requestNewEnrollment(access, { deviceId: device.id, programId, mode, at }, audit);
    }
    revalidatePath(`/projects/${device.projectId}`);
    return succeeded(mode === "automatic" ? `${name} enrollment requested; the manufacturer reports each step.` : `${name} enrollment requested. Record each step of the manufacturer's process as it happens.`);
  });
}

/** Records a step of a manual enrollment (the manufacturer's own process); automatic ones are reported by the manufacturer. */
export async function recordEnrollmentStep(enrollmentIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("recordEnrollmentStep", async () => {
    const access = await authorize("project", "update");
    const { enrollmentId } = requireIds({ enrollmentId: enrollmentIdArg }, "That enrollment does not exist.");
    const { step, reason } = parseForm(ZEnrollmentStepForm, requireForm(formData), "Nothing was recorded.");
    if (step === "reject" && !reason) return invalid({ reason: "Give the manufacturer's reason, so the installer can fix it." }, "Nothing was recorded.");
    const row = await findEnrollment(access.organizationId, enrollmentId);
    if (!row) return failed("That enrollment does not exist.");
    if (row.mode !== "manual") return failed("This enrollment is automatic: the manufacturer reports its steps, so they cannot be recorded by hand.");
    const current = enrollmentFromRow(row.deviceId, row);
    const event: EnrollmentEvent = step === "reject" ? { type: "reject", reason: reason ?? "" } : { type: step };
    const next = transition(current, event, new Date());
    if (!next.ok) return failed(next.reason);
    const summary = `${getProgramName(row.programId)} enrollment of battery ${row.device.serialNumber}: ${ENROLLMENT_STATUS_LABELS[current.status]} → ${ENROLLMENT_STATUS_LABELS[next.value.status]}${next.value.rejectionReason ? ` (${next.value.rejectionReason})` : ""}`;
    if (!(await moveEnrollment(access, { enrollmentId: row.id, from: current.status, to: next.value }, { projectId: row.device.projectId, action: "enrollment.step", summary }))) return failed(changedMeanwhile);
    revalidatePath(`/projects/${row.device.projectId}`);
    return succeeded(`Recorded: ${ENROLLMENT_STATUS_LABELS[next.value.status]}.`);
  });
}
