/**
 * PGlite (PostgreSQL compiled to WebAssembly) as the embedded database, and a Prisma driver adapter factory for it.
 *
 * We wrap `pglite-prisma-adapter` (0.7.2) rather than use it bare, for three reasons:
 * - its `executeScript` does not await `PGlite.exec`, so a failing migration script would be reported as applied
 *   (and its error would surface later as an unhandled rejection);
 * - its shadow database (used by the schema engine to replay migrations) is a new in-memory PGlite that is never
 *   closed; ours is created from a snapshot (about 0.4 s instead of 2-3 s for a fresh `initdb`) and closed on dispose;
 * - a data folder must be opened by one process at a time (two PGlite processes on one folder corrupt it), so we
 *   hold a lock file beside the folder and report "in use by pid N" instead.
 */
import { PGlite } from "@electric-sql/pglite";
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DatabaseUnavailableError } from "./errors";
import { displayPath } from "./paths";
import { hashParts, installedVersion, readSnapshot, writeSnapshot } from "./snapshot-cache";

export type { PGlite };

export function isMemoryDataDir(dataDir: string): boolean {
  return dataDir.startsWith("memory://");
}

/** A new in-memory PGlite; from `snapshot` (a `dumpDataDir("none")` tarball) when given, which is much faster. */
export async function createMemoryPglite(snapshot?: Blob): Promise<PGlite> {
  return PGlite.create(snapshot ? { loadDataDir: snapshot } : {});
}

let emptyClusterSnapshot: Promise<Blob | null> | null = null;

/**
 * An in-memory PGlite with an empty database. Starts from a snapshot of a fresh cluster, kept in memory and in
 * node_modules/.cache (see snapshot-cache.ts); only the first process on a machine pays for initdb (2-3 s).
 */
export async function createEmptyMemoryPglite(): Promise<PGlite> {
  const snapshot = await getCachedEmptyClusterSnapshot();
  if (snapshot) return createMemoryPglite(snapshot);
  const pglite = await createMemoryPglite();
  const fresh = pglite.dumpDataDir("none").then(
    (dump) => dump,
    () => null,
  );
  emptyClusterSnapshot = fresh;
  const dump = await fresh;
  if (dump) await writeSnapshot("pglite-empty", emptyClusterKey(), dump);
  return pglite;
}

function emptyClusterKey(): string {
  return hashParts(["pglite-empty", installedVersion("@electric-sql/pglite")]);
}

/** The empty-cluster snapshot if this process or an earlier one made it; null otherwise (never builds one). */
async function getCachedEmptyClusterSnapshot(): Promise<Blob | null> {
  emptyClusterSnapshot ??= readSnapshot("pglite-empty", emptyClusterKey());
  return emptyClusterSnapshot;
}

// ---------------------------------------------------------------------------------------------------------------
// Data folders on disk

