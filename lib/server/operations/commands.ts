/**
 * Creating a command, the same way from the REST API and from a page: load the battery and its enrollments within
 * the organization, let lib/operations decide (Grid Services, enrollment, rating, Storm Guard), store the queued or
 * skipped command with its webhook. Refusals store nothing.
 */
import { toBatteryDevice } from "../api/devices";
import { findBatteryForCommand, storeNewCommand, type AlsoWrite, type StoredCommand } from "../data/operations-commands";
import { decideCommand, type CommandRefusalCode, type TCommandRequest } from "../../core/operations";

export type CreatedCommand =
  | { ok: true; command: StoredCommand; projectId: string; deviceLabel: string }
  | { ok: false; httpStatus: 404 | 409 | 422; code: CommandRefusalCode; message: string };

export async function createCommand(organizationId: string, request: TCommandRequest, now: Date = new Date(), alsoWrite?: AlsoWrite): Promise<CreatedCommand> {
  const { device, gridServicesOn } = await findBatteryForCommand(organizationId, request.deviceId);
  const loaded = device ? toBatteryDevice(device) : null;
  const decision = decideCommand({ command: request, device: loaded?.device ?? null, enrollments: loaded?.enrollments ?? [], gridServicesOn, now });
  if (decision.kind === "refused") return { ok: false, httpStatus: decision.httpStatus, code: decision.code, message: decision.message };
  const battery = device!;
  const stored = await storeNewCommand(organizationId, decision.command, { projectId: battery.projectId, now, alsoWrite });
  return { ok: true, command: stored, projectId: battery.projectId, deviceLabel: `${battery.manufacturer} ${battery.model} (${battery.serialNumber})` };
}
