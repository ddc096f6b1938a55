/**
 * Requesting enrollments. Automatic manufacturers are requested by Gridfolio itself once Grid Services is on (when a
 * battery is added, and for every battery when the switch is turned on); manual ones are requested by a person who
 * then records each step of the manufacturer's own process (lib/actions/devices).
 */
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { createEnrollment, enrollmentModeFor, type EnrollmentMode } from "../../core/operations";
import { enqueueEnrollmentEvent } from "./refresh-device";
import { historyToJson } from "./rows";
import { programsOfProject } from "../data/sold-proposal";

type Tx = Prisma.TransactionClient;

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
 * Requests every enrollment Gridfolio should request by itself for these batteries: automatic manufacturers,
 * programs of the battery's project, no enrollment yet. Returns how many were requested.
 */
export async function requestAutomaticEnrollments(organizationId: string, deviceIds: readonly string[] | "all", at: Date = new Date()): Promise<number> {
  const db = getDb();
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { gridServicesEnabled: true } });
  if (!organization?.gridServicesEnabled) return 0;
  const devices = await db.device.findMany({
    where: { organizationId, ...(deviceIds === "all" ? {} : { id: { in: [...deviceIds] } }) },
    include: { enrollments: { select: { programId: true } } },
  });
  const programsByProject = new Map<string, string[]>();
  let requested = 0;
  for (const device of devices) {
    if (enrollmentModeFor(device.manufacturer) !== "automatic") continue;
    let programs = programsByProject.get(device.projectId);
    if (!programs) {
      programs = await programsOfProject(organizationId, device.projectId);
      programsByProject.set(device.projectId, programs);
    }
    const existing = new Set(device.enrollments.map((enrollment) => enrollment.programId));
    for (const programId of programs) {
      // A rejected enrollment is never re-requested by itself (shouldAutoRequest explains why).
      if (existing.has(programId)) continue;
      try {
        await db.$transaction((tx) => storeNewEnrollment(tx, organizationId, device.id, programId, "automatic", at));
        requested++;
      } catch (error) {
        // Another server requested it first (unique device and program): that is the outcome we wanted.
        if ((error as { code?: string }).code !== "P2002") throw error;
      }
    }
  }
  return requested;
}
