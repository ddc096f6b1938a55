/** A stored command as the REST API returns it. */
export interface CommandRow {
  id: string;
  deviceId: string;
  action: string;
  powerKw: number | null;
  startAt: Date;
  endAt: Date;
  enableGridInteraction: boolean;
  status: string;
  skipReason: string | null;
  failureReason: string | null;
  history: unknown;
  createdAt: Date;
}

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
