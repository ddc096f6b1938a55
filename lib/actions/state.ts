/** What every form action returns: a message for the status line and errors keyed by field name. */
export type ActionState = {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false, message: null, fieldErrors: {} };

/** The status line over a form's field errors, unless the action says what was not done ("Nothing was saved: …"). */
export const fieldsNeedAttention = "Some fields need attention.";

export function invalid(fieldErrors: Record<string, string>, message = fieldsNeedAttention): ActionState {
  return { ok: false, message, fieldErrors };
}

export function failed(message: string): ActionState {
  return { ok: false, message, fieldErrors: {} };
}

export function succeeded(message: string): ActionState {
  return { ok: true, message, fieldErrors: {} };
}
