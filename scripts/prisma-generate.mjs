// Generates the Prisma client (lib/server/db/generated) with the project's own Prisma CLI, offline.
//
// The Prisma 7 CLI downloads a native schema engine before running any command, even `generate`, which does not
// use it; without internet that download fails. Pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips the
// download. We point it at the WebAssembly schema engine: a file that exists after `npm install`, and that would
// fail loudly (it is not an executable) if a future CLI ever tried to run it for `generate`.
// Migrations never go through the CLI: see lib/db/schema-engine.ts and scripts/db.ts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(path.join(root, "package.json"));

function resolveOrExit(specifier, hint) {
  try {
    return require.resolve(specifier);
  } catch {
    console.error(`prisma:generate: ${specifier} is not installed (${hint}). Run npm install first.`);
    process.exit(1);
  }
}

const cli = resolveOrExit("prisma/build/index.js", "the Prisma CLI");
const placeholderEngine = path.join(
  path.dirname(resolveOrExit("@prisma/schema-engine-wasm/schema_engine_bg", "the WebAssembly schema engine")),
  "schema_engine_bg.wasm",
);

const env = {
  ...process.env,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_HIDE_PREVIEW_FLAG_WARNINGS: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_TELEMETRY_DISABLED: "1",
};
// Keep a real engine path if the user set one (e.g. a machine with a native engine installed).
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholderEngine;
}

const started = performance.now();
const result = spawnSync(process.execPath, [cli, "generate", ...process.argv.slice(2)], {
  cwd: root,
  env,
  encoding: "utf8",
});
if (result.error) {
  console.error(`prisma:generate: could not start the Prisma CLI: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  // The CLI's own output explains schema errors; show it only when something went wrong.
  process.stderr.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  console.error(`prisma:generate: prisma generate failed (exit code ${result.status ?? "signal " + result.signal}).`);
  process.exit(result.status ?? 1);
}
console.log(`Prisma client generated in lib/server/db/generated (${Math.round(performance.now() - started)} ms).`);
