/**
 * Database commands, offline (no Prisma CLI engine download):
 *
 *   tsx scripts/db.ts migrate               apply prisma/migrations to the configured database
 *   tsx scripts/db.ts seed [--reset]        load the demo projects (idempotent; --reset restores them)
 *   tsx scripts/db.ts new-migration NAME    write a migration from the change to prisma/schema.prisma
 *   tsx scripts/db.ts check                 exit 1 unless the migrations produce exactly schema.prisma
 *
 * The configured database is DATABASE_URL (PostgreSQL) when set, else the embedded PGlite in PGLITE_DATA_DIR
 * (default .data/pglite). Expected failures print one line and exit 1; a usage error exits 2.
 */
import { createAdapterFactory, describeDatabaseConfig, resolveDatabaseConfig } from "../lib/server/db/connection";
import { DatabaseConfigError, DatabaseUnavailableError, MigrationError, toDatabaseUnavailableError } from "../lib/server/db/errors";
import { displayPath } from "../lib/server/db/paths";
import { applyMigrations, createMigration, diffMigrationsToSchema } from "../lib/server/db/schema-engine";

const USAGE = `usage: tsx scripts/db.ts <command>
  migrate               apply prisma/migrations to the configured database
  seed [--reset]        load the demo projects (--reset restores edited or deleted demo projects)
  new-migration NAME    write prisma/migrations/<timestamp>_NAME from the change to prisma/schema.prisma
  check                 exit 1 unless the migrations produce exactly prisma/schema.prisma`;

class UsageError extends Error {}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function migrate(): Promise<void> {
  const started = performance.now();
  const config = resolveDatabaseConfig();
  const { label } = describeDatabaseConfig(config);
  const factory = createAdapterFactory(config);
  const { applied } = await applyMigrations(factory);
  // The engine disposes its connection; for PGlite that also closes the folder and releases its lock.
  console.log(
    applied.length === 0
      ? `Database is up to date (${label}).`
      : `Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${label} in ${seconds(started)}: ${applied.join(", ")}.`,
  );
}

async function seed(args: string[]): Promise<void> {
  const unknown = args.filter((arg) => arg !== "--reset");
  if (unknown.length > 0) throw new UsageError(`seed: unknown option ${unknown[0]}`);
  const started = performance.now();
  const config = resolveDatabaseConfig();
  const { label } = describeDatabaseConfig(config);
  const { createPrismaClient } = await import("../lib/server/db/client");
  const { seedDemoData } = await import("../prisma/seed");
  const db = createPrismaClient(config);
  try {
    const result = await seedDemoData(db, { reset: args.includes("--reset") }).catch((error: unknown) => {
      // P2021: a table does not exist.
      if ((error as { code?: unknown }).code === "P2021") {
        throw new MigrationError(`The database has no tables yet (${label}): run npm run db:migrate first.`, { cause: error });
      }
      throw error;
    });
    console.log(
      `Demo data in ${label}: ${result.created} project${result.created === 1 ? "" : "s"} created, ` +
        `${result.reset} restored, ${result.kept} kept as they were; ${result.usersCreated} demo user${result.usersCreated === 1 ? "" : "s"} created (${seconds(started)}).`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function newMigration(args: string[]): Promise<void> {
  const name = args.join(" ").trim();
  if (!name) throw new UsageError("new-migration: give the migration a name, e.g. npm run db:new-migration -- add_project_notes");
  const created = await createMigration(name);
  if (!created) {
    throw new MigrationError("No migration written: prisma/schema.prisma has no change that the migrations do not already make.");
  }
  console.log(`Wrote ${displayPath(created.file)}. Review it, then run npm run db:migrate.`);
}

async function check(): Promise<void> {
  const diff = await diffMigrationsToSchema();
  if (!diff.isEmpty) {
    console.error(diff.script.trim());
    throw new MigrationError(
      "The migrations do not produce prisma/schema.prisma (the SQL above is missing). Run npm run db:new-migration -- NAME.",
    );
  }
  console.log("Migrations match prisma/schema.prisma.");
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case "migrate":
      if (args.length > 0) throw new UsageError(`migrate: unexpected argument ${args[0]}`);
      return migrate();
    case "seed":
      return seed(args);
    case "new-migration":
      return newMigration(args);
    case "check":
      if (args.length > 0) throw new UsageError(`check: unexpected argument ${args[0]}`);
      return check();
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      if (command === undefined) process.exitCode = 2;
      return;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`db: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof MigrationError || error instanceof DatabaseConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`db: ${error.message}`);
    process.exitCode = 1;
  } else {
    const unavailable = toDatabaseUnavailableError(error);
    if (unavailable) {
      console.error(`db: ${unavailable.message}`);
      process.exitCode = 1;
    } else {
      // A bug, not an expected failure: the stack trace is useful here.
      throw error;
    }
  }
}
