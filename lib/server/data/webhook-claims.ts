/**
 * A delivery worker's claim on the deliveries that are due (lib/server/webhooks/deliver.ts), taken in one statement
 * so two app servers (or two ticks of one) never send the same attempt twice. The claim is a lease: `lockedUntil` is
 * set to its end, and a delivery whose lease ran out without an outcome (the process died mid-request) is due again
 * and sent again with the same idempotency key. So a restart loses nothing; at worst the receiver sees an attempt
 * twice and drops the repeat.
 *
 * Each function takes the client of the run (a test runs a second "server" on its own client), or undefined for the
 * app's database.
 */
import { getDb } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import type { DeliveryStatus } from "../../core/operations/delivery-status";

export interface ClaimedDelivery {
  id: string;
  idempotencyKey: string;
  body: string;
  attempts: number;
  firstFailedAt: Date | null;
  destination: { url: string; secret: string; disabledAt: Date | null };
}

/** What a claimed delivery becomes: an attempt's result (lib/server/webhooks/outcome.ts), or failed unsent. Either releases the claim. */
export interface DeliveryOutcome {
  status: DeliveryStatus;
  /** Counted by an attempt; a delivery failed unsent (its destination was disabled) made none. */
  attempts?: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lockedUntil: null;
  deliveredAt?: Date;
  firstFailedAt?: Date;
  nextAttemptAt?: Date;
}

/** Claims up to `limit` due deliveries until `leaseEnd`; returns their ids. */
export async function claimDueDeliveries(db: PrismaClient | undefined, { now, leaseEnd, limit }: { now: Date; leaseEnd: Date; limit: number }): Promise<string[]> {
  // FOR UPDATE SKIP LOCKED: a concurrent claimer skips the rows this one is taking instead of waiting for them, and
  // PostgreSQL re-checks the condition on a row another claimer has just updated, so it is never taken twice.
  // Dates are sent as UTC text and the columns are timestamp(3) without zone (as Prisma writes them).
  const rows = await (db ?? getDb()).$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "lockedUntil" = ${leaseEnd}
    WHERE "id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((row) => row.id);
}

/** The claimed deliveries with what sending them takes: the body, the key, and the destination's address and secret. */
export async function findClaimedDeliveries(db: PrismaClient | undefined, ids: readonly string[]): Promise<ClaimedDelivery[]> {
  return (db ?? getDb()).webhookDelivery.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, idempotencyKey: true, body: true, attempts: true, firstFailedAt: true, destination: { select: { url: true, secret: true, disabledAt: true } } },
  });
}

/**
 * Records the outcome only while this run's claim still holds, and says whether it did: once the lease has run out,
 * the delivery belongs to whichever run took it over, and a late outcome must not overwrite that one's.
 */
export async function settleClaimedDelivery(db: PrismaClient | undefined, { id, leaseEnd }: { id: string; leaseEnd: Date }, outcome: DeliveryOutcome): Promise<boolean> {
  const { count } = await (db ?? getDb()).webhookDelivery.updateMany({ where: { id, status: "pending", lockedUntil: leaseEnd }, data: outcome });
  return count === 1;
}
