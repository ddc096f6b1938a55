import { getDb } from "../db/client";

/** Resolves when the database answers the smallest query there is; throws (lib/server/db/errors tells why) when not. */
export async function pingDatabase(): Promise<void> {
  await getDb().$queryRaw`SELECT 1`;
}