interface LockRegistry {
  open: Set<string>;
}
// On globalThis so that a module reloaded by the Next.js dev server still sees folders this process holds.
const registry: LockRegistry = ((globalThis as { __gridfolioPgliteLocks?: LockRegistry }).__gridfolioPgliteLocks ??= {
  open: new Set(),
});

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLockHolder(lockPath: string): number | null {
  try {
    const pid = Number(JSON.parse(readFileSync(lockPath, "utf8")).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the data folder's lock file (`<folder>.lock`); returns its release function. */
function lockDataDir(dataDir: string): () => void {
  const shown = displayPath(dataDir);
  if (registry.open.has(dataDir)) {
    throw new DatabaseUnavailableError(`the embedded database in ${shown} is already open in this process.`);
  }
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }) + "\n", { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 3) {
        throw new DatabaseUnavailableError(`cannot create the lock file ${displayPath(lockPath)}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const holder = readLockHolder(lockPath);
      // Our own pid in the file means a previous run of this container or process crashed: the lock is stale.
      if (holder !== null && holder !== process.pid && isProcessAlive(holder)) {
        throw new DatabaseUnavailableError(
          `the embedded database in ${shown} is in use by another process (pid ${holder}). ` +
            `Stop that process (for example the dev server) and try again; if no such process is running, delete ${displayPath(lockPath)}.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  registry.open.add(dataDir);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    registry.open.delete(dataDir);
    process.off("exit", release);
    if (readLockHolder(lockPath) === process.pid) rmSync(lockPath, { force: true });
  };
  process.on("exit", release);
  return release;
}

/**
 * A new data folder starts from the empty-cluster snapshot when one is cached (about 1.5 s instead of 4 s for
 * initdb on disk: the first `npm start` is that much quicker); an existing folder is simply opened.
 */
async function createOnDisk(dataDir: string): Promise<PGlite> {
  const isNew = !existsSync(dataDir) || readdirSync(dataDir).length === 0;
  // Not kept in memory afterwards: a long-running app server has no use for the 40 MB tarball.
  const snapshot = isNew ? await (emptyClusterSnapshot ?? readSnapshot("pglite-empty", emptyClusterKey())) : null;
  if (snapshot) {
    try {
      return await PGlite.create({ dataDir, loadDataDir: snapshot });
    } catch {
      // A damaged snapshot must not leave a half-written folder behind: start over with initdb.
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return PGlite.create({ dataDir });
}

export interface OpenedPglite {
  pglite: PGlite;
  /** Closes the database and releases the folder. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens (creating it when missing) the PGlite database in `dataDir`, an absolute folder path or `memory://...`.
 * PGlite does not create missing parent folders, so we do. Failures become DatabaseUnavailableError.
 */
export async function openPglite(dataDir: string): Promise<OpenedPglite> {
  if (isMemoryDataDir(dataDir)) {
    const pglite = await createEmptyMemoryPglite();
    return { pglite, close: () => (pglite.closed ? Promise.resolve() : pglite.close()) };
  }
  const shown = displayPath(dataDir);
  try {
    mkdirSync(path.dirname(dataDir), { recursive: true });
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot create the folder of the embedded database (${shown}): ${(error as Error).message}`, {
      cause: error,
    });
  }
  const release = lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await createOnDisk(dataDir);
  } catch (error) {
    release();
    throw new DatabaseUnavailableError(`cannot open the embedded database in ${shown}: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
  let closing: Promise<void> | null = null;
  return {
    pglite,
    close: () =>
      (closing ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          release();
        }
      })()),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Prisma driver adapter

function toDriverAdapterError(error: unknown): unknown {
  const e = error as { code?: unknown; severity?: unknown; message?: unknown; detail?: unknown; column?: unknown; hint?: unknown };
  if (error instanceof Error && typeof e.code === "string" && typeof e.severity === "string") {
    return new DriverAdapterError({
      kind: "postgres",
      code: e.code,
      severity: e.severity,
      message: error.message,
      detail: typeof e.detail === "string" ? e.detail : undefined,
      column: typeof e.column === "string" ? e.column : undefined,
      hint: typeof e.hint === "string" ? e.hint : undefined,
    });
  }
  return error;
}

function wrapAdapter(inner: SqlDriverAdapter, pglite: PGlite, onDispose: () => Promise<void>): SqlDriverAdapter {
  let disposed = false;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => inner.queryRaw(query),
    executeRaw: (query: SqlQuery) => inner.executeRaw(query),
    // The fix: await the script, and turn a PostgreSQL error into a driver adapter error the engines understand.
    executeScript: async (script: string) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    },
    startTransaction: (isolationLevel?: IsolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await inner.dispose();
      await onDispose();
    },
  };
}

async function connectAdapter(pglite: PGlite, onDispose: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPGlite(pglite).connect();
  return wrapAdapter(inner, pglite, onDispose);
}

type Source = { kind: "instance"; pglite: PGlite } | { kind: "dataDir"; dataDir: string };

/**
 * A Prisma driver adapter factory over PGlite, for both the PrismaClient and the schema engine.
 * - `PgliteAdapterFactory.forInstance(pglite)`: a PGlite the caller owns and closes.
 * - `PgliteAdapterFactory.forDataDir(dir)`: opens the folder on the first connection and closes it (releasing the
 *   lock) when the last connection is disposed, e.g. on `prisma.$disconnect()`.
 */
export class PgliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-prisma-adapter";
  readonly #source: Source;
  #opened: Promise<OpenedPglite> | null = null;
  #connections = 0;

  private constructor(source: Source) {
    this.#source = source;
  }

  static forInstance(pglite: PGlite): PgliteAdapterFactory {
    return new PgliteAdapterFactory({ kind: "instance", pglite });
  }

  static forDataDir(dataDir: string): PgliteAdapterFactory {
    return new PgliteAdapterFactory({ kind: "dataDir", dataDir });
  }

  /** The open PGlite, opening it if needed (for callers that want raw SQL next to Prisma). */
  async getPglite(): Promise<PGlite> {
    const source = this.#source;
    if (source.kind === "instance") return source.pglite;
    this.#opened ??= openPglite(source.dataDir).catch((error: unknown) => {
      this.#opened = null;
      throw error;
    });
    return (await this.#opened).pglite;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const pglite = await this.getPglite();
    this.#connections++;
    return connectAdapter(pglite, async () => {
      this.#connections--;
      if (this.#connections === 0 && this.#opened) {
        const opened = this.#opened;
        this.#opened = null;
        await (await opened).close();
      }
    });
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await createEmptyMemoryPglite();
    return connectAdapter(shadow, () => shadow.close());
  }
}
