import type { ReactNode } from "react";
import { ActionButton } from "@/components/account/action-button";
import { retryWebhookDelivery } from "@/lib/actions/webhooks/retry-delivery";
import type { WebhookDeliveryView } from "@/lib/server/data/webhooks";
import { formatCompactDateTime } from "@/lib/core/dates/compact";
import { DeliveryStatusBadge } from "./delivery-status-badge";

/** What the "When" column says: when it arrived, when it is tried next, or when it was queued. */
function whenOf(delivery: WebhookDeliveryView): { label: string; at: Date } {
  if (delivery.deliveredAt) return { label: "Delivered", at: delivery.deliveredAt };
  if (delivery.nextAttemptAt) return { label: "Next attempt", at: delivery.nextAttemptAt };
  return { label: "Queued", at: delivery.createdAt };
}

// Below lg the table reflows into one block per delivery, each value under its own label. The explicit roles keep
// it a table for screen readers once CSS makes its rows blocks (browsers drop the table semantics otherwise).
const cell = "flex gap-3 py-0.5 lg:table-cell lg:px-4 lg:py-2.5 lg:first:pl-5 lg:last:pr-5";

/** A phone's label for a cell; from lg the column header says it. */
function Label({ children }: { children: ReactNode }) {
  return <span className="w-24 shrink-0 text-xs font-medium text-slate-500 lg:hidden">{children}</span>;
}

/** The latest deliveries, newest first, with "Retry now" on those that failed for good. */
export function WebhookDeliveryLog({ deliveries, headingId }: { deliveries: WebhookDeliveryView[]; headingId: string }) {
  if (deliveries.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">No deliveries yet. Send a test event to try a destination.</p>;
  const now = new Date();
  return (
    <div className="lg:overflow-x-auto">
      <table role="table" aria-labelledby={headingId} className="block w-full text-left text-sm lg:table">
        <thead role="rowgroup" className="hidden border-b border-slate-100 text-slate-600 lg:table-header-group">
          <tr role="row">
            <th role="columnheader" scope="col" className="px-4 py-2.5 font-medium first:pl-5">Event</th>
            <th role="columnheader" scope="col" className="px-4 py-2.5 font-medium">Destination</th>
            <th role="columnheader" scope="col" className="px-4 py-2.5 font-medium">Status</th>
            <th role="columnheader" scope="col" className="px-4 py-2.5 text-right font-medium">Attempts</th>
            <th role="columnheader" scope="col" className="whitespace-nowrap px-4 py-2.5 font-medium">When (UTC)</th>
            <th role="columnheader" scope="col" className="px-4 py-2.5 font-medium">Last error</th>
            <th role="columnheader" scope="col" className="px-4 py-2.5 font-medium last:pr-5">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="block divide-y divide-slate-100 lg:table-row-group">
          {deliveries.map((delivery) => {
            const when = whenOf(delivery);
            return (
              <tr role="row" key={delivery.id} className="block px-5 py-3 align-top lg:table-row lg:p-0">
                <td role="cell" className={`${cell} font-mono text-xs text-slate-900`}>
                  <Label>Event</Label>
                  {delivery.eventType}
                </td>
                <td role="cell" className={`${cell} min-w-0 break-all font-mono text-xs text-slate-700 lg:max-w-56`}>
                  <Label>Destination</Label>
                  {delivery.destinationUrl}
                </td>
                <td role="cell" className={cell}>
                  <Label>Status</Label>
                  <DeliveryStatusBadge status={delivery.status} />
                </td>
                <td role="cell" className={`${cell} figures text-slate-700 lg:text-right`}>
                  <Label>Attempts</Label>
                  {delivery.attempts}
                </td>
                <td role="cell" className={`${cell} text-slate-700`}>
                  <Label>When (UTC)</Label>
                  <span>
                    <span className="text-xs text-slate-500 lg:block">{when.label}</span>{" "}
                    <time dateTime={when.at.toISOString()} className="whitespace-nowrap">
                      {formatCompactDateTime(when.at, now)}
                    </time>
                  </span>
                </td>
                <td role="cell" className={`${cell} min-w-0 break-words text-slate-700`}>
                  <Label>Last error</Label>
                  {delivery.lastError ?? "—"}
                </td>
                <td role="cell" className={`${cell} pt-2 empty:hidden lg:pt-2.5 lg:empty:table-cell`}>
                  {delivery.canRetry ? (
                    <ActionButton action={retryWebhookDelivery.bind(null, delivery.id)} label="Retry now" pendingLabel="Queuing…" variant="secondary" ariaLabel={`Retry the ${delivery.eventType} delivery to ${delivery.destinationUrl}`} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
