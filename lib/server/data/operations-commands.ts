/**
 * Command reads and writes: the battery a new command is for, the command with its webhook (one transaction), a
 * step its manufacturer reported, and one command for the REST API. A step is written only if the command is still
 * in the status it was read in, so two servers refreshing the same battery at once record each step once.
 */
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Command, CommandStatus } from "../../core/operations";
import { isGridServicesOn } from "./operations";
import { commandCreateData, commandUpdate } from "./operations-rows";
import { enqueueWebhookEvent } from "./webhook-queue";

export type StoredCommand = Prisma.DeviceCommandGetPayload<object>;

/** A write of the caller's (the project page's audit row) made in the new command's transaction. */
export type AlsoWrite = (tx: Prisma.TransactionClient, projectId: string) => Promise<unknown>;

/** The organization's battery with its enrollments (null when it has none by that id), and whether Grid Services is on. */
export async function findBatteryForCommand(organizationId: string, deviceId: string) {
  const [device, gridServicesOn] = await Promise.all([
    getDb().device.findFirst({ where: { id: deviceId, organizationId }, include: { enrollments: true } }),
    isGridServicesOn(organizationId),
  ]);
  return { device, gridServicesOn };
}

/** Stores a queued or skipped command, its webhook and the caller's `alsoWrite` in one transaction: all or nothing. */
export async function storeNewCommand(organizationId: string, command: Command, { projectId, now, alsoWrite }: { projectId: string; now: Date; alsoWrite?: AlsoWrite }): Promise<StoredCommand> {
  return getDb().$transaction(async (tx) => {
    const created = await tx.deviceCommand.create({ data: commandCreateData(organizationId, command) });
    await enqueueWebhookEvent(tx, {
      organizationId,
      type: "command.status_changed",
      subjectId: created.id,
      sequence: 0,
      occurredAt: now,
      data: { commandId: created.id, deviceId: created.deviceId, status: created.status, previousStatus: null, skipReason: created.skipReason, failureReason: null },
    });
    if (alsoWrite) await alsoWrite(tx, projectId);
    return created;
  });
}

/**
 * Stores the step a command took (sent, executing, completed, failed...), with its webhook, if the command is still
 * `readStatus`; says whether it was. `sentAt` is set on the step that sent it.
 */
export async function saveCommandStep(organizationId: string, commandId: string, readStatus: CommandStatus, command: Command, sentAt: Date | null): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.deviceCommand.updateMany({
      where: { id: commandId, status: readStatus },
      data: { ...commandUpdate(command), ...(sentAt ? { sentAt } : {}) },
    });
    if (count === 0) return false;
    const step = command.history.at(-1)!;
    await enqueueWebhookEvent(tx, {
      organizationId,
      type: "command.status_changed",
      subjectId: commandId,
      sequence: command.history.length - 1,
      occurredAt: step.at,
      data: { commandId, deviceId: command.deviceId, status: command.status, previousStatus: readStatus, skipReason: command.skipReason, failureReason: command.failureReason },
    });
    return true;
  });
}

/** A command of the organization, or null: another organization's id finds nothing. */
export async function findOrganizationCommand(organizationId: string, commandId: string): Promise<StoredCommand | null> {
  return getDb().deviceCommand.findFirst({ where: { id: commandId, organizationId } });
}
