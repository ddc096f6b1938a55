import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { disconnectDb, getDatabaseInfo, getDb } from "./client";
import { createAdapterFactory, describeDatabaseConfig, resolveDatabaseConfig } from "./connection";
import { DatabaseConfigError, DatabaseUnavailableError, describeDatabaseError, toDatabaseUnavailableError } from "./errors";
import { openPglite } from "./pglite";
import { applyMigrations } from "./schema-engine";
import { createTestDb, testDatabaseKinds } from "../../../tests/support/test-db";

const root = "/srv/gridfolio";
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR };
const temporaryDirs: string[] = [];

function temporaryDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gridfolio-client-"));
  temporaryDirs.push(dir);
  return dir;
}

function useEnv(env: { DATABASE_URL?: string; PGLITE_DATA_DIR?: string }) {
  for (const name of ["DATABASE_URL", "PGLITE_DATA_DIR"] as const) {
    if (env[name] === undefined) delete process.env[name];
    else process.env[name] = env[name];
  }
}

afterEach(async () => {
  await disconnectDb();
  useEnv(savedEnv);
});
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on: bind an ephemeral port, then close it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("which database the environment selects", () => {
  it.each([
    { label: "nothing set: the embedded default in .data/pglite", env: {}, expected: { kind: "embedded", dataDir: `${root}/.data/pglite` } },
    { label: "a relative PGLITE_DATA_DIR is relative to the project root", env: { PGLITE_DATA_DIR: "tmp/db" }, expected: { kind: "embedded", dataDir: `${root}/tmp/db` } },
    { label: "an absolute PGLITE_DATA_DIR is kept", env: { PGLITE_DATA_DIR: "/var/lib/gridfolio" }, expected: { kind: "embedded", dataDir: "/var/lib/gridfolio" } },
    { label: "memory:// stays in memory (tests)", env: { PGLITE_DATA_DIR: "memory://" }, expected: { kind: "embedded", dataDir: "memory://" } },
    { label: "an empty DATABASE_URL counts as unset", env: { DATABASE_URL: "  " }, expected: { kind: "embedded", dataDir: `${root}/.data/pglite` } },
    {
      label: "DATABASE_URL wins over PGLITE_DATA_DIR",
      env: { DATABASE_URL: "postgresql://app:pw@db:5432/gridfolio", PGLITE_DATA_DIR: "x" },
      expected: { kind: "postgresql", url: "postgresql://app:pw@db:5432/gridfolio" },
    },
    { label: "postgres:// is accepted too", env: { DATABASE_URL: "postgres://db/gridfolio" }, expected: { kind: "postgresql", url: "postgres://db/gridfolio" } },
  ])("$label", ({ env, expected }) => {
    expect(resolveDatabaseConfig(env, root)).toEqual(expected);
  });

  it.each([
    { label: "not a URL", url: "db.internal/gridfolio", message: /not a valid URL/ },
    { label: "another database", url: "mysql://root@localhost/gridfolio", message: /must start with postgresql:\/\// },
    { label: "a ?schema= the pg adapter would ignore", url: "postgresql://db/gridfolio?schema=app", message: /schema= parameter is not supported/ },
  ])("refuses a DATABASE_URL that is $label", ({ url, message }) => {
    expect(() => resolveDatabaseConfig({ DATABASE_URL: url }, root)).toThrow(DatabaseConfigError);
    expect(() => resolveDatabaseConfig({ DATABASE_URL: url }, root)).toThrow(message);
  });

  it.each([
    {
      label: "PostgreSQL without the password",
      config: { kind: "postgresql", url: "postgresql://app:s3cret@db.internal:6543/gridfolio?sslmode=require" } as const,
      expected: { kind: "postgresql", label: "PostgreSQL at db.internal:6543/gridfolio", location: "db.internal:6543/gridfolio" },
    },
    {
      label: "PostgreSQL with default port and database",
      config: { kind: "postgresql", url: "postgresql://db.internal" } as const,
      expected: { kind: "postgresql", label: "PostgreSQL at db.internal:5432/postgres", location: "db.internal:5432/postgres" },
    },
    {
      label: "in-memory PGlite",
      config: { kind: "embedded", dataDir: "memory://" } as const,
      expected: { kind: "embedded", label: "Embedded PostgreSQL (PGlite) in memory", location: "memory" },
    },
  ])("describes $label", ({ config, expected }) => {
    expect(describeDatabaseConfig(config)).toEqual(expected);
  });
});

describe("getDb() on the embedded database", () => {
  it("creates the missing parent folders, keeps data between connections, and releases the folder on disconnect", async () => {
    const dataDir = path.join(temporaryDir(), "not", "yet", "there", "pglite");
    useEnv({ PGLITE_DATA_DIR: dataDir });
    await applyMigrations(createAdapterFactory(resolveDatabaseConfig()));
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    expect(getDatabaseInfo()).toMatchObject({ kind: "embedded", location: dataDir });
    expect(getDb()).toBe(getDb());
    await getDb().project.create({
      data: { customerName: "Ada", street: "1 Elm Street", city: "Hartford", state: "CT", zip: "06103", organization: { create: { id: "org-1", name: "Org", slug: "org" } } },
    });
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    await disconnectDb();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(await getDb().project.count()).toBe(1);
  });

  it("refuses a folder another live process holds, with a message a person can act on", async () => {
    const dataDir = path.join(temporaryDir(), "pglite");
    // The vitest main process is alive and is not us: it stands for a running dev server.
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: process.ppid }));
    await expect(openPglite(dataDir)).rejects.toThrow(DatabaseUnavailableError);
    await expect(openPglite(dataDir)).rejects.toThrow(`in use by another process (pid ${process.ppid})`);

    // Through the client, the same error reaches the caller in a form toDatabaseUnavailableError recognizes.
    useEnv({ PGLITE_DATA_DIR: dataDir });
    const failure = await getDb().project.count().then(
      () => null,
      (error: unknown) => error,
    );
    const unavailable = toDatabaseUnavailableError(failure);
    expect(unavailable?.message).toMatch(/^The database is not reachable: the embedded database in .* is in use by another process/);
    expect(describeDatabaseError(failure)).toBe(unavailable?.message);
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dataDir = path.join(temporaryDir(), "pglite");
    const finished = spawnSync(process.execPath, ["-e", ""]);
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: finished.pid }));
    const opened = await openPglite(dataDir);
    try {
      expect((await opened.pglite.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      // Two openings of one folder in one process would corrupt it just the same.
      await expect(openPglite(dataDir)).rejects.toThrow(/already open in this process/);
    } finally {
      await opened.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("accepts memory:// (an empty in-memory database)", async () => {
    useEnv({ PGLITE_DATA_DIR: "memory://" });
    expect(getDatabaseInfo().label).toBe("Embedded PostgreSQL (PGlite) in memory");
    expect(await getDb().$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("lets tests put a test database behind getDb() (createTestDb replaceAppDb)", async () => {
    const testDb = await createTestDb({ kind: "embedded", replaceAppDb: true });
    try {
      expect(getDb()).toBe(testDb.db);
      expect(await getDb().project.count()).toBe(0);
    } finally {
      await testDb.cleanup();
    }
    expect(getDb()).not.toBe(testDb.db);
  });
});

describe.runIf(testDatabaseKinds().includes("postgresql"))("getDb() on PostgreSQL", () => {
  it("connects through DATABASE_URL", async () => {
    const testDb = await createTestDb({ kind: "postgresql" });
    try {
      useEnv({ DATABASE_URL: testDb.url! });
      expect(getDatabaseInfo()).toMatchObject({ kind: "postgresql" });
      expect(getDatabaseInfo().label).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\/gridfolio_test_/);
      await getDb().project.create({
        data: { customerName: "Grace", street: "2 Oak Street", city: "Providence", state: "RI", zip: "02903", organization: { create: { id: "org-1", name: "Org", slug: "org" } } },
      });
      expect(await getDb().project.count()).toBe(1);
      await disconnectDb();
    } finally {
      await testDb.cleanup();
    }
  });
});

describe("an unreachable PostgreSQL", () => {
  it("fails queries with 'The database is not reachable: …', without the password", async () => {
    useEnv({ DATABASE_URL: `postgresql://app:s3cret@127.0.0.1:${await closedPort()}/gridfolio` });
    const failure = await getDb().project.count().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    const unavailable = toDatabaseUnavailableError(failure);
    expect(unavailable).toBeInstanceOf(DatabaseUnavailableError);
    expect(unavailable!.message).toMatch(/^The database is not reachable: \S/);
    expect(unavailable!.message).not.toContain("s3cret");
    expect(unavailable!.message).not.toContain("\n");
  });
});

describe("toDatabaseUnavailableError", () => {
  it.each([
    { label: "Prisma's P1001 (can't reach the server)", error: Object.assign(new Error("x"), { code: "P1001" }), reason: "the server cannot be reached" },
    { label: "a socket error deep in the cause chain", error: new Error("outer", { cause: new Error("inner", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }) }), reason: "the connection was refused" },
    { label: "a driver adapter error kind", error: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } }, reason: "the server cannot be reached" },
    { label: "PostgreSQL's 'database does not exist'", error: Object.assign(new Error("x"), { code: "3D000" }), reason: "the database does not exist" },
    { label: "PostgreSQL's wrong password", error: Object.assign(new Error("x"), { code: "28P01" }), reason: "authentication failed" },
  ])("recognizes $label", ({ error, reason }) => {
    expect(toDatabaseUnavailableError(error)?.message).toBe(`The database is not reachable: ${reason}`);
  });

  it.each([
    { label: "a unique constraint violation (the query, not the database)", error: Object.assign(new Error("Unique constraint failed"), { code: "P2002" }) },
    { label: "a plain bug", error: new TypeError("undefined is not a function") },
    { label: "a non-error value", error: "boom" },
  ])("leaves alone $label", ({ error }) => {
    expect(toDatabaseUnavailableError(error)).toBeNull();
    expect(describeDatabaseError(error)).toBe("The database reported an unexpected error.");
  });
});
