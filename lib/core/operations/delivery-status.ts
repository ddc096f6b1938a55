/** A delivery's status as stored: pending (waiting for its first or next attempt), delivered, or failed for good. */
export const deliveryStatuses = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export function isDeliveryStatus(value: string): value is DeliveryStatus {
  return (deliveryStatuses as readonly string[]).includes(value);
}

/** Why a delivery to a destination that was disabled after the event was queued was never sent. */
export const DESTINATION_DISABLED = "destination disabled";
