"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { isSimulated, simulationStart } from "../../server/operations/adapters";
import { simulatorSettings } from "../../server/operations/simulator-settings";
import { refreshDevice } from "../../server/operations/refresh-device";
import { readSimulation, switchStormGuard } from "../../server/operations/simulation";
import { readForm } from "../../validation/fields";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, succeeded, type ActionState } from "../state";

/**
 * Simulated batteries only: switches Storm Guard on (for a day) or off, as a storm alert would, so a demo can show
 * that a battery in Storm Guard skips grid commands. Real batteries report Storm Guard themselves.
 */
export async function simulateStormGuard(deviceIdArg: string, onArg: boolean, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const deviceId = parseId(deviceIdArg);
  const on = z.boolean().safeParse(onArg);
  if (!deviceId || !on.success) return failed("That battery does not exist.");
  if (!readForm(formData)) return failed(unreadableFormMessage);
  const { access } = allowed;
  try {
    const device = await getDb().device.findFirst({ where: { id: deviceId, organizationId: access.organizationId } });
    if (!device) return failed("That battery does not exist.");
    if (!isSimulated(device.manufacturer)) return failed(`Storm Guard on ${device.manufacturer} batteries is switched by the manufacturer, not from Gridfolio.`);
    const now = new Date();
    // From the start of the battery's current telemetry step, so the reading taken now already shows it.
    const stepMs = simulatorSettings().stepSeconds * 1000;
    const startMs = simulationStart(device).getTime();
    const switchAt = new Date(startMs + Math.floor((now.getTime() - startMs) / stepMs) * stepMs);
    const simulation = switchStormGuard(readSimulation(device.simulation), on.data, switchAt);
    await getDb().$transaction([
      getDb().device.update({ where: { id: device.id }, data: { simulation } }),
      getDb().auditEvent.create({ data: auditRow(access, { projectId: device.projectId, action: "device.storm_guard", summary: `Simulated Storm Guard ${on.data ? "on" : "off"} for battery ${device.serialNumber}` }) }),
    ]);
    await refreshDevice(device.id, now).catch((error: unknown) => console.error("simulateStormGuard: refresh failed", error));
    revalidatePath(`/projects/${device.projectId}`);
    return succeeded(on.data ? "Storm Guard is on for a day: grid commands to this battery are skipped." : "Storm Guard is off.");
  } catch (error) {
    console.error("simulateStormGuard failed", error);
    return failed(describeWriteFailure(error));
  }
}
