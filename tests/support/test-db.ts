/**
 * Fresh, migrated databases for integration tests.
 *
 *   const testDb = await createTestDb();          // PostgreSQL when TEST_DATABASE_URL is set, else PGlite
 *   afterAll(() => testDb.cleanup());
 *   await testDb.db.project.create({ ... });
 *
 * - Embedded (PGlite): an in-memory database started from a snapshot taken right after the migrations were
 *   applied (kept in memory and in node_modules/.cache), so each call costs about 0.4 s instead of several seconds.
 * - PostgreSQL (TEST_DATABASE_URL, e.g. from scripts/with-postgres.sh): a new database created from a migrated
 *   template database (`CREATE DATABASE ... TEMPLATE`), dropped again by cleanup().
 *
 * Between tests of one file, `truncate()` (a few milliseconds) is cheaper than a new database.
 */
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseKind } from "../../lib/server/db/connection";
import { setTestDbOverride } from "../../lib/server/db/client";
import { PrismaClient } from "@/lib/server/db/generated/client";
import { createEmptyMemoryPglite, createMemoryPglite, PgliteAdapterFactory, type PGlite } from "../../lib/server/db/pglite";
import { getMigrationsDir } from "../../lib/server/db/paths";
import { createPostgresAdapterFactory } from "../../lib/server/db/postgres";
import { applyMigrations, readMigrationsList } from "../../lib/server/db/schema-engine";
import { hashParts, installedVersion, readSnapshot, writeSnapshot } from "../../lib/server/db/snapshot-cache";

