/**
 * Turns low-level database failures into messages a user can act on.
 * Raw driver errors never reach the browser: they can leak table names and connection strings.
 */

const unreachableCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "EHOSTUNREACH", "P1001", "P1002", "P1017", "57P03"]);

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The database is not reachable.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 8; depth++) {
    if (current instanceof DatabaseUnavailableError) return true;
    if (typeof current !== "object") break;
    const record = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; name?: unknown };
    if (typeof record.code === "string" && unreachableCodes.has(record.code)) return true;
    if (record.kind === "DatabaseNotReachable" || record.name === "DatabaseNotReachable") return true;
    if (typeof record.message === "string" && /ECONNREFUSED|Can't reach database|database is not reachable|Connection terminated|connect ETIMEDOUT/i.test(record.message)) return true;
    current = record.cause;
  }
  return false;
}

/** What a user is told when a request fails; the one place that decides it. `outcome` says what did not happen. */
function describeFailure(outcome: string, error: unknown): string {
  if (isDatabaseUnreachable(error)) return `${outcome}: the database is not reachable. Try again in a moment.`;
  return `${outcome}: an unexpected error occurred. Try again, and contact support if it keeps happening.`;
}

export function describeWriteFailure(error: unknown): string {
  return describeFailure("Nothing was saved", error);
}

export function describeReadFailure(error: unknown): string {
  return describeFailure("The figures could not be updated", error);
}
