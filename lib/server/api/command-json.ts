import type { CommandRow } from "../data/operations-rows";

export type { CommandRow };

export function commandJson(row: CommandRow) {
  return {
    id: row.id,
    deviceId: row.deviceId,
    action: row.action,
    powerKw: row.powerKw,
    startAt: row.startAt.toISOString(),
    endAt: row.endAt.toISOString(),
    enableGridInteraction: row.enableGridInteraction,
    status: row.status,
    skipReason: row.skipReason,
    failureReason: row.failureReason,
    history: row.history,
    createdAt: row.createdAt.toISOString(),
  };
}
