import { ActionButton } from "@/components/account/action-button";
import { retryWebhookDelivery } from "@/lib/actions/webhooks/retry-delivery";
import type { WebhookDeliveryView } from "@/lib/server/data/webhooks";
import { formatDateTime } from "@/lib/core/dates/format";
import { DeliveryStatusBadge } from "./delivery-status-badge";

/** What the "When" column says: when it arrived, when it is tried next, or when it was given up. */
function whenOf(delivery: WebhookDeliveryView): string {
  if (delivery.deliveredAt) return `Delivered ${formatDateTime(delivery.deliveredAt)}`;
  if (delivery.nextAttemptAt) return `Next attempt ${formatDateTime(delivery.nextAttemptAt)}`;
  return `Queued ${formatDateTime(delivery.createdAt)}`;
}

/** The latest deliveries, newest first, with "Retry now" on those that failed for good. */
export function WebhookDeliveryLog({ deliveries, headingId }: { deliveries: WebhookDeliveryView[]; headingId: string }) {
  if (deliveries.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">No deliveries yet. Send a test event to try a destination.</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-labelledby={headingId} className="w-full text-left text-sm">
        <thead className="border-b border-slate-100 text-slate-600">
          <tr>
            <th scope="col" className="px-5 py-2.5 font-medium">Event</th>
            <th scope="col" className="px-5 py-2.5 font-medium">Destination</th>
            <th scope="col" className="px-5 py-2.5 font-medium">Status</th>
            <th scope="col" className="px-5 py-2.5 text-right font-medium">Attempts</th>
            <th scope="col" className="px-5 py-2.5 font-medium">When</th>
            <th scope="col" className="px-5 py-2.5 font-medium">Last error</th>
            <th scope="col" className="px-5 py-2.5 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((delivery) => (
            <tr key={delivery.id} className="align-top">
              <td className="px-5 py-2.5 font-mono text-xs text-slate-900">{delivery.eventType}</td>
              <td className="max-w-56 break-all px-5 py-2.5 font-mono text-xs text-slate-700">{delivery.destinationUrl}</td>
              <td className="px-5 py-2.5">
                <DeliveryStatusBadge status={delivery.status} />
              </td>
              <td className="figures px-5 py-2.5 text-right text-slate-700">{delivery.attempts}</td>
              <td className="px-5 py-2.5 text-slate-700">{whenOf(delivery)}</td>
              <td className="px-5 py-2.5 text-slate-700">{delivery.lastError ?? "—"}</td>
              <td className="px-5 py-2.5">
                {delivery.canRetry ? (
                  <ActionButton action={retryWebhookDelivery.bind(null, delivery.id)} label="Retry now" pendingLabel="Queuing…" variant="secondary" ariaLabel={`Retry the ${delivery.eventType} delivery to ${delivery.destinationUrl}`} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
