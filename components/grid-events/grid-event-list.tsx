import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/core/dates/format";
import { formatKw, formatKwh } from "@/lib/core/money";
import type { GridEventRow } from "@/lib/server/data/operations";
import { programName } from "@/lib/core/programs/program-name";
import { COMMAND_TONES, commandLabel } from "@/components/devices/labels";
import type { CommandStatus } from "@/lib/core/operations";

const EVENT_STATUS: Record<string, { label: string; tone: "info" | "success" | "neutral" }> = {
  dispatched: { label: "Dispatched", tone: "info" },
  measured: { label: "Measured", tone: "success" },
};

/** The organization's grid events, newest first, with each battery's command and measured performance. */
export function GridEventList({ events }: { events: GridEventRow[] }) {
  if (events.length === 0) {
    return (
      <Card>
        <CardHeader title="Events" id="events-heading" />
        <p className="px-5 py-6 text-sm text-slate-600">No grid event yet. When a program calls one, create it here: every battery enrolled in that program is sent a discharge command, and its performance is measured once the event ends.</p>
      </Card>
    );
  }
  return (
    <div className="space-y-4">
      {events.map((event) => {
        const status = EVENT_STATUS[event.status] ?? { label: event.status, tone: "neutral" as const };
        const performance = new Map(event.performances.map((row) => [row.deviceId, row]));
        const headingId = `event-${event.id}`;
        return (
          <Card key={event.id}>
            <CardHeader
              id={headingId}
              title={`${programName(event.programId)} event · ${formatDateTime(event.startAt)}`}
              description={`${formatDateTime(event.startAt)} – ${formatDateTime(event.endAt)}${event.maxKwPerBattery ? ` · up to ${formatKw(event.maxKwPerBattery)} per battery` : ""} · created by ${event.createdByName}${event.note ? ` · ${event.note}` : ""}`}
              actions={<Badge tone={status.tone}>{status.label}</Badge>}
            />
            {event.commands.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-600">No battery was enrolled in {programName(event.programId)} when this event was created.</p>
            ) : (
              <div className="overflow-x-auto px-5 py-3">
                <table aria-labelledby={headingId} className="w-full text-sm">
                  <thead className="text-xs uppercase tracking-wide text-slate-500">
                    <tr>
                      <th scope="col" className="py-2 pr-3 text-left font-medium">Battery</th>
                      <th scope="col" className="py-2 pr-3 text-left font-medium">Command</th>
                      <th scope="col" className="py-2 pr-3 text-right font-medium">Average kW</th>
                      <th scope="col" className="py-2 text-right font-medium">Delivered</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100 tabular-nums">
                    {event.commands.map((command) => {
                      const measured = performance.get(command.device.id);
                      return (
                        <tr key={command.id}>
                          <th scope="row" className="py-2 pr-3 text-left font-normal">
                            <Link href={`/projects/${command.device.project.id}`} className="font-medium text-brand-700 underline">
                              {command.device.project.customerName}
                            </Link>
                            <span className="block text-xs text-slate-500">Serial {command.device.serialNumber}</span>
                          </th>
                          <td className="py-2 pr-3 text-left">
                            <Badge tone={COMMAND_TONES[command.status as CommandStatus] ?? "neutral"}>{commandLabel(command.status)}</Badge>
                            {command.skipReason === "storm_guard" ? <span className="ml-2 text-xs text-amber-900">Storm Guard</span> : null}
                          </td>
                          <td className="py-2 pr-3 text-right">{measured ? formatKw(measured.averageKw) : "—"}</td>
                          <td className="py-2 text-right">{measured ? formatKwh(measured.deliveredKwh) : "—"}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                  {event.status === "measured" ? (
                    <tfoot>
                      <tr className="border-t border-slate-200 font-medium">
                        <th scope="row" colSpan={2} className="py-2 pr-3 text-left">
                          Fleet
                        </th>
                        <td className="py-2 pr-3 text-right tabular-nums">{formatKw(event.fleetAverageKw)}</td>
                        <td />
                      </tr>
                    </tfoot>
                  ) : null}
                </table>
              </div>
            )}
          </Card>
        );
      })}
    </div>
  );
}
