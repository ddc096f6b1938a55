/**
 * The one place where an action's refusals and failures become the form's state:
 *   - a DomainError (a refusal, thrown by a step of the action's prologue, its body or the data layer) becomes
 *     `{ ok: false, message, fieldErrors }` with its own sentence, and nothing is logged: it is an answer, not a fault;
 *   - Next's redirect() and notFound() signals go on to Next: several actions redirect on success;
 *   - anything else is a failure: logged once as "<action> failed" (the server log keeps the cause) and answered
 *     with describeWriteFailure, which never shows a driver's text to the browser.
 *
 * Each action reads as its steps in order: who may act (authorize.ts), the ids it was called with and the form
 * (prologue.ts), then the change through the data layer. Each step refuses by throwing, so an action has no
 * `if (!x.ok) return x.state` ladder, and the order of the refusals is the order of the lines.
 *
 * Why not next-safe-action: its actions answer `{ data, validationErrors, serverError }`, with field errors shaped
 * `{ field: { _errors: [...] } }`, where our forms' useActionState reads ActionState's `fieldErrors`: every form, or
 * every action, would translate one shape into the other. It validates the bound ids and the form together, so
 * "This project does not exist." could not come before the form's errors, nor the form before the access check
 * where an action needs that. And `.action()` returns a value to export as a const, where the access matrix
 * (tests/actions/access.test.ts) finds each action as an `export async function`. What we need from it (an error
 * boundary that rethrows Next's signals, a schema step) is these few lines.
 */
import { unstable_rethrow } from "next/navigation";
import { DomainError } from "../core/errors/domain-error";
import { describeWriteFailure } from "../server/data/errors";
import { failed, type ActionState } from "./state";

/**
 * Runs an action's steps (`body`) and answers with its state. `name` is the action's, for the server log;
 * `describeFailure` says what a failure did not do (nothing was saved, by default).
 */
export async function runAction<S extends ActionState>(name: string, body: () => Promise<S>, describeFailure: (error: unknown) => string = describeWriteFailure): Promise<S | ActionState> {
  try {
    return await body();
  } catch (error) {
    // A redirect is how several actions succeed: it must reach Next, not be answered as a failure.
    unstable_rethrow(error);
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error(`${name} failed`, error);
    return failed(describeFailure(error));
  }
}
