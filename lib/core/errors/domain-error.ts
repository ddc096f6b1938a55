/**
 * A request the app refuses, in the installer's words: the sentence is what the person reads in the form's status
 * line, so it says what happened and what to do. The code says what kind of refusal it is, for code that must tell
 * them apart (an API answering with a status, a test) without parsing the sentence.
 *
 * Thrown by an action or the data layer and turned into the form's state in one place (lib/actions/run-action.ts).
 * Anything else that is thrown is a failure, not a refusal: it is logged, and the person is told nothing was saved.
 */
export type DomainErrorCode =
  /** Signed out, no organization, or a role that does not allow it. */
  | "not-allowed"
  /** The row is not there (deleted, another organization's, or an id that names nothing). */
  | "not-found"
  /** Someone else changed it first, or it is already in the state asked for. */
  | "conflict"
  /** The input cannot be used: field errors, or a form that is not a form. */
  | "invalid"
  /** Too many attempts in the window; wait and try again. */
  | "rate-limited"
  /** The database could not be used; the cause is already in the server log. */
  | "unavailable";

export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Messages keyed by field name, shown beside each input ("invalid" only). */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}
