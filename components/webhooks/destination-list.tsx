import { ActionButton } from "@/components/account/action-button";
import { Badge } from "@/components/ui/badge";
import { sendWebhookTestEvent } from "@/lib/actions/webhooks/send-test-event";
import { setWebhookDestinationEnabled } from "@/lib/actions/webhooks/set-destination-enabled";
import type { WebhookDestinationView } from "@/lib/server/data/webhooks";
import { formatDate } from "@/lib/core/dates/format";

/** The organization's destinations, each with its own buttons (named for a screen reader by the destination's URL). */
export function WebhookDestinationList({ destinations }: { destinations: WebhookDestinationView[] }) {
  if (destinations.length === 0) return <p className="text-sm text-slate-600">No destinations yet: events are not sent anywhere.</p>;
  return (
    <ul aria-label="Webhook destinations" className="divide-y divide-slate-100 text-sm">
      {destinations.map((destination) => {
        const isEnabled = destination.disabledAt === null;
        return (
          <li key={destination.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="break-all font-mono text-xs text-slate-900">{destination.url}</p>
              <p className="mt-0.5 text-xs text-slate-500">
                {destination.description ? `${destination.description} · ` : ""}
                Added {formatDate(destination.createdAt)} by {destination.createdByName}
                {destination.disabledAt ? ` · disabled ${formatDate(destination.disabledAt)}` : ""}
              </p>
              <p className="mt-1">{isEnabled ? <Badge tone="success">Active</Badge> : <Badge>Disabled</Badge>}</p>
            </div>
            <div className="flex flex-wrap items-start gap-2">
              {isEnabled ? (
                <ActionButton action={sendWebhookTestEvent.bind(null, destination.id)} label="Send test event" pendingLabel="Queuing…" variant="secondary" ariaLabel={`Send a test event to ${destination.url}`} />
              ) : null}
              <ActionButton
                action={setWebhookDestinationEnabled.bind(null, destination.id, !isEnabled)}
                label={isEnabled ? "Disable" : "Enable"}
                pendingLabel={isEnabled ? "Disabling…" : "Enabling…"}
                variant="secondary"
                ariaLabel={`${isEnabled ? "Disable" : "Enable"} ${destination.url}`}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
