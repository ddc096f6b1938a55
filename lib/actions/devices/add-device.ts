"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { enrollmentModeFor } from "../../core/operations";
import { isSimulated } from "../../server/operations/adapters";
import { requestAutomaticEnrollments } from "../../server/operations/enrollments";
import { refreshDevice } from "../../server/operations/refresh-device";
import { NEW_SIMULATION } from "../../server/operations/simulation";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZDeviceForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, succeeded, type ActionState } from "../state";

/**
 * Adds a battery to a sold project. With Grid Services on, a battery whose manufacturer takes automatic enrollments
 * is requested at once in the programs of the project's proposal; a simulated battery starts reporting at once.
 */
export async function addDevice(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const projectId = parseId(projectIdArg);
  if (!projectId) return failed("That project does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZDeviceForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "The battery was not added: check the highlighted fields.");
  const { access } = allowed;
  const input = parsed.data;
  if (input.backupReservePercent >= 100) return invalid({ backupReservePercent: "A 100 % reserve leaves nothing to discharge; use less than 100 %." }, "The battery was not added: check the highlighted fields.");
  let deviceId: string;
  try {
    const project = await getDb().project.findFirst({ where: { id: projectId, organizationId: access.organizationId }, select: { id: true } });
    if (!project) return failed("That project does not exist.");
    const duplicate = await getDb().device.findFirst({ where: { organizationId: access.organizationId, manufacturer: input.manufacturer, serialNumber: input.serialNumber }, select: { id: true } });
    if (duplicate) return invalid({ serialNumber: `A ${input.manufacturer} battery with serial ${input.serialNumber} is already registered in this organization.` }, "The battery was not added.");
    const device = await getDb().$transaction(async (tx) => {
      const created = await tx.device.create({
        data: {
          organizationId: access.organizationId,
          projectId,
          manufacturer: input.manufacturer,
          model: input.model,
          serialNumber: input.serialNumber,
          capacityKwh: input.capacityKwh,
          powerKw: input.powerKw,
          backupReservePercent: input.backupReservePercent,
          simulation: isSimulated(input.manufacturer) ? NEW_SIMULATION : undefined,
        },
      });
      await tx.auditEvent.create({
        data: auditRow(access, { projectId, action: "device.added", summary: `Added battery ${input.manufacturer} ${input.model}, serial ${input.serialNumber} (${input.capacityKwh} kWh, ${input.powerKw} kW)` }),
      });
      return created;
    });
    deviceId = device.id;
  } catch (error) {
    console.error("addDevice failed", error);
    return failed(describeWriteFailure(error));
  }
  // After the battery is stored: a failure here leaves it added, and the operations worker catches up.
  let requested = 0;
  try {
    requested = await requestAutomaticEnrollments(access.organizationId, [deviceId]);
    await refreshDevice(deviceId);
  } catch (error) {
    console.error("addDevice: follow-up failed", error);
  }
  revalidatePath(`/projects/${projectId}`);
  const mode = enrollmentModeFor(input.manufacturer);
  const next =
    requested > 0
      ? ` Enrollment requested in ${requested} ${requested === 1 ? "program" : "programs"}.`
      : mode === "manual"
        ? ` ${input.manufacturer} enrollments go through the manufacturer's own process: request one below and record each step.`
        : "";
  return succeeded(`Battery added.${next}`);
}
