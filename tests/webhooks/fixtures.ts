/** Rows and events the webhook tests arrange, and their clock: everything happens from T0 on, moved by hand. */
import type { PrismaClient } from "@/lib/server/db/client";
import type { WebhookEvent } from "@/lib/core/operations/webhook-events";
import { ORG_A } from "../support/actions";

export const T0 = new Date("2026-11-24T09:00:00.000Z");
export const MINUTE = 60_000;

export function at(offsetMs: number): Date {
  return new Date(T0.getTime() + offsetMs);
}

export const SECRET = "whsec_test-secret-of-alpha";

export async function addDestination(db: PrismaClient, { url, organizationId = ORG_A, secret = SECRET, disabledAt = null }: { url: string; organizationId?: string; secret?: string; disabledAt?: Date | null }) {
  return db.webhookDestination.create({ data: { organizationId, url, secret, createdByName: "Arranged", disabledAt } });
}

/** A command's step as refresh-device reports it. */
export function commandEvent({ commandId = "cmd_1", sequence = 1, organizationId = ORG_A, occurredAt = T0 }: { commandId?: string; sequence?: number; organizationId?: string; occurredAt?: Date } = {}): WebhookEvent {
  return {
    organizationId,
    type: "command.status_changed",
    subjectId: commandId,
    sequence,
    occurredAt,
    data: { commandId, deviceId: "dev_1", status: "sent", previousStatus: "queued" },
  };
}
