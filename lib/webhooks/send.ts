/**
 * One HTTP attempt of one delivery: POST the stored body, signed at the moment of sending, and say what happened in
 * words short enough for the delivery log ("HTTP 500", "timeout after 10 s", "connection refused").
 */
import { webhookHeaders } from "../operations/webhooks";

export type Fetch = typeof globalThis.fetch;

export type AttemptResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

export interface Attempt {
  url: string;
  secret: string;
  body: string;
  idempotencyKey: string;
  /** The signature's time. */
  now: Date;
  fetch: Fetch;
  timeoutMs: number;
}

const USER_AGENT = "Gridfolio-Webhooks/1";
/** The log shows one line; a receiver's error text can be anything. */
const MAX_ERROR_LENGTH = 200;

export async function attemptDelivery({ url, secret, body, idempotencyKey, now, fetch, timeoutMs }: Attempt): Promise<AttemptResult> {
  const headers = { ...webhookHeaders({ secret, body, now, idempotencyKey }), "User-Agent": USER_AGENT };
  let response: Response;
  try {
    // redirect "manual": following a 301/302 would turn the POST into a GET, and could lead the request to an address
    // the owner never entered.
    response = await withDeadline(fetch(url, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) }), timeoutMs);
  } catch (error) {
    return { ok: false, statusCode: null, error: describeSendFailure(error, timeoutMs) };
  }
  // Only the status counts; discarding the answer's body frees the connection.
  await response.body?.cancel().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
  const isRedirect = response.status >= 300 && response.status < 400;
  return { ok: false, statusCode: response.status, error: `HTTP ${response.status}${isRedirect ? " (redirects are not followed)" : ""}` };
}

/**
 * The abort signal ends a real fetch in time; this also ends one that ignores it (a custom fetch, a stuck body), so
 * a worker tick can never wait forever.
 */
function withDeadline<T>(pending: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException("The operation timed out.", "TimeoutError")), timeoutMs + 1_000);
  });
  return Promise.race([pending, deadline]).finally(() => clearTimeout(timer));
}

const connectionErrors: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the receiver",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found (DNS lookup failed)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "connection closed by the receiver",
  UND_ERR_HEADERS_TIMEOUT: "no answer in time",
};

export function describeSendFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") return `timeout after ${timeoutMs / 1000} s`;
  const code = errorCode(error);
  if (code && connectionErrors[code]) return connectionErrors[code];
  if (code && /CERT|SSL|TLS/.test(code)) return `TLS certificate not accepted (${code})`;
  const message = code ? `connection failed (${code})` : error instanceof Error ? error.message : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}

/** fetch reports "fetch failed" and puts the reason in `cause` (an AggregateError when several addresses failed). */
function errorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const nested = (current as { errors?: unknown[] }).errors?.[0];
    current = (current as { cause?: unknown }).cause ?? nested;
  }
  return null;
}
