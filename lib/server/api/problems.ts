/** JSON error answers of the REST API: `{ error: { code, message, fields? } }` with the HTTP status. */
export function problem(status: number, code: string, message: string, fields?: Record<string, string>, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, headers: { "cache-control": "no-store", ...headers } });
}

export const unauthorized = () => problem(401, "unauthorized", "Send a valid, unrevoked API key as 'Authorization: Bearer gfk_…'.");

/** 429 with Retry-After in seconds, the way HTTP clients and their retry libraries read it. */
export function tooManyRequests(message: string, retryAfterSeconds: number): Response {
  return problem(429, "rate_limited", `${message} Try again in ${seconds(retryAfterSeconds)}.`, undefined, { "retry-after": String(retryAfterSeconds) });
}

export function seconds(count: number): string {
  return count === 1 ? "1 second" : `${count} seconds`;
}
