/** Password rules shared by the forms (client and server) and better-auth's own check. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
