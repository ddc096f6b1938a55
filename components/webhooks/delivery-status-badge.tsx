import { Badge } from "@/components/ui/badge";
import type { DeliveryStatus } from "@/lib/core/operations/delivery-status";

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  switch (status) {
    case "pending":
      return <Badge tone="info">Pending</Badge>;
    case "delivered":
      return <Badge tone="success">Delivered</Badge>;
    case "failed":
      return <Badge tone="danger">Failed</Badge>;
    default: {
      const unhandled: never = status;
      return <Badge>{String(unhandled)}</Badge>;
    }
  }
}
