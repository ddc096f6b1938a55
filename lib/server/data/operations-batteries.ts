/**
 * What the operations worker reads and writes of a battery (lib/server/operations): which batteries need a look,
 * a battery with its enrollments and the commands its adapter replays, the state its manufacturer reports, and its
 * simulation's checkpoint.
 */
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { SIMULATOR_MANUFACTURER, type DeviceState } from "../../core/operations";

/** The ids of batteries with a command or an automatic enrollment in flight, and of every simulated one (always readable). */
export async function findBatteriesToRefresh(): Promise<string[]> {
  const devices = await getDb().device.findMany({
    where: {
      OR: [
        { manufacturer: SIMULATOR_MANUFACTURER },
        { commands: { some: { status: { in: ["queued", "sent", "executing"] } } } },
        { enrollments: { some: { mode: "automatic", status: { in: ["requested", "manufacturer_testing", "configuring"] } } } },
      ],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return devices.map((device) => device.id);
}

export async function findBatteryWithEnrollments(deviceId: string) {
  return getDb().device.findUnique({ where: { id: deviceId }, include: { enrollments: true } });
}

/** Commands sent since `replaySince` (every one ever sent when null): what an adapter replays. */
function sentSince(replaySince: Date | null): Prisma.DeviceCommandWhereInput {
  return { sentAt: replaySince ? { gte: replaySince } : { not: null } };
}

/** What a refresh works through, oldest first: the commands to replay, and those still queued to be sent. */
export async function findCommandsToRefresh(deviceId: string, replaySince: Date | null) {
  return getDb().deviceCommand.findMany({
    where: { deviceId, OR: [sentSince(replaySince), { status: "queued" }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { gridEvent: { select: { status: true, startAt: true } } },
  });
}

/** The commands to replay, to read a battery's telemetry. */
export async function findCommandsToReplay(deviceId: string, replaySince: Date | null) {
  return getDb().deviceCommand.findMany({ where: { deviceId, ...sentSince(replaySince) } });
}

export async function storeBatteryState(deviceId: string, state: DeviceState): Promise<void> {
  await getDb().device.update({
    where: { id: deviceId },
    data: {
      stateOfChargePercent: state.stateOfChargePercent,
      operatingMode: state.operatingMode,
      backupReservePercent: state.backupReservePercent,
      stormGuardActive: state.stormGuardActive,
      lastSeenAt: state.lastSeenAt,
    },
  });
}

/** A simulated battery's stored simulation (lib/server/operations/simulation.ts), e.g. with its checkpoint moved. */
export async function storeSimulation(deviceId: string, simulation: Prisma.InputJsonObject): Promise<void> {
  await getDb().device.update({ where: { id: deviceId }, data: { simulation } });
}
