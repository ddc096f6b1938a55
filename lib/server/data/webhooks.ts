import { getDb } from "../db/client";
import { isDeliveryStatus, type DeliveryStatus } from "../../core/operations/delivery-status";

export interface WebhookDestinationView {
  id: string;
  url: string;
  description: string | null;
  createdByName: string;
  createdAt: Date;
  disabledAt: Date | null;
}

export interface WebhookDeliveryView {
  id: string;
  eventType: string;
  destinationUrl: string;
  status: DeliveryStatus;
  attempts: number;
  createdAt: Date;
  /** Pending only: when the next attempt is due. */
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  /** A failed delivery whose destination is enabled can be sent again. */
  canRetry: boolean;
}

/** The delivery log shows the latest deliveries; older ones stay in the database. */
export const DELIVERY_LOG_SIZE = 30;

/** The organization's webhook destinations (never their secrets) and its latest deliveries, for the organization page. */
export async function findWebhookSettings(organizationId: string, { logSize = DELIVERY_LOG_SIZE }: { logSize?: number } = {}) {
  const db = getDb();
  const [destinations, deliveries] = await Promise.all([
    db.webhookDestination.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, url: true, description: true, createdByName: true, createdAt: true, disabledAt: true },
    }),
    db.webhookDelivery.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: logSize,
      select: {
        id: true,
        eventType: true,
        status: true,
        attempts: true,
        createdAt: true,
        nextAttemptAt: true,
        deliveredAt: true,
        lastStatusCode: true,
        lastError: true,
        destination: { select: { url: true, disabledAt: true } },
      },
    }),
  ]);
  return {
    destinations: destinations satisfies WebhookDestinationView[],
    deliveries: deliveries.map((row): WebhookDeliveryView => {
      // Only this app writes the status; an unknown one (a newer version's?) is shown as pending rather than break the page.
      const status = isDeliveryStatus(row.status) ? row.status : "pending";
      return {
        id: row.id,
        eventType: row.eventType,
        destinationUrl: row.destination.url,
        status,
        attempts: row.attempts,
        createdAt: row.createdAt,
        nextAttemptAt: status === "pending" ? row.nextAttemptAt : null,
        deliveredAt: row.deliveredAt,
        lastStatusCode: row.lastStatusCode,
        lastError: row.lastError,
        canRetry: status === "failed" && row.destination.disabledAt === null,
      };
    }),
  };
}
