/**
 * Requesting enrollments. Automatic manufacturers are requested by Gridfolio itself once Grid Services is on (when a
 * battery is added, and for every battery when the switch is turned on); manual ones are requested by a person who
 * then records each step of the manufacturer's own process (lib/actions/devices).
 */
import { enrollmentModeFor } from "../../core/operations";
import { findBatteriesToEnroll, storeAutomaticEnrollment } from "../data/operations-enrollments";
import { programsOfProject } from "../data/sold-proposal";

/**
 * Requests every enrollment Gridfolio should request by itself for these batteries: automatic manufacturers,
 * programs of the battery's project, no enrollment yet. Returns how many were requested.
 */
export async function requestAutomaticEnrollments(organizationId: string, deviceIds: readonly string[] | "all", at: Date = new Date()): Promise<number> {
  const devices = await findBatteriesToEnroll(organizationId, deviceIds);
  if (!devices) return 0;
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
      // Another server may have requested it first: that is the outcome we wanted, so it is simply not counted.
      if (await storeAutomaticEnrollment(organizationId, device.id, programId, at)) requested++;
    }
  }
  return requested;
}
