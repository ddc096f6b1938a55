/**
 * A worker's claim on the deliveries that are due, taken in one statement so two app servers (or two ticks of one)
 * never send the same attempt twice. The claim is a lease: `lockedUntil` is set to its end, and a delivery whose
 * lease ran out without an outcome (the process died mid-request) is due again and sent again with the same
 * idempotency key. So a restart loses nothing; at worst the receiver sees an attempt twice and drops the repeat.
 */
import type { PrismaClient } from "../db/generated/client";

export type ClaimDb = Pick<PrismaClient, "$queryRaw">;

export async function claimDueDeliveries(db: ClaimDb, { now, leaseEnd, limit }: { now: Date; leaseEnd: Date; limit: number }): Promise<string[]> {
  // FOR UPDATE SKIP LOCKED: a concurrent claimer skips the rows this one is taking instead of waiting for them, and
  // PostgreSQL re-checks the condition on a row another claimer has just updated, so it is never taken twice.
  // Dates are sent as UTC text and the columns are timestamp(3) without zone (as Prisma writes them).
  const rows = await db.$queryRaw<{ id: string }[]>`
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
