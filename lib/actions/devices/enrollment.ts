"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { enrollmentModeFor, ENROLLMENT_STATUS_LABELS, transition, type Enrollment, type EnrollmentEvent, type EnrollmentMode, type EnrollmentStatus } from "../../core/operations";
import { programName as getProgramName } from "../../server/operations/program-name";
import { storeNewEnrollment } from "../../server/operations/enrollments";
import { enqueueEnrollmentEvent } from "../../server/operations/refresh-device";
import { historyFromJson, historyToJson } from "../../server/operations/rows";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZEnrollmentRequestForm, ZEnrollmentStepForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, succeeded, type ActionState } from "../state";
import { programsForState } from "../../core/programs";

/** Requests a battery's enrollment in a program of its project's state (or again, after a rejection). */
export async function requestEnrollment(deviceIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const deviceId = parseId(deviceIdArg);
  if (!deviceId) return failed("That battery does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZEnrollmentRequestForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "No enrollment was requested.");
  const { access } = allowed;
  const { programId } = parsed.data;
  try {
    const device = await getDb().device.findFirst({ where: { id: deviceId, organizationId: access.organizationId }, include: { project: { select: { state: true } }, enrollments: { where: { programId } } } });
    if (!device) return failed("That battery does not exist.");
    if (!programsForState(device.project.state).some((program) => program.id === programId)) {
      return invalid({ programId: `That program is not offered in ${device.project.state}.` }, "No enrollment was requested.");
    }
    const name = getProgramName(programId);
    const existing = device.enrollments[0];
    if (existing && existing.status !== "rejected") {
      return failed(`This battery's ${name} enrollment is already ${ENROLLMENT_STATUS_LABELS[existing.status as EnrollmentStatus]}.`);
    }
    const mode: EnrollmentMode = enrollmentModeFor(device.manufacturer);
    const at = new Date();
    await getDb().$transaction(async (tx) => {
      if (existing) {
        const current = toEnrollment(device.id, existing);
        const again = transition(current, { type: "request_again" }, at);
        if (!again.ok) throw new RefusedError(again.reason);
        const { count } = await tx.deviceEnrollment.updateMany({ where: { id: existing.id, status: "rejected" }, data: { status: again.value.status, rejectionReason: null, history: historyToJson(again.value.history) } });
        if (count === 0) throw new RefusedError("The enrollment changed while you were looking at it. Reload the page and try again.");
        await enqueueEnrollmentEvent(tx, access.organizationId, existing.id, again.value, "rejected");
      } else {
        await storeNewEnrollment(tx, access.organizationId, device.id, programId, mode, at);
      }
      await tx.auditEvent.create({ data: auditRow(access, { projectId: device.projectId, action: "enrollment.requested", summary: `Requested ${name} enrollment for battery ${device.serialNumber}${existing ? " again" : ""}` }) });
    });
    revalidatePath(`/projects/${device.projectId}`);
    return succeeded(mode === "automatic" ? `${name} enrollment requested; the manufacturer reports each step.` : `${name} enrollment requested. Record each step of the manufacturer's process as it happens.`);
  } catch (error) {
    if (error instanceof RefusedError) return failed(error.message);
    console.error("requestEnrollment failed", error);
    return failed(describeWriteFailure(error));
  }
}

/** Records a step of a manual enrollment (the manufacturer's own process); automatic ones are reported by the manufacturer. */
export async function recordEnrollmentStep(enrollmentIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const enrollmentId = parseId(enrollmentIdArg);
  if (!enrollmentId) return failed("That enrollment does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZEnrollmentStepForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "Nothing was recorded.");
  const { access } = allowed;
  const { step, reason } = parsed.data;
  if (step === "reject" && !reason) return invalid({ reason: "Give the manufacturer's reason, so the installer can fix it." }, "Nothing was recorded.");
  try {
    const row = await getDb().deviceEnrollment.findFirst({ where: { id: enrollmentId, device: { organizationId: access.organizationId } }, include: { device: { select: { projectId: true, serialNumber: true } } } });
    if (!row) return failed("That enrollment does not exist.");
    if (row.mode !== "manual") return failed("This enrollment is automatic: the manufacturer reports its steps, so they cannot be recorded by hand.");
    const current = toEnrollment(row.deviceId, row);
    const event: EnrollmentEvent = step === "reject" ? { type: "reject", reason: reason ?? "" } : { type: step };
    const next = transition(current, event, new Date());
    if (!next.ok) return failed(next.reason);
    await getDb().$transaction(async (tx) => {
      const { count } = await tx.deviceEnrollment.updateMany({ where: { id: row.id, status: row.status }, data: { status: next.value.status, rejectionReason: next.value.rejectionReason, history: historyToJson(next.value.history) } });
      if (count === 0) throw new RefusedError("The enrollment changed while you were looking at it. Reload the page and try again.");
      await enqueueEnrollmentEvent(tx, access.organizationId, row.id, next.value, current.status);
      await tx.auditEvent.create({
        data: auditRow(access, {
          projectId: row.device.projectId,
          action: "enrollment.step",
          summary: `${getProgramName(row.programId)} enrollment of battery ${row.device.serialNumber}: ${ENROLLMENT_STATUS_LABELS[current.status]} → ${ENROLLMENT_STATUS_LABELS[next.value.status]}${next.value.rejectionReason ? ` (${next.value.rejectionReason})` : ""}`,
        }),
      });
    });
    revalidatePath(`/projects/${row.device.projectId}`);
    return succeeded(`Recorded: ${ENROLLMENT_STATUS_LABELS[next.value.status]}.`);
  } catch (error) {
    if (error instanceof RefusedError) return failed(error.message);
    console.error("recordEnrollmentStep failed", error);
    return failed(describeWriteFailure(error));
  }
}

class RefusedError extends Error {}

function toEnrollment(deviceId: string, row: { programId: string; mode: string; status: string; rejectionReason: string | null; history: unknown }): Enrollment {
  return {
    deviceId,
    programId: row.programId,
    mode: row.mode as EnrollmentMode,
    status: row.status as EnrollmentStatus,
    rejectionReason: row.rejectionReason,
    history: historyFromJson<EnrollmentStatus>(row.history),
  };
}
