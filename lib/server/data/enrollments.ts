/**
 * What the installer does to a battery's enrollment from the project page: request it (or request it again after
 * a rejection), and record the steps of a manufacturer's manual process. Each change is written with its webhook
 * (data/operations-enrollments.ts) and its audit row in one transaction. The operations worker's own enrollment
 * writes, which no person signs, are in data/operations-enrollments.ts.
 */
import type { Enrollment, EnrollmentMode, EnrollmentStatus } from "../../core/operations";
import { getDb } from "../db/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { enqueueEnrollmentEvent, storeNewEnrollment } from "./operations-enrollments";
import { historyFromJson, historyToJson } from "./operations-rows";

/** A battery of the organization with its project's state, and its enrollment in the program if it has one. */
export async function findBatteryEnrollment(organizationId: string, deviceId: string, programId: string) {
  return getDb().device.findFirst({ where: { id: deviceId, organizationId }, include: { project: { select: { state: true } }, enrollments: { where: { programId } } } });
}

/** An enrollment of one of the organization's batteries, with the battery's project and serial number. */
export async function findEnrollment(organizationId: string, enrollmentId: string) {
  return getDb().deviceEnrollment.findFirst({ where: { id: enrollmentId, device: { organizationId } }, include: { device: { select: { projectId: true, serialNumber: true } } } });
}

/** A stored enrollment as the operations core reads it (lib/core/operations transition). */
export function enrollmentFromRow(deviceId: string, row: { programId: string; mode: string; status: string; rejectionReason: string | null; history: unknown }): Enrollment {
  return {
    deviceId,
    programId: row.programId,
    mode: row.mode as EnrollmentMode,
    status: row.status as EnrollmentStatus,
    rejectionReason: row.rejectionReason,
    history: historyFromJson<EnrollmentStatus>(row.history),
  };
}

/** Where the audit row goes and what it says. */
interface Signed {
  projectId: string;
  summary: string;
}

/** A first request of the battery's enrollment in a program; the caller has checked it has none there. */
export async function requestNewEnrollment(actor: Actor, request: { deviceId: string; programId: string; mode: EnrollmentMode; at: Date }, audit: Signed): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await storeNewEnrollment(tx, actor.organizationId, request.deviceId, request.programId, request.mode, request.at);
    await recordAudit(tx, actor, { projectId: audit.projectId, action: "enrollment.requested", summary: audit.summary });
  });
}

/**
 * Moves an enrollment on (`action`: a manual step recorded, or a rejected one requested again), only if it is still
 * in the status it was read in: false when someone else moved it first, and then nothing is written.
 */
export async function moveEnrollment(actor: Actor, move: { enrollmentId: string; from: EnrollmentStatus; to: Enrollment }, audit: Signed & { action: string }): Promise<boolean> {
  const { enrollmentId, from, to } = move;
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.deviceEnrollment.updateMany({
      where: { id: enrollmentId, status: from },
      data: { status: to.status, rejectionReason: to.rejectionReason, history: historyToJson(to.history) },
    });
    if (count === 0) return false;
    await enqueueEnrollmentEvent(tx, actor.organizationId, enrollmentId, to, from);
    await recordAudit(tx, actor, { projectId: audit.projectId, action: audit.action, summary: audit.summary });
    return true;
  });
}
