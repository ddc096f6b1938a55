import { Card, CardHeader } from "@/components/ui/card";
import { createWebhookDestination } from "@/lib/actions/webhooks/create-destination";
import type { WebhookDeliveryView, WebhookDestinationView } from "@/lib/server/data/webhooks";
import { CreateWebhookDestinationForm } from "./create-destination-form";
import { WebhookDeliveryLog } from "./delivery-log";
import { WebhookDestinationList } from "./destination-list";

/**
 * The organization page's webhooks: destinations (add, disable, test) and the delivery log. Shown to owners and
 * admins only: destination URLs often carry a receiver's own token, so they are no business of designers or viewers.
 */
export function WebhooksSection({ destinations, deliveries }: { destinations: WebhookDestinationView[]; deliveries: WebhookDeliveryView[] }) {
  return (
    <>
      <Card>
        <CardHeader
          title="Webhooks"
          description="Gridfolio POSTs enrollment changes, command status changes and grid events to these addresses, signed with each one's secret."
        />
        <div className="grid gap-6 px-5 py-4 md:grid-cols-2">
          <WebhookDestinationList destinations={destinations} />
          <CreateWebhookDestinationForm action={createWebhookDestination} />
        </div>
      </Card>
      <Card>
        <CardHeader title="Webhook deliveries" id="webhook-deliveries-heading" description="The latest deliveries, newest first. A failed attempt is retried after 1, 2, 4… minutes, 8 attempts in all." />
        <WebhookDeliveryLog deliveries={deliveries} headingId="webhook-deliveries-heading" />
      </Card>
    </>
  );
}
