/**
 * One attempt of one delivery: find where the destination's host leads (only a public internet address, unless the
 * setting of destination-address.ts allows others), POST the stored body there, signed at the moment of sending, and
 * say what happened in words for the delivery log.
 *
 * The log is read by the organization that chose the address, so it must not become a port scanner's report: a
 * refused address and every failure to get an HTTP answer (refused, reset, timed out, TLS, no such host) read the
 * same, whatever actually happened. Only an HTTP status, which a public receiver chose to send, is shown as such.
 */
import { webhookHeaders } from "../../core/operations/webhooks";
import type { ResolveHost } from "../security/public-address";
import { findDeliveryAddress } from "./destination-address";
import { postPinned, type Transport } from "./pinned-post";

export type AttemptResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

export interface Attempt {
  url: string;
  secret: string;
  body: string;
  idempotencyKey: string;
  /** The signature's time. */
  now: Date;
  timeoutMs: number;
  transport?: Transport;
  resolve?: ResolveHost;
  /** WEBHOOK_ALLOW_PRIVATE_DESTINATIONS; read from the environment by default. */
  allowPrivate?: boolean;
}

export const NOT_PUBLIC_DESTINATION = "Not delivered: the destination's address is not a public internet address.";

export function unreachableDestination(timeoutMs: number): string {
  return `Not delivered: no answer from the destination (it could not be reached, or did not answer within ${timeoutMs / 1000} s).`;
}

const USER_AGENT = "Gridfolio-Webhooks/1";

export async function attemptDelivery(attempt: Attempt): Promise<AttemptResult> {
  let status: number | "not-public";
  try {
    // One deadline for the DNS answer and the request together.
    status = await withDeadline(reachAndPost(attempt), attempt.timeoutMs);
  } catch {
    return { ok: false, statusCode: null, error: unreachableDestination(attempt.timeoutMs) };
  }
  if (status === "not-public") return { ok: false, statusCode: null, error: NOT_PUBLIC_DESTINATION };
  if (status >= 200 && status < 300) return { ok: true, statusCode: status };
  const isRedirect = status >= 300 && status < 400;
  return { ok: false, statusCode: status, error: `HTTP ${status}${isRedirect ? " (redirects are not followed)" : ""}` };
}

/** The receiver's HTTP status, or "not-public" with nothing sent; throws when no HTTP answer came. */
async function reachAndPost({ url, secret, body, idempotencyKey, now, timeoutMs, transport = postPinned, resolve, allowPrivate }: Attempt): Promise<number | "not-public"> {
  const signal = AbortSignal.timeout(timeoutMs);
  const destination = new URL(url);
  const target = await findDeliveryAddress(destination, { resolve, allowPrivate });
  if (!target.ok) {
    if (target.reason === "not-public") return "not-public";
    throw new Error("host not found");
  }
  const headers = { ...webhookHeaders({ secret, body, now, idempotencyKey }), "User-Agent": USER_AGENT };
  return transport({ url: destination, address: target.address, headers, body, timeoutMs, signal });
}

/**
 * The abort signal ends a real request in time; this also ends one that ignores it (a custom transport, a DNS server
 * that never answers), so a worker tick can never wait forever.
 */
function withDeadline<T>(pending: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException("The operation timed out.", "TimeoutError")), timeoutMs + 1_000);
  });
  return Promise.race([pending, deadline]).finally(() => clearTimeout(timer));
}
