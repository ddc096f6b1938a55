"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { DomainError } from "../../core/errors/domain-error";
import { findBattery, storeStormGuardSwitch } from "../../server/data/devices";
import { isSimulated, simulationStart } from "../../server/operations/adapters";
import { refreshDevice } from "../../server/operations/refresh-device";
import { readSimulation, switchStormGuard } from "../../server/operations/simulation";
import { simulatorSettings } from "../../server/operations/simulator-settings";
import { authorize } from "../authorize";
import { requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, succeeded, type ActionState } from "../state";

const batteryGone = "That battery does not exist.";

/**
 * Simulated batteries only: switches Storm Guard on (for a day) or off, as a storm alert would, so a demo can show
 * that a battery in Storm Guard skips grid commands. Real batteries report Storm Guard themselves.
 */
export async function simulateStormGuard(deviceIdArg: string, onArg: boolean, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("simulateStormGuard", async () => {
    const access = await authorize("project", "update");
    const { deviceId } = requireIds({ deviceId: deviceIdArg }, batteryGone);
    // The switch is bound like the id, and a value that is not one names no battery's switch.
    const on = z.boolean().safeParse(onArg);
    if (!on.success) throw new DomainError("not-found", batteryGone);
    requireForm(formData);
    const device = await findBattery(access.organizationId, deviceId);
    if (!device) return failed(batteryGone);
    if (!isSimulated(device.manufacturer)) return failed(`Storm Guard on ${device.manufacturer} batteries is switched by the manufacturer, not from Gridfolio.`);
    const now = new Date();
    // From the start of the battery's current telemetry step, so the reading taken now already shows it.
    const stepMs = simulatorSettings().stepSeconds * 1000;
    const startMs = simulationStart(device).getTime();
    const switchAt = new Date(startMs + Math.floor((now.getTime() - startMs) / stepMs) * stepMs);
    await storeStormGuardSwitch(access, device, switchStormGuard(readSimulation(device.simulation), on.data, switchAt), on.data);
    await refreshDevice(device.id, now).catch((error: unknown) => console.error("simulateStormGuard: refresh failed", error));
    revalidatePath(`/projects/${device.projectId}`);
    return succeeded(on.data ? "Storm Guard is on for a day: grid commands to this battery are skipped." : "Storm Guard is off.");
  });
}
