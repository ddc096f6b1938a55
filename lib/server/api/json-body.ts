/**
 * The body of a REST API request, checked before anything reads it as a command: declared as JSON, of a sane size,
 * valid UTF-8 and JSON, and a JSON object. Each refusal is the API's JSON error with a status a client can act on
 * (415 wrong type, 413 too large, 400 the rest); none of them throws.
 */
import { problem } from "./problems";

/** `application/json`, optionally with `charset=utf-8` (any case, quoted or not), and nothing else. */
const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset\s*=\s*("utf-8"|utf-8)\s*)?$/i;

/** A command is a few hundred bytes; 16 KiB leaves room for any sane client and none for a flood. */
export const MAX_BODY_BYTES = 16 * 1024;

export function isJsonContentType(value: string | null): boolean {
  return value !== null && JSON_CONTENT_TYPE.test(value.trim());
}

export type JsonBody = { ok: true; body: Record<string, unknown> } | { ok: false; response: Response };

const invalid = (message: string): JsonBody => ({ ok: false, response: problem(400, "invalid_json", message) });

export async function readJsonObject(request: Request): Promise<JsonBody> {
  // A form or text body is never parsed as JSON, whatever it contains: the client is told what to send instead.
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return { ok: false, response: problem(415, "unsupported_media_type", "Send the body as JSON, with the header 'Content-Type: application/json'.") };
  }
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes === "too-large") return { ok: false, response: problem(413, "body_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB; a command is a small JSON object.`) };
  if (bytes === "unreadable") return invalid("The body could not be read. Send it again.");
  if (bytes.length === 0) return invalid("The body is empty: send the command as a JSON object.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return invalid("The body is not valid UTF-8 text.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's own message quotes the input; the client has it already.
    return invalid("The body is not valid JSON.");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return invalid("The body must be a JSON object ({…}), not an array, a string, a number or null.");
  }
  return { ok: true, body: value as Record<string, unknown> };
}

/** The body's bytes, stopping as soon as it passes `limit` (a declared or a real length). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | "too-large" | "unreadable"> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return "too-large";
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return "too-large";
      }
      chunks.push(value);
    }
  } catch {
    // The client went away or sent a broken stream.
    return "unreadable";
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
