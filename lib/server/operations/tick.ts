/**
 * One pass of the operations worker: refresh every battery that has something in flight (or that Gridfolio can
 * read at all), then measure ended grid events. Safe to run on several servers at once (each write checks the
 * status it read) and after a restart (everything it needs is in the database).
 */
import { findBatteriesToRefresh } from "../data/operations-batteries";
import { measureEndedGridEvents } from "./grid-events";
import { refreshDevice } from "./refresh-device";

export interface TickResult {
  devices: number;
  commandsChanged: number;
  enrollmentsChanged: number;
  eventsMeasured: number;
}

export async function runOperationsTick(now: Date = new Date()): Promise<TickResult> {
  const deviceIds = await findBatteriesToRefresh();
  const result: TickResult = { devices: deviceIds.length, commandsChanged: 0, enrollmentsChanged: 0, eventsMeasured: 0 };
  for (const id of deviceIds) {
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
