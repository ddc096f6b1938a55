/**
 * Enrollment writes: a new request, a step a manufacturer reported, and the webhook each one announces, stored in
 * the same transaction as the change. A step is written only if the enrollment is still in the status it was read
 * in, so two servers refreshing the same battery at once record each step once.
 */
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { createEnrollment, type Enrollment, type EnrollmentMode, type EnrollmentStatus } from "../../core/operations";
import { isGridServicesOn } from "./operations";
import { historyToJson } from "./operations-rows";
import { enqueueWebhookEvent } from "./webhook-queue";

type Tx = Prisma.TransactionClient;

/** The webhook for an enrollment's latest step (also used by the manual-enrollment actions). */
export async function enqueueEnrollmentEvent(tx: Tx, organizationId: string, enrollmentId: string, enrollment: Enrollment, previousStatus: EnrollmentStatus | null): Promise<void> {
  await enqueueWebhookEvent(tx, {
    organizationId,
    type: "enrollment.status_changed",
    subjectId: enrollmentId,
    sequence: enrollment.history.length - 1,
    occurredAt: enrollment.history.at(-1)!.at,
    data: { enrollmentId, deviceId: enrollment.deviceId, programId: enrollment.programId, mode: enrollment.mode, status: enrollment.status, previousStatus, rejectionReason: enrollment.rejectionReason },
  });
}

/** Stores a "requested" enrollment and its webhook; the caller has checked there is none for this program. */
export async function storeNewEnrollment(tx: Tx, organizationId: string, deviceId: string, programId: string, mode: EnrollmentMode, at: Date) {
  const enrollment = createEnrollment({ deviceId, programId, mode, at });
  const row = await tx.deviceEnrollment.create({
    data: { deviceId, programId, mode, status: enrollment.status, rejectionReason: null, history: historyToJson(enrollment.history) },
  });
  await enqueueEnrollmentEvent(tx, organizationId, row.id, enrollment, null);
  return row;
}

/**
 * The organization's batteries (all, or those listed) with the programs they already have an enrollment in; null
 * while its Grid Services switch is off, when Gridfolio requests nothing by itself.
 */
export async function findBatteriesToEnroll(organizationId: string, deviceIds: readonly string[] | "all") {
  if (!(await isGridServicesOn(organizationId))) return null;
  return getDb().device.findMany({
    where: { organizationId, ...(deviceIds === "all" ? {} : { id: { in: [...deviceIds] } }) },
    include: { enrollments: { select: { programId: true } } },
  });
}

/** Requests an automatic enrollment with its webhook; false when another server requested it first (one per battery and program). */
export async function storeAutomaticEnrollment(organizationId: string, deviceId: string, programId: string, at: Date): Promise<boolean> {
  try {
    await getDb().$transaction((tx) => storeNewEnrollment(tx, organizationId, deviceId, programId, "automatic", at));
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/** Stores the step a manufacturer reported, with its webhook, if the enrollment is still `readStatus`; says whether it was. */
export async function saveEnrollmentStep(organizationId: string, enrollmentId: string, readStatus: EnrollmentStatus, enrollment: Enrollment): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.deviceEnrollment.updateMany({
      where: { id: enrollmentId, status: readStatus },
      data: { status: enrollment.status, rejectionReason: enrollment.rejectionReason, history: historyToJson(enrollment.history) },
    });
    if (count === 0) return false;
    await enqueueEnrollmentEvent(tx, organizationId, enrollmentId, enrollment, readStatus);
    return true;
  });
}
