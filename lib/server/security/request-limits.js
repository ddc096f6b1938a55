// Plain JavaScript because scripts/serve.mjs loads it before Next starts: which request bodies the server refuses
// before anything reads them. Server actions and the REST API take small forms and JSON; 1 MB is far above any of
// them, and a body of unknown length (chunked) could be any size, so it must say its length.

export const MAX_BODY_BYTES = 1024 * 1024;

const BODILESS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * @param {string | undefined} method
 * @param {Record<string, string | string[] | undefined>} headers Node's incoming headers (lower-case names)
 * @returns {{ status: number; message: string } | null} the refusal, or null to let the request through
 */
export function bodyRefusal(method, headers) {
  if (BODILESS.has((method ?? "GET").toUpperCase())) return null;
  const declared = headers["content-length"];
  if (declared !== undefined) {
    if (typeof declared !== "string" || !/^\d{1,16}$/.test(declared)) return { status: 400, message: "The request's Content-Length is not a number." };
    if (Number(declared) > MAX_BODY_BYTES) return { status: 413, message: "The request is too large: send at most 1 MB." };
    return null;
  }
  if (headers["transfer-encoding"]) return { status: 411, message: "Send the request with a Content-Length (at most 1 MB)." };
  return null;
}
