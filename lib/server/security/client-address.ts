/**
 * Who is on the other end of a request. Gridfolio's own server (scripts/serve.mjs) writes the TCP peer's address
 * into PEER_HEADER on every request, after deleting any copy a client sent, and sets GRIDFOLIO_PEER_HEADER=1 in
 * its environment. Only then is the header believed: under any other server (a bare `next start`) the peer is
 * unknown, so anything that needs it (the outbox, per-address limits) treats the request as coming from afar.
 */
import ipaddr from "ipaddr.js";

export const PEER_HEADER = "x-gridfolio-peer-address";

type Env = Readonly<Record<string, string | undefined>>;

/** The address of the machine that opened the connection to this server, or null when our server did not say. */
export function peerAddress(headers: Headers, env: Env = process.env): string | null {
  if (env.GRIDFOLIO_PEER_HEADER !== "1") return null;
  const value = headers.get(PEER_HEADER)?.trim();
  return value && ipaddr.isValid(value) ? normalizeAddress(value) : null;
}

/**
 * The client for rate limits and records: behind a proxy we trust (TRUST_PROXY=1), the address that proxy saw,
 * otherwise the direct peer. A forwarded address is never believed without TRUST_PROXY: anyone could send a new one
 * with each request. Proxies append to X-Forwarded-For, so only its last entry is the trusted proxy's own; the
 * entries before it are whatever the client sent.
 */
export function clientAddress(headers: Headers, env: Env = process.env): string | null {
  if (env.TRUST_PROXY === "1") {
    const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip")?.trim();
    if (forwarded && ipaddr.isValid(forwarded)) return normalizeAddress(forwarded);
  }
  return peerAddress(headers, env);
}

/** True only when the connection itself comes from this machine (127.0.0.0/8, ::1, or either mapped into IPv6). */
export function isLoopbackPeer(headers: Headers, env: Env = process.env): boolean {
  const peer = peerAddress(headers, env);
  return peer !== null && ipaddr.process(peer).range() === "loopback";
}

/** One spelling per address, so "::ffff:10.0.0.1" and "10.0.0.1" count against one limit. */
export function normalizeAddress(address: string): string {
  return ipaddr.process(address).toString();
}
