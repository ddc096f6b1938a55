/**
 * The app's PrismaClient: one per process, created on first use, on the database the environment selects
 * (see connection.ts). Cached on globalThis so the Next.js dev server's hot reload does not open a second one.
 *
 *   import { getDb } from "@/lib/server/db/client";
 *   const projects = await getDb().project.findMany();
 *
 * Nothing connects until the first query. An unreachable database makes queries throw; turn such errors into a
 * message with `toDatabaseUnavailableError` / `describeDatabaseError` from ./errors.
 */
import { PrismaClient } from "./generated/client";
import { configKey, createAdapterFactory, resolveDatabaseConfig, type DatabaseConfig } from "./connection";

export type { PrismaClient };
export type { DatabaseInfo, DatabaseKind } from "./connection";
export { getDatabaseInfo } from "./connection";
export { DatabaseUnavailableError, describeDatabaseError, isDatabaseUnavailableError, toDatabaseUnavailableError } from "./errors";

/** A PrismaClient on the given database; the caller owns it and calls `$disconnect()`. */
export function createPrismaClient(config: DatabaseConfig = resolveDatabaseConfig()): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(config) });
}

interface CachedClient {
  key: string;
  client: PrismaClient;
}

const holder = globalThis as typeof globalThis & { __gridfolioDb?: CachedClient; __gridfolioTestDb?: PrismaClient };

/**
 * The process's PrismaClient. If the database settings in the environment changed since it was created (tests do
 * this), the old client is disconnected and a new one created.
 */
export function getDb(): PrismaClient {
  if (holder.__gridfolioTestDb) return holder.__gridfolioTestDb;
  const config = resolveDatabaseConfig();
  const key = configKey(config);
  const cached = holder.__gridfolioDb;
  if (cached?.key === key) return cached.client;
  if (cached) void cached.client.$disconnect().catch(() => undefined);
  const client = createPrismaClient(config);
  holder.__gridfolioDb = { key, client };
  return client;
}

/** Closes the process's client (and the embedded database's folder lock); the next getDb() opens a new one. */
export async function disconnectDb(): Promise<void> {
  const cached = holder.__gridfolioDb;
  holder.__gridfolioDb = undefined;
  await cached?.client.$disconnect();
}

/**
 * Tests only (see createTestDb's `replaceAppDb`): makes getDb() return `client` until called again with null,
 * so code under test that calls getDb() (server actions, data loaders) uses the test database.
 */
export function setTestDbOverride(client: PrismaClient | null): void {
  holder.__gridfolioTestDb = client ?? undefined;
}
