import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The project root: the nearest folder, from the working directory up, that holds `prisma/schema.prisma`.
 * npm scripts, vitest and `next` all run from the root, but walking up keeps a script run from a sub-folder
 * working. We avoid `import.meta.url` because Next.js rewrites it when it bundles server code.
 */
export function findProjectRoot(start: string = process.cwd()): string {
  // The ignore comments keep Turbopack from tracing the whole project into the server build for this walk.
  for (let dir = path.resolve(/*turbopackIgnore: true*/ start); ; dir = path.dirname(/*turbopackIgnore: true*/ dir)) {
    if (existsSync(path.join(/*turbopackIgnore: true*/ dir, "prisma", "schema.prisma"))) return dir;
    if (path.dirname(/*turbopackIgnore: true*/ dir) === dir) return path.resolve(/*turbopackIgnore: true*/ start);
  }
}

export function getSchemaPath(root: string = findProjectRoot()): string {
  return path.join(root, "prisma", "schema.prisma");
}

export function getMigrationsDir(root: string = findProjectRoot()): string {
  return path.join(root, "prisma", "migrations");
}

/** Where derived, disposable files live (PGlite snapshots); `npm ci` wipes it, which is fine. */
export function getCacheDir(root: string = findProjectRoot()): string {
  return path.join(root, "node_modules", ".cache", "gridfolio-db");
}

/** A path shown to people: relative to the project root when inside it. */
export function displayPath(target: string, root: string = findProjectRoot()): string {
  const relative = path.relative(root, target);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : target;
}
