// Starts the production build on a fresh embedded database with the demo data, for the browser tests.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-e2e",
  PGLITE_DATA_DIR: process.env.E2E_PGLITE_DIR ?? path.join(root, ".data", "e2e-pglite"),
  // Invitation and reset links point at this server; better-auth trusts requests from this origin only.
  APP_URL: process.env.APP_URL ?? `http://127.0.0.1:${port}`,
  // A fixed test key, so the second app server of the multi-server spec reads the same sessions.
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-only-secret-0123456789abcdefghijklmnop",
  // The simulated manufacturer in fast motion, so the operations spec enrolls a battery and measures an event in
  // about a minute and a half: two-second enrollment steps, five-second telemetry, no random failures.
  SIMULATOR_ENROLLMENT_STEP_SECONDS: "2",
  SIMULATOR_RESPONSE_DELAY_SECONDS: "2",
  SIMULATOR_STEP_SECONDS: "5",
  SIMULATOR_FAILURE_RATE: "0",
  OPERATIONS_WORKER_INTERVAL_MS: "1000",
  OPERATIONS_MEASURE_DELAY_SECONDS: "6",
};
// The browser tests use the embedded database even when a PostgreSQL is around for the integration tests;
// E2E_DATABASE_URL points this server at a PostgreSQL instead (the UI benchmark's production configuration).
delete env.DATABASE_URL;
if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;

rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
// Its lock goes too: this server owns the fresh folder, and a lock left by a killed run could name a pid the system
// has since given to another process (seen: to this very script), which would make the folder look in use.
rmSync(`${env.PGLITE_DATA_DIR}.lock`, { force: true });
// Node runs Next directly (not through npx), so stopping this script stops the server and frees the database.
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const run = (command, args) => execFileSync(command, args, { cwd: root, env, stdio: "inherit" });
run("npx", ["tsx", "scripts/db.ts", "migrate"]);
run("npx", ["tsx", "scripts/db.ts", "seed"]);
if (!process.env.E2E_SKIP_BUILD) run(process.execPath, [nextBin, "build"]);

// E2E_NODE_FLAGS: extra Node flags for the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a benchmark.
const nodeFlags = (process.env.E2E_NODE_FLAGS ?? "").split(" ").filter(Boolean);
// Our own server front (scripts/serve.mjs), as `npm start` runs it, so the browser tests see its limits and headers.
const server = spawn(process.execPath, [...nodeFlags, path.join(root, "scripts", "serve.mjs")], { cwd: root, env: { ...env, PORT: port, HOST: "127.0.0.1" }, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
