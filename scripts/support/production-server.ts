/**
 * The benchmarks' production server: scripts/e2e-server.mjs (build, migrate, seed, serve) in its own process
 * group, stopped with everything it started when the benchmark exits.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts the server with these extra environment variables; the returned function stops it and waits for it. */
export function startProductionServer(env: Record<string, string>): () => Promise<void> {
  const server = spawn("node", ["scripts/e2e-server.mjs"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const kill = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", kill);
  // Waiting matters: a benchmark drops its database afterwards, and must not pull it from under a live server.
  return async () => {
    kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
}
