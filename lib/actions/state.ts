/** What every form action returns: a message for the status line and errors keyed by field name. */
export type ActionState = {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false, message: null, fieldErrors: {} };

export function invalid(fieldErrors: Record<string, string>, message = "Some fields need attention."): ActionState {
  return { ok: false, message, fieldErrors };
}

export function failed(message: string): ActionState {
  return { ok: false, message, fieldErrors: {} };
}

export function succeeded(message: string): ActionState {
  return { ok: true, message, fieldErrors: {} };
}
