import { isDatabaseUnavailableError } from "../db/errors";

/**
 * What a user is told when a request fails; the one place that decides it. `outcome` says what did not happen;
 * lib/db/errors decides which failures mean "the database cannot be used". Raw driver errors never reach the
 * browser: they can leak table names and connection strings.
 */
function describeFailure(outcome: string, error: unknown): string {
  if (isDatabaseUnavailableError(error)) return `${outcome}: the database is not reachable. Try again in a moment.`;
  return `${outcome}: an unexpected error occurred. Try again, and contact support if it keeps happening.`;
}

export function describeWriteFailure(error: unknown): string {
  return describeFailure("Nothing was saved", error);
}

export function describeReadFailure(error: unknown): string {
  return describeFailure("The figures could not be updated", error);
}