export interface TestDb {
  db: PrismaClient;
  kind: DatabaseKind;
  /** PostgreSQL: the test database's URL (e.g. for DATABASE_URL); embedded: null. */
  url: string | null;
  /** The same database for the schema engine (e.g. `diffDatabaseToSchema`). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Deletes every row of the app's tables, keeping the schema and the migration history. */
  truncate(): Promise<void>;
  /** Disconnects and deletes the database. Safe to call twice. */
  cleanup(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export interface CreateTestDbOptions {
  /** Default: "postgresql" when TEST_DATABASE_URL is set, else "embedded". */
  kind?: DatabaseKind;
  /** Make getDb() return this database's client until cleanup(), for code under test that calls getDb(). */
  replaceAppDb?: boolean;
}

export async function createTestDb(options: CreateTestDbOptions = {}): Promise<TestDb> {
  const kind = options.kind ?? (process.env.TEST_DATABASE_URL ? "postgresql" : "embedded");
  const testDb = kind === "postgresql" ? await createPostgresTestDb() : await createPgliteTestDb();
  if (!options.replaceAppDb) return testDb;
  setTestDbOverride(testDb.db);
  const cleanup = onceAsync(async () => {
    setTestDbOverride(null);
    await testDb.cleanup();
  });
  return { ...testDb, cleanup, [Symbol.asyncDispose]: cleanup };
}

/**
 * The database kinds integration tests should cover: both, unless SKIP_POSTGRES_TESTS=1. Without
 * TEST_DATABASE_URL the PostgreSQL cases fail with a message saying how to run them (scripts/with-postgres.sh),
 * rather than passing silently.
 */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.SKIP_POSTGRES_TESTS === "1" ? ["embedded"] : ["embedded", "postgresql"];
}

/** The migrations' identity: a snapshot or template built from other migrations must not be reused. */
async function migrationsKey(): Promise<string> {
  const list = await readMigrationsList(getMigrationsDir());
  return hashParts([
    installedVersion("@prisma/schema-engine-wasm"),
    ...list.migrationDirectories.flatMap((m) => [m.path, m.migrationFile.content.tag === "ok" ? m.migrationFile.content.value : "missing"]),
  ]);
}

async function truncateAll(db: PrismaClient): Promise<void> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((table) => `"${table.name.replaceAll('"', '""')}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}

function onceAsync(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= action());
}

// ---------------------------------------------------------------------------------------------------------------
// PGlite

let migratedSnapshot: { key: string; snapshot: Promise<Blob> } | null = null;

async function buildMigratedSnapshot(key: string): Promise<Blob> {
  const cached = await readSnapshot("pglite-migrated", key);
  if (cached) return cached;
  const pglite = await createEmptyMemoryPglite();
  try {
    await applyMigrations(PgliteAdapterFactory.forInstance(pglite));
    const snapshot = await pglite.dumpDataDir("none");
    await writeSnapshot("pglite-migrated", key, snapshot);
    return snapshot;
  } finally {
    await pglite.close();
  }
}

async function getMigratedSnapshot(): Promise<Blob> {
  const key = await migrationsKey();
  if (migratedSnapshot?.key !== key) {
    const snapshot = buildMigratedSnapshot(key);
    migratedSnapshot = { key, snapshot };
    snapshot.catch(() => {
      if (migratedSnapshot?.snapshot === snapshot) migratedSnapshot = null;
    });
  }
  return migratedSnapshot.snapshot;
}

async function createPgliteTestDb(): Promise<TestDb> {
  const pglite: PGlite = await createMemoryPglite(await getMigratedSnapshot());
  const adapterFactory = PgliteAdapterFactory.forInstance(pglite);
  const db = new PrismaClient({ adapter: adapterFactory });
  const cleanup = onceAsync(async () => {
    await db.$disconnect();
    if (!pglite.closed) await pglite.close();
  });
  return { db, kind: "embedded", url: null, adapterFactory, truncate: () => truncateAll(db), cleanup, [Symbol.asyncDispose]: cleanup };
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL

function requireTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set, so the PostgreSQL cases cannot run: use scripts/with-postgres.sh npx vitest run (npm test does), or set SKIP_POSTGRES_TESTS=1 to skip them.",
    );
  }
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function withAdminClient<T>(url: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

const templates = new Map<string, Promise<string>>();

/**
 * A database with the migrations applied, to copy from. Built under a temporary name and renamed when complete,
 * under an advisory lock, so parallel test workers build it once and never copy a half-migrated template.
 */
function ensureTemplate(url: string, key: string): Promise<string> {
  const name = `gridfolio_template_${key}`;
  let pending = templates.get(name);
  if (!pending) {
    pending = withAdminClient(url, async (admin) => {
      await admin.query("SELECT pg_advisory_lock(hashtext('gridfolio_test_template'))");
      try {
        const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) {
          const building = `${name}_building_${process.pid}`;
          await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(building)}`);
          await admin.query(`CREATE DATABASE ${quoteIdent(building)}`);
          const factory = createPostgresAdapterFactory(withDatabase(url, building), { max: 2 });
          await applyMigrations(factory);
          await admin.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(name)}`);
        }
      } finally {
        await admin.query("SELECT pg_advisory_unlock(hashtext('gridfolio_test_template'))");
      }
      return name;
    });
    templates.set(name, pending);
    pending.catch(() => templates.delete(name));
  }
  return pending;
}

async function createPostgresTestDb(): Promise<TestDb> {
  const baseUrl = requireTestDatabaseUrl();
  const template = await ensureTemplate(baseUrl, await migrationsKey());
  const database = `gridfolio_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(baseUrl, (admin) => admin.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE ${quoteIdent(template)}`));
  const url = withDatabase(baseUrl, database);
  const adapterFactory = createPostgresAdapterFactory(url, { max: 4 });
  const db = new PrismaClient({ adapter: adapterFactory });
  const cleanup = onceAsync(async () => {
    await db.$disconnect();
    // FORCE (PostgreSQL 13+) ends connections a test left open.
    await withAdminClient(baseUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
  });
  return { db, kind: "postgresql", url, adapterFactory, truncate: () => truncateAll(db), cleanup, [Symbol.asyncDispose]: cleanup };
}
