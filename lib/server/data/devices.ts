/**
 * Batteries as the installer manages them from a sold project's page: adding one, and switching a simulated one's
 * Storm Guard for a demo. Each change is written with its audit row in one transaction.
 */
import type { TDeviceForm } from "../../validation/operations";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { auditRow, recordAudit } from "./audit";

export type AddedBattery = { kind: "added"; deviceId: string } | { kind: "no-project" } | { kind: "already-registered" };

/**
 * Registers a battery on a project of the organization. A manufacturer's serial number is registered once per
 * organization ("already-registered"); `simulation` is a simulated battery's starting state.
 */
export async function addBattery(actor: Actor, projectId: string, battery: TDeviceForm, simulation: Prisma.InputJsonObject | undefined): Promise<AddedBattery> {
  const db = getDb();
  const project = await db.project.findFirst({ where: { id: projectId, organizationId: actor.organizationId }, select: { id: true } });
  if (!project) return { kind: "no-project" };
  const duplicate = await db.device.findFirst({ where: { organizationId: actor.organizationId, manufacturer: battery.manufacturer, serialNumber: battery.serialNumber }, select: { id: true } });
  if (duplicate) return { kind: "already-registered" };
  const device = await db.$transaction(async (tx) => {
    const created = await tx.device.create({
      data: {
        organizationId: actor.organizationId,
        projectId,
        manufacturer: battery.manufacturer,
        model: battery.model,
        serialNumber: battery.serialNumber,
        capacityKwh: battery.capacityKwh,
        powerKw: battery.powerKw,
        backupReservePercent: battery.backupReservePercent,
        simulation,
      },
      select: { id: true },
    });
    const summary = `Added battery ${battery.manufacturer} ${battery.model}, serial ${battery.serialNumber} (${battery.capacityKwh} kWh, ${battery.powerKw} kW)`;
    await recordAudit(tx, actor, { projectId, action: "device.added", summary });
    return created;
  });
  return { kind: "added", deviceId: device.id };
}

/** A battery of the organization, or null: another organization's id finds nothing. */
export async function findBattery(organizationId: string, deviceId: string) {
  return getDb().device.findFirst({ where: { id: deviceId, organizationId } });
}

/** A simulated battery's simulation with Storm Guard switched (`on`), and its audit row. */
export async function storeStormGuardSwitch(actor: Actor, battery: { id: string; projectId: string; serialNumber: string }, simulation: Prisma.InputJsonObject, on: boolean): Promise<void> {
  const db = getDb();
  const summary = `Simulated Storm Guard ${on ? "on" : "off"} for battery ${battery.serialNumber}`;
  await db.$transaction([
    db.device.update({ where: { id: battery.id }, data: { simulation } }),
    db.auditEvent.create({ data: auditRow(actor, { projectId: battery.projectId, action: "device.storm_guard", summary }) }),
  ]);
}
