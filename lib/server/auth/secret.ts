/**
 * The key better-auth signs session cookies with. Production sets BETTER_AUTH_SECRET (the same value on every app
 * server). Without it, a random key is made once and kept in `.data/auth-secret`, so `npm start` works with no
 * setup and sessions survive a restart; the file is never committed.
 */
import { mkdirSync, openSync, readFileSync, writeSync, closeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { findProjectRoot } from "../db/paths";

const MIN_LENGTH = 32;

export function resolveAuthSecret(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.BETTER_AUTH_SECRET?.trim();
  if (configured) {
    if (configured.length < MIN_LENGTH) {
      throw new Error(`BETTER_AUTH_SECRET must be at least ${MIN_LENGTH} characters (try: openssl rand -base64 32).`);
    }
    return configured;
  }
  return readOrCreateLocalSecret(path.join(findProjectRoot(), ".data", "auth-secret"));
}

function readOrCreateLocalSecret(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": if another process created it first, read theirs instead, so all local processes share one key.
    const fd = openSync(file, "wx", 0o600);
    writeSync(fd, randomBytes(32).toString("base64url"));
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
