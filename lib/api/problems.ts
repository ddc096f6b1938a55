/** JSON error answers of the REST API: `{ error: { code, message, fields? } }` with the HTTP status. */
export function problem(status: number, code: string, message: string, fields?: Record<string, string>): Response {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, headers: { "cache-control": "no-store" } });
}

export const unauthorized = () => problem(401, "unauthorized", "Send a valid, unrevoked API key as 'Authorization: Bearer gfk_…'.");
