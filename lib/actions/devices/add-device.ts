"use server";

import { revalidatePath } from "next/cache";
import { enrollmentModeFor } from "../../core/operations";
import { addBattery } from "../../server/data/devices";
import { isSimulated } from "../../server/operations/adapters";
import { requestAutomaticEnrollments } from "../../server/operations/enrollments";
import { refreshDevice } from "../../server/operations/refresh-device";
import { NEW_SIMULATION } from "../../server/operations/simulation";
import { ZDeviceForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, succeeded, type ActionState } from "../state";

const notAdded = "The battery was not added: check the highlighted fields.";

/**
 * Adds a battery to a sold project. With Grid Services on, a battery whose manufacturer takes automatic enrollments
 * is requested at once in the programs of the project's proposal; a simulated battery starts reporting at once.
 */
export async function addDevice(projectIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("addDevice", async () => {
    const access = await authorize("project", "update");
    const { projectId } = requireIds({ projectId: projectIdArg }, "That project does not exist.");
    const input = parseForm(ZDeviceForm, requireForm(formData), notAdded);
    if (input.backupReservePercent >= 100) return invalid({ backupReservePercent: "A 100 % reserve leaves nothing to discharge; use less than 100 %." }, notAdded);
    const added = await addBattery(access, projectId, input, isSimulated(input.manufacturer) ? NEW_SIMULATION : undefined);
    if (added.kind === "no-project") return failed("That project does not exist.");
    if (added.kind === "already-registered") {
      return invalid({ serialNumber: `A ${input.manufacturer} battery with serial ${input.serialNumber} is already registered in this organization.` }, "The battery was not added.");
    }
    // After the battery is stored: a failure here leaves it added, and the operations worker catches up.
    let requested = 0;
    try {
      requested = await requestAutomaticEnrollments(access.organizationId, [added.deviceId]);
      await refreshDevice(added.deviceId);
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
  });
}
