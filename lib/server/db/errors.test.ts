import { describe, expect, test } from "vitest";
import { isDatabaseUnavailableError, toDatabaseUnavailableError } from "./errors";

describe("which failures mean the database cannot be used", () => {
  test.each([
    { label: "a socket code", error: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }), reason: "the connection was refused" },
    { label: "a Prisma connection code", error: Object.assign(new Error("…"), { code: "P1001" }), reason: "the server cannot be reached" },
    { label: "Prisma's message with backticks", error: new Error("Can't reach database server at `db.internal:5432`"), reason: "the server at db.internal:5432 cannot be reached" },
    {
      label: "a raw query's message, without backticks (what $queryRaw throws)",
      error: Object.assign(new Error("Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`"), { code: "P2010" }),
      reason: "the server at 127.0.0.1:1 cannot be reached",
    },
    { label: "a driver message with no code", error: new Error("Connection terminated unexpectedly"), reason: "the server closed the connection" },
    { label: "deep in a cause chain", error: new Error("query failed", { cause: { kind: "DatabaseNotReachable" } }), reason: "the server cannot be reached" },
  ])("$label", ({ error, reason }) => {
    expect(toDatabaseUnavailableError(error)?.message).toBe(`The database is not reachable: ${reason}`);
  });

  test.each([
    { label: "a unique-constraint violation", error: Object.assign(new Error("Unique constraint failed"), { code: "P2002" }) },
    { label: "a bug", error: new TypeError("cannot read properties of undefined") },
    { label: "not an error at all", error: "nope" },
  ])("$label is not", ({ error }) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});
