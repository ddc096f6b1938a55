/**
 * Stored operations rows ⇄ the operations core's types. History steps are stored as JSON with ISO times.
 */
import type { Command, CommandAction, CommandStatus, SkipReason, Step } from "../../core/operations";

/** A stored command, as the REST API returns it and the battery pages show it. */
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

// A type alias, not an interface: Prisma's JSON input type needs the index signature aliases get.
type StoredStep = {
  status: string;
  at: string;
  reason: string | null;
};

export function historyFromJson<Status extends string>(stored: unknown): Step<Status>[] {
  return (stored as StoredStep[]).map((step) => ({ status: step.status as Status, at: new Date(step.at), reason: step.reason ?? null }));
}

export function historyToJson<Status extends string>(history: readonly Step<Status>[]): StoredStep[] {
  return history.map((step) => ({ status: step.status, at: step.at.toISOString(), reason: step.reason ?? null }));
}

export type CommandRowLike = Omit<CommandRow, "id" | "createdAt">;

export function commandFromRow(row: CommandRowLike): Command {
  return {
    deviceId: row.deviceId,
    action: row.action as CommandAction,
    powerKw: row.powerKw,
    startAt: row.startAt,
    endAt: row.endAt,
    enableGridInteraction: row.enableGridInteraction,
    status: row.status as CommandStatus,
    skipReason: row.skipReason as SkipReason | null,
    failureReason: row.failureReason,
    history: historyFromJson<CommandStatus>(row.history),
  };
}

/** A new command row: the request as decided, in the organization, with its first step. */
export function commandCreateData(organizationId: string, command: Command) {
  return {
    organizationId,
    deviceId: command.deviceId,
    action: command.action,
    powerKw: command.powerKw,
    startAt: command.startAt,
    endAt: command.endAt,
    enableGridInteraction: command.enableGridInteraction,
    ...commandUpdate(command),
  };
}

/** The fields of a command row that change with its status. */
export function commandUpdate(command: Command) {
  return { status: command.status, skipReason: command.skipReason, failureReason: command.failureReason, history: historyToJson(command.history) };
}
