/**
 * Creating a command, the same way from the REST API and from a page: load the battery and its enrollments within
 * the organization, let lib/operations decide (Grid Services, enrollment, rating, Storm Guard), store the queued or
 * skipped command with its webhook. Refusals store nothing.
 */
import { toBatteryDevice } from "../api/devices";
import type { Prisma } from "../db/generated/client";
import { getDb } from "../db/client";
import { decideCommand, type CommandRefusalCode, type TCommandRequest } from "../../core/operations";
import { enqueueWebhookEvent } from "../webhooks/enqueue";
import { commandCreateData } from "./rows";

type Tx = Prisma.TransactionClient;

export type CreatedCommand =
  | { ok: true; command: Prisma.DeviceCommandGetPayload<object>; projectId: string; deviceLabel: string }
  | { ok: false; httpStatus: 404 | 409 | 422; code: CommandRefusalCode; message: string };

export async function createCommand(organizationId: string, request: TCommandRequest, now: Date = new Date(), alsoWrite?: (tx: Tx, projectId: string) => Promise<unknown>): Promise<CreatedCommand> {
  const db = getDb();
  const [row, organization] = await Promise.all([
    db.device.findFirst({ where: { id: request.deviceId, organizationId }, include: { enrollments: true } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { gridServicesEnabled: true } }),
  ]);
  const loaded = row ? toBatteryDevice(row) : null;
  const decision = decideCommand({ command: request, device: loaded?.device ?? null, enrollments: loaded?.enrollments ?? [], gridServicesOn: organization.gridServicesEnabled, now });
  if (decision.kind === "refused") return { ok: false, httpStatus: decision.httpStatus, code: decision.code, message: decision.message };
  const { command } = decision;
  const device = row!;
  const stored = await db.$transaction(async (tx) => {
    const created = await tx.deviceCommand.create({ data: commandCreateData(organizationId, command) });
    await enqueueWebhookEvent(tx, {
      organizationId,
      type: "command.status_changed",
      subjectId: created.id,
      sequence: 0,
      occurredAt: now,
      data: { commandId: created.id, deviceId: created.deviceId, status: created.status, previousStatus: null, skipReason: created.skipReason, failureReason: null },
    });
    if (alsoWrite) await alsoWrite(tx, device.projectId);
    return created;
  });
  return { ok: true, command: stored, projectId: device.projectId, deviceLabel: `${device.manufacturer} ${device.model} (${device.serialNumber})` };
}
