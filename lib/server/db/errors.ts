/**
 * Errors of the data layer that people can act on. Their messages are written for a person and contain no
 * password, stack trace or SQL; the original error stays in `cause` for the server log.
 */

/** The database cannot be used right now: server down, wrong address or password, embedded folder in use. */
export class DatabaseUnavailableError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`The database is not reachable: ${reason}`, options);
    this.name = "DatabaseUnavailableError";
  }
}

/** The configuration (environment variables) is wrong; fixing it needs a restart, not a retry. */
export class DatabaseConfigError extends Error {
  readonly code = "DATABASE_CONFIG";

  constructor(message: string) {
    super(message);
    this.name = "DatabaseConfigError";
  }
}

/** A migration could not be applied or written, or the migrations do not match the schema. */
export class MigrationError extends Error {
  readonly code = "MIGRATION";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

// Prisma (P1xxx), PostgreSQL (08xxx connection exceptions, 57P0x shutdown, 28xxx authentication, 3D000 no such
// database) and Node socket codes that mean "cannot use the database", as opposed to "this query is wrong".
const unavailableCodes = new Map<string, string>([
  ["P1000", "authentication failed"],
  ["P1001", "the server cannot be reached"],
  ["P1002", "the server timed out"],
  ["P1003", "the database does not exist"],
  ["P1010", "access was denied"],
  ["P1011", "the TLS connection failed"],
  ["P1017", "the server closed the connection"],
  ["P2024", "timed out waiting for a connection"],
  ["ECONNREFUSED", "the connection was refused"],
  ["ECONNRESET", "the connection was reset"],
  ["ENOTFOUND", "the host name was not found"],
  ["EAI_AGAIN", "the host name could not be resolved"],
  ["ETIMEDOUT", "the connection timed out"],
  ["EHOSTUNREACH", "the host is unreachable"],
  ["ENETUNREACH", "the network is unreachable"],
  ["08000", "connection exception"],
  ["08001", "the server rejected the connection"],
  ["08003", "the connection does not exist"],
  ["08004", "the server rejected the connection"],
  ["08006", "the connection failed"],
  ["28000", "the user is not allowed to connect"],
  ["28P01", "authentication failed"],
  ["3D000", "the database does not exist"],
  ["53300", "too many connections"],
  ["57P01", "the server is shutting down"],
  ["57P02", "the server is shutting down"],
  ["57P03", "the server is starting up"],
]);

// Driver adapter error kinds (Prisma 7 `DriverAdapterError.cause.kind`) with the same meaning.
const unavailableKinds = new Map<string, string>([
  ["DatabaseNotReachable", "the server cannot be reached"],
  ["DatabaseDoesNotExist", "the database does not exist"],
  ["DatabaseAccessDenied", "access was denied"],
  ["AuthenticationFailed", "authentication failed"],
  ["ConnectionClosed", "the server closed the connection"],
  ["TlsConnectionError", "the TLS connection failed"],
  ["TooManyConnections", "too many connections"],
  ["SocketTimeout", "the connection timed out"],
]);

// Messages of Prisma's engines (the schema engine's errors carry no code) that mean the same thing.
const unavailableMessages: [RegExp, (match: RegExpExecArray) => string][] = [
  [/The database is not reachable: ([^\n]+)/, (m) => m[1]!],
  // Raw queries report it without the backticks: "Raw query failed. … Message: `Can't reach database server at 127.0.0.1:1`".
  [/Can't reach database server at `?([^`\s]+)`?/, (m) => `the server at ${m[1]} cannot be reached`],
  [/Authentication failed against database server/, () => "authentication failed (check the user and password in DATABASE_URL)"],
  [/Database `([^`]+)` does not exist/, (m) => `the database ${m[1]} does not exist`],
  // Driver messages that reach us without a code (node-postgres wraps some socket failures in plain Errors).
  [/Connection terminated/, () => "the server closed the connection"],
  [/\bECONNREFUSED\b/, () => "the connection was refused"],
  [/connect ETIMEDOUT/, () => "the connection timed out"],
  [/database is not reachable/i, () => "the server cannot be reached"],
];

/**
 * The DatabaseUnavailableError an error means, or null when it is some other failure (a bug, a constraint).
 * Looks through `cause` chains and Prisma's error shapes, so it works on whatever a query threw.
 */
export function toDatabaseUnavailableError(error: unknown): DatabaseUnavailableError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    if (current instanceof DatabaseUnavailableError) return current;
    const record = current as { code?: unknown; errorCode?: unknown; kind?: unknown; cause?: unknown; message?: unknown };
    for (const code of [record.code, record.errorCode]) {
      if (typeof code === "string" && unavailableCodes.has(code)) {
        return new DatabaseUnavailableError(unavailableCodes.get(code)!, { cause: error });
      }
    }
    if (typeof record.kind === "string" && unavailableKinds.has(record.kind)) {
      return new DatabaseUnavailableError(unavailableKinds.get(record.kind)!, { cause: error });
    }
    if (typeof record.message === "string") {
      // Prisma wraps errors thrown while connecting (e.g. by our PGlite adapter) into its own error types.
      for (const [pattern, reason] of unavailableMessages) {
        const match = pattern.exec(record.message);
        if (match) return new DatabaseUnavailableError(reason(match), { cause: error });
      }
    }
    current = record.cause;
  }
  return null;
}

export function isDatabaseUnavailableError(error: unknown): boolean {
  return toDatabaseUnavailableError(error) !== null;
}

/** One line for a person: the error's own message for our error types, a generic line otherwise. */
export function describeDatabaseError(error: unknown): string {
  const unavailable = toDatabaseUnavailableError(error);
  if (unavailable) return unavailable.message;
  if (error instanceof DatabaseConfigError || error instanceof MigrationError) return error.message;
  return "The database reported an unexpected error.";
}
