/**
 * One pass of the operations worker: refresh every battery that has something in flight (or that Gridfolio can
 * read at all), then measure ended grid events. Safe to run on several servers at once (each write checks the
 * status it read) and after a restart (everything it needs is in the database).
 */
import { getDb } from "../db/client";
import { SIMULATOR_MANUFACTURER } from "../../core/operations";
import { measureEndedGridEvents } from "./grid-events";
import { refreshDevice } from "./refresh-device";

export interface TickResult {
  devices: number;
  commandsChanged: number;
  enrollmentsChanged: number;
  eventsMeasured: number;
}

export async function runOperationsTick(now: Date = new Date()): Promise<TickResult> {
  const db = getDb();
  const devices = await db.device.findMany({
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
  const result: TickResult = { devices: devices.length, commandsChanged: 0, enrollmentsChanged: 0, eventsMeasured: 0 };
  for (const { id } of devices) {
    try {
      const refreshed = await refreshDevice(id, now);
      result.commandsChanged += refreshed.commandsChanged;
      result.enrollmentsChanged += refreshed.enrollmentsChanged;
    } catch (error) {
      // One battery's trouble (a manufacturer outage) must not stop the others.
      console.error(`operations: refreshing battery ${id} failed`, error);
    }
  }
  result.eventsMeasured = await measureEndedGridEvents(now);
  return result;
}
