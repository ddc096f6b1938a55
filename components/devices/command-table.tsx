import { Badge } from "@/components/ui/badge";
import type { CommandRow } from "@/lib/server/api/command-json";
import { formatDateTime } from "@/lib/core/dates/format";
import { SKIP_REASON_LABELS, type CommandStatus, type SkipReason } from "@/lib/core/operations";
import { programName } from "@/lib/core/programs/program-name";
import { ACTION_LABELS, COMMAND_TONES, commandLabel } from "./labels";
import { formatKw } from "@/lib/core/money";

export type CommandRowView = Omit<CommandRow, "deviceId" | "history" | "createdAt"> & { gridEventProgramId: string | null };

/** A battery's latest commands, newest first: what, when, and where each stands (with the reason for a skip or failure). */
export function CommandTable({ commands }: { commands: CommandRowView[] }) {
  if (commands.length === 0) return <p className="text-sm text-slate-600">No commands yet.</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Latest commands">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Latest commands</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Command</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Power</th>
            <th scope="col" className="py-2 pr-3 font-medium">Window</th>
            <th scope="col" className="py-2 pr-3 font-medium">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {commands.map((command) => (
            <tr key={command.id}>
              <td className="py-2 pr-3 text-slate-900">
                {ACTION_LABELS[command.action] ?? command.action}
                {command.enableGridInteraction ? <span className="block text-xs text-slate-500">Grid interaction{command.gridEventProgramId ? ` · ${programName(command.gridEventProgramId)} event` : ""}</span> : null}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{command.powerKw === null ? "—" : formatKw(command.powerKw)}</td>
              <td className="py-2 pr-3 text-xs text-slate-600">
                <time dateTime={command.startAt.toISOString()}>{formatDateTime(command.startAt)}</time> –{" "}
                <time dateTime={command.endAt.toISOString()}>{formatDateTime(command.endAt)}</time>
              </td>
              <td className="py-2 pr-3">
                <Badge tone={COMMAND_TONES[command.status as CommandStatus] ?? "neutral"}>{commandLabel(command.status)}</Badge>
                {command.skipReason ? <p className="mt-1 max-w-xs text-xs text-amber-900">{SKIP_REASON_LABELS[command.skipReason as SkipReason] ?? command.skipReason}</p> : null}
                {command.failureReason ? <p className="mt-1 max-w-xs text-xs text-red-700">{command.failureReason}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
