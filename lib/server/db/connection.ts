/**
 * Which database the app uses, decided from the environment in one place:
 * - `DATABASE_URL` set (postgresql://...): that PostgreSQL, through @prisma/adapter-pg;
 * - otherwise the embedded default: PGlite in `PGLITE_DATA_DIR` (default `.data/pglite` under the project root;
 *   a relative path is relative to the project root; `memory://` keeps it in memory, for tests).
 */
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import path from "node:path";
import { DatabaseConfigError } from "./errors";
import { displayPath, findProjectRoot } from "./paths";
import { isMemoryDataDir, PgliteAdapterFactory } from "./pglite";
import { createPostgresAdapterFactory } from "./postgres";

export type DatabaseKind = "embedded" | "postgresql";

export type DatabaseConfig = { kind: "postgresql"; url: string } | { kind: "embedded"; dataDir: string };

export const DEFAULT_PGLITE_DATA_DIR = ".data/pglite";

type Env = Record<string, string | undefined>;

export function resolveDatabaseConfig(env: Env = process.env, root?: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseConfigError("DATABASE_URL is not a valid URL; expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE.");
    }
    if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
      throw new DatabaseConfigError(
        `DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//). Unset it to use the embedded database.`,
      );
    }
    if (parsed.searchParams.has("schema")) {
      // Prisma's native engine turned ?schema= into a search_path; the pg adapter does not, so migrations and
      // queries would disagree on where the tables are. A separate database does the same job.
      throw new DatabaseConfigError("DATABASE_URL: the ?schema= parameter is not supported; use a separate database instead.");
    }
    return { kind: "postgresql", url };
  }
  const dataDir = env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DATA_DIR;
  if (isMemoryDataDir(dataDir)) return { kind: "embedded", dataDir };
  return { kind: "embedded", dataDir: path.resolve(root ?? findProjectRoot(), dataDir) };
}

/** A stable key for a configuration, to notice when the environment changed. */
export function configKey(config: DatabaseConfig): string {
  return config.kind === "postgresql" ? `postgresql:${config.url}` : `embedded:${config.dataDir}`;
}

/** A Prisma driver adapter factory for the PrismaClient and the schema engine. Opens nothing until used. */
export function createAdapterFactory(config: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  switch (config.kind) {
    case "postgresql":
      // pg waits forever for an unreachable host by default; a page should rather say "not reachable" soon.
      return createPostgresAdapterFactory(config.url, { connectionTimeoutMillis: 10_000, ...poolSize() });
    case "embedded":
      return PgliteAdapterFactory.forDataDir(config.dataDir);
    default: {
      const unreachable: never = config;
      throw new DatabaseConfigError(`Unknown database configuration: ${JSON.stringify(unreachable)}`);
    }
  }
}

export interface DatabaseInfo {
  kind: DatabaseKind;
  /** For people, without credentials: "Embedded PostgreSQL (PGlite) in .data/pglite", "PostgreSQL at db:5432/gridfolio". */
  label: string;
  /** The data folder, or host:port/database. Never contains a password. */
  location: string;
}

export function describeDatabaseConfig(config: DatabaseConfig): DatabaseInfo {
  if (config.kind === "embedded") {
    const location = isMemoryDataDir(config.dataDir) ? "memory" : displayPath(config.dataDir);
    return { kind: "embedded", label: `Embedded PostgreSQL (PGlite) in ${location}`, location };
  }
  const url = new URL(config.url);
  const host = url.hostname || url.searchParams.get("host") || "localhost";
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const location = `${host}:${url.port || "5432"}/${database}`;
  return { kind: "postgresql", label: `PostgreSQL at ${location}`, location };
}

/** Which database this process uses, for the README, the health page and the command line. */
export function getDatabaseInfo(env: Env = process.env): DatabaseInfo {
  return describeDatabaseConfig(resolveDatabaseConfig(env));
}

/** DATABASE_POOL_SIZE: connections each app server may hold (pg's default, 10, when unset). */
function poolSize(env: Readonly<Record<string, string | undefined>> = process.env): { max?: number } {
  const raw = env.DATABASE_POOL_SIZE?.trim();
  if (!raw) return {};
  const max = Number(raw);
  if (!Number.isInteger(max) || max < 1 || max > 500) throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 500 (got "${raw}").`);
  return { max };
}
