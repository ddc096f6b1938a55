/** Messages actions answer with, in one place so tests and pages can name them ("use server" files export only actions). */
export const wrongCredentialsMessage = "That email and password do not match an account. Check both, or reset your password.";

export const optionConflictMessage =
  "Someone else saved this option while you were editing. Nothing was overwritten: reload the page to see their changes, then apply yours again.";

/**
 * The answer to an action called without a form: a hand-made request can send a string, an object or null where the
 * browser sends FormData. Nothing is read or stored (lib/validation/fields `readForm`).
 */
export const unreadableFormMessage = "This form could not be read. Reload the page and try again.";
