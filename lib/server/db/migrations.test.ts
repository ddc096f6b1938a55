import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { MigrationError } from "./errors";
import { getMigrationsDir, getSchemaPath } from "./paths";
import { createEmptyMemoryPglite, PgliteAdapterFactory } from "./pglite";
import { createPostgresAdapterFactory } from "./postgres";
import {
  applyMigrations,
  createMigration,
  diffDatabaseToSchema,
  diffMigrationsToSchema,
  getSchemaEngineVersion,
  listMigrationNames,
  MIGRATION_LOCK_CONTENT,
  toMigrationSlug,
} from "./schema-engine";
import { testDatabaseKinds } from "../../../tests/support/test-db";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseKind } from "./connection";

const temporaryDirs: string[] = [];
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of prisma/ (schema and migrations) that a test may change. */
function copyPrismaFolder(): { schemaPath: string; migrationsDir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gridfolio-migrations-"));
  temporaryDirs.push(dir);
  cpSync(getSchemaPath(), path.join(dir, "schema.prisma"));
  cpSync(getMigrationsDir(), path.join(dir, "migrations"), { recursive: true });
  return { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
}

/** A fresh, empty database of the given kind (no migrations), with a raw SQL helper. */
async function createEmptyDatabase(kind: DatabaseKind): Promise<{
  factory: SqlMigrationAwareDriverAdapterFactory;
  query: (sql: string) => Promise<Record<string, unknown>[]>;
  dispose: () => Promise<void>;
}> {
  if (kind === "embedded") {
    const pglite = await createEmptyMemoryPglite();
    return {
      factory: PgliteAdapterFactory.forInstance(pglite),
      query: async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows,
      dispose: () => pglite.close(),
    };
  }
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("TEST_DATABASE_URL is not set: run through scripts/with-postgres.sh, or set SKIP_POSTGRES_TESTS=1.");
  const name = `gridfolio_migrations_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client(baseUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client(url.toString());
  await client.connect();
  return {
    factory: createPostgresAdapterFactory(url.toString(), { max: 2 }),
    query: async (sql) => (await client.query(sql)).rows,
    dispose: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

describe("the WebAssembly schema engine", () => {
  it("is the engine build of the installed Prisma CLI (upgrade @prisma/schema-engine-wasm together with prisma)", async () => {
    // prisma → @prisma/engines → @prisma/engines-version holds the engines' git hash the CLI was released with.
    const fromPrisma = createRequire(createRequire(import.meta.url).resolve("prisma/package.json"));
    const fromEngines = createRequire(fromPrisma.resolve("@prisma/engines"));
    const { enginesVersion } = fromEngines("@prisma/engines-version") as { enginesVersion: string };
    expect(await getSchemaEngineVersion()).toBe(enginesVersion);
  });
});

describe("the migrations in prisma/migrations", () => {
  it("exist in Prisma's layout (timestamped folders with migration.sql, migration_lock.toml for postgresql)", async () => {
    const names = await listMigrationNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(existsSync(path.join(getMigrationsDir(), name, "migration.sql"))).toBe(true);
    }
    expect(readFileSync(path.join(getMigrationsDir(), "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK_CONTENT);
  });

  it("produce exactly what schema.prisma describes when replayed on PGlite (empty diff)", async () => {
    const diff = await diffMigrationsToSchema();
    // On failure the script is the SQL the migrations are missing: `npm run db:new-migration -- NAME` writes it.
    expect(diff.script).toBe("-- This is an empty migration.\n");
    expect(diff.isEmpty).toBe(true);
  });

  it.runIf(testDatabaseKinds().includes("postgresql"))(
    "produce exactly what schema.prisma describes when replayed on PostgreSQL (empty diff)",
    async () => {
      const url = process.env.TEST_DATABASE_URL;
      if (!url) throw new Error("TEST_DATABASE_URL is not set: run through scripts/with-postgres.sh, or set SKIP_POSTGRES_TESTS=1.");
      // The pg adapter replays the migrations on a shadow database it creates on the server and drops afterwards.
      const diff = await diffMigrationsToSchema({ adapterFactory: createPostgresAdapterFactory(url, { max: 2 }) });
      expect(diff.script).toBe("-- This is an empty migration.\n");
      expect(diff.isEmpty).toBe(true);
    },
  );
});

describe.each(testDatabaseKinds())("applyMigrations on %s", (kind) => {
  it("moves projects that existed before accounts into one 'Imported projects' organization, losing none", async () => {
    const database = await createEmptyDatabase(kind);
    try {
      const files = copyPrismaFolder();
      const [first, ...later] = await listMigrationNames();
      const parked = mkdtempSync(path.join(os.tmpdir(), "gridfolio-later-migrations-"));
      temporaryDirs.push(parked);
      for (const name of later) renameSync(path.join(files.migrationsDir, name), path.join(parked, name));
      expect((await applyMigrations(database.factory, files)).applied).toEqual([first]);
      await database.query(`INSERT INTO "Project" (id, "customerName", street, city, state, zip, "updatedAt") VALUES ('p1', 'Ada', '1 Elm St', 'Hartford', 'CT', '06103', now()), ('p2', 'Grace', '2 Oak St', 'Boston', 'MA', '02108', now())`);

      for (const name of later) renameSync(path.join(parked, name), path.join(files.migrationsDir, name));
      expect((await applyMigrations(database.factory, files)).applied).toEqual(later);
      expect(await database.query(`SELECT id, "organizationId" FROM "Project" ORDER BY id`)).toEqual([
        { id: "p1", organizationId: "org-imported" },
        { id: "p2", organizationId: "org-imported" },
      ]);
      expect(await database.query(`SELECT id, name FROM "Organization"`)).toEqual([{ id: "org-imported", name: "Imported projects" }]);
    } finally {
      await database.dispose();
    }
  });

  it("creates the schema once, keeps Prisma's _prisma_migrations bookkeeping, and is idempotent", async () => {
    const database = await createEmptyDatabase(kind);
    try {
      const names = await listMigrationNames();
      expect((await applyMigrations(database.factory)).applied).toEqual(names);
      // A second run (every `npm start` does one) applies nothing and changes nothing.
      expect((await applyMigrations(database.factory)).applied).toEqual([]);

      // The database now matches schema.prisma exactly.
      const diff = await diffDatabaseToSchema(database.factory);
      expect(diff.script).toBe("-- This is an empty migration.\n");

      // The rows `prisma migrate deploy` would write: one per migration, finished, with the SHA-256 of the file.
      const rows = await database.query(
        `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
      );
      expect(rows.map((row) => row.migration_name)).toEqual(names);
      for (const row of rows) {
        const sql = readFileSync(path.join(getMigrationsDir(), String(row.migration_name), "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
      const tables = await database.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
      // One table per model of schema.prisma, and Prisma's bookkeeping.
      const models = [...readFileSync(getSchemaPath(), "utf8").matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!);
      expect(models.length).toBeGreaterThan(10);
      expect(tables.map((row) => String(row.tablename)).sort()).toEqual([...models, "_prisma_migrations"].sort());

      // The comparison is not vacuous: drift in columns, indexes and foreign keys shows up.
      await database.query(`ALTER TABLE "Project" ADD COLUMN "drift" INTEGER`);
      await database.query(`DROP INDEX "Project_state_idx"`);
      await database.query(`ALTER TABLE "Option" DROP CONSTRAINT "Option_projectId_fkey"`);
      const drift = await diffDatabaseToSchema(database.factory);
      expect(drift.isEmpty).toBe(false);
      expect(drift.script).toContain('DROP COLUMN "drift"');
      expect(drift.script).toContain('CREATE INDEX "Project_state_idx"');
      expect(drift.script).toContain('ADD CONSTRAINT "Option_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE');
    } finally {
      await database.dispose();
    }
  });

  it("reports a failing migration instead of recording it as applied", async () => {
    const files = copyPrismaFolder();
    const broken = path.join(files.migrationsDir, "29990101000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), 'ALTER TABLE "Project" ADD COLUMN "x" INTEGER;\nSELECT * FROM "no_such_table";\n');
    const database = await createEmptyDatabase(kind);
    try {
      const failure = await applyMigrations(database.factory, files).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as Error).message).toMatch(/29990101000000_broken/);
      expect((failure as Error).message).toMatch(/no_such_table/);
      expect((failure as Error).message).not.toMatch(/schema_engine_wasm::|wasm-function/);
      const rows = await database.query(`SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`);
      expect(rows.find((row) => row.migration_name === "29990101000000_broken")?.finished_at).toBeNull();
      // Like `prisma migrate deploy`, later runs refuse until someone resolves the failed migration.
      await expect(applyMigrations(database.factory, files)).rejects.toThrow(/failed/i);
    } finally {
      await database.dispose();
    }
  });
});

