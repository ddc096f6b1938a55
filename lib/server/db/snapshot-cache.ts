/**
 * PGlite data-folder snapshots (`dumpDataDir("none")` tarballs) kept between processes in
 * node_modules/.cache/gridfolio-db, gzipped. Starting PGlite from a snapshot takes about 0.4 s, against 2-3 s for
 * initdb plus the time to apply the migrations; each vitest worker and each `db:check` would pay that otherwise.
 *
 * A snapshot's key must change whenever its content would: callers hash what it depends on (PGlite version,
 * migrations). The cache is an optimisation only: any failure to read or write it is ignored.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { findProjectRoot, getCacheDir } from "./paths";

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** The installed version of a package (read from its package.json), or "unknown". */
export function installedVersion(packageName: string): string {
  try {
    const require = createRequire(path.join(findProjectRoot(), "package.json"));
    // Not every package exports ./package.json: find it beside the resolved entry point instead.
    let dir = path.dirname(require.resolve(packageName));
    for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
        if (manifest.name === packageName && manifest.version) return manifest.version;
      } catch {
        // keep walking up
      }
    }
  } catch {
    // fall through
  }
  return "unknown";
}

export function hashParts(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 16);
}

function snapshotFile(name: string, key: string): string {
  return path.join(getCacheDir(), `${name}-${key}.tar.gz`);
}

export async function readSnapshot(name: string, key: string): Promise<Blob | null> {
  try {
    const compressed = await readFile(snapshotFile(name, key));
    return new Blob([new Uint8Array(await gunzipAsync(compressed))]);
  } catch {
    return null;
  }
}

/** Writes atomically (temporary file + rename) and removes older snapshots of the same name. */
export async function writeSnapshot(name: string, key: string, snapshot: Blob): Promise<void> {
  try {
    const dir = getCacheDir();
    await mkdir(dir, { recursive: true });
    const target = snapshotFile(name, key);
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, await gzipAsync(new Uint8Array(await snapshot.arrayBuffer()), { level: 1 }));
    await rename(temporary, target);
    for (const file of await readdir(dir)) {
      if (file.startsWith(`${name}-`) && file !== path.basename(target) && file.endsWith(".tar.gz")) {
        await rm(path.join(dir, file), { force: true });
      }
    }
  } catch {
    // A read-only node_modules, a full disk: the next process builds the snapshot again.
  }
}
