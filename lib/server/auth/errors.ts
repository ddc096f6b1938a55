import { isAPIError } from "better-auth/api";

/** better-auth's error code ("INVALID_EMAIL_OR_PASSWORD", "USER_ALREADY_EXISTS"...), or null for any other error. */
export function authErrorCode(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const body = (error as { body?: { code?: unknown } }).body;
  return typeof body?.code === "string" ? body.code : String((error as { status?: unknown }).status ?? "UNKNOWN");
}