describe("createMigration", () => {
  it("writes nothing when schema.prisma has no change", async () => {
    const files = copyPrismaFolder();
    const before = readdirSync(files.migrationsDir).sort();
    expect(await createMigration("nothing", files)).toBeNull();
    expect(readdirSync(files.migrationsDir).sort()).toEqual(before);
  });

  it("writes a timestamped migration for a schema change, after which migrations and schema agree again", async () => {
    const files = copyPrismaFolder();
    const schema = readFileSync(files.schemaPath, "utf8");
    writeFileSync(files.schemaPath, schema.replace("  notes        String?\n", "  notes        String?\n  referredBy   String?\n"));
    expect((await diffMigrationsToSchema(files)).isEmpty).toBe(false);

    const created = await createMigration("Add referred-by", { ...files, now: new Date("2030-01-02T03:04:05Z") });
    expect(created?.name).toBe("20300102030405_add_referred_by");
    expect(readFileSync(created!.file, "utf8")).toContain('ALTER TABLE "Project" ADD COLUMN     "referredBy" TEXT;');
    expect((await diffMigrationsToSchema(files)).isEmpty).toBe(true);
  });

  it("starts a migrations folder from nothing: the init migration and migration_lock.toml", async () => {
    const files = copyPrismaFolder();
    rmSync(files.migrationsDir, { recursive: true });
    mkdirSync(files.migrationsDir);
    const created = await createMigration("init", files);
    expect(created?.script).toContain('CREATE TABLE "Project"');
    expect(created?.script).not.toContain("CREATE SCHEMA");
    expect(readFileSync(path.join(files.migrationsDir, "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK_CONTENT);
    // That one migration alone produces the whole schema (the committed history reaches the same in several steps).
    expect((await diffMigrationsToSchema(files)).isEmpty).toBe(true);
  });

  it("gives a migration a later timestamp than the last one, even when the clock is behind", async () => {
    const files = copyPrismaFolder();
    writeFileSync(files.schemaPath, readFileSync(files.schemaPath, "utf8").replace("  notes        String?\n", "  notes        String?\n  source       String?\n"));
    const [last] = (await listMigrationNames(files.migrationsDir)).slice(-1);
    const created = await createMigration("add_source", { ...files, now: new Date("2001-01-01T00:00:00Z") });
    expect(created!.name > last!).toBe(true);
  });

  it.each([
    { label: "spaces and capitals become snake_case", name: "Add Project Notes", slug: "add_project_notes" },
    { label: "dashes become underscores", name: "add-referral-source", slug: "add_referral_source" },
    { label: "punctuation is dropped", name: "notes (v2)!", slug: "notes_v2" },
    { label: "accents are folded to ASCII", name: "Résumé field", slug: "resume_field" },
    { label: "nothing usable stays empty, so the command refuses it", name: "!!!", slug: "" },
  ])("names migrations: $label", ({ name, slug }) => {
    expect(toMigrationSlug(name)).toBe(slug);
  });

  it("refuses a name with nothing usable in it", async () => {
    await expect(createMigration("???", copyPrismaFolder())).rejects.toThrow(MigrationError);
  });
});
