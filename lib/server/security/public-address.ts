/**
 * Whether a host is on the public internet: the only place a server should connect to on a stranger's say-so (a
 * webhook destination). Anything else could make the server knock on its own ports (127.0.0.1:5432), the cloud's
 * metadata service (169.254.169.254) or the network behind it: server-side request forgery.
 *
 * ipaddr.js names the ranges (loopback, private, linkLocal, uniqueLocal, carrierGradeNat, multicast, broadcast,
 * unspecified, reserved, 6to4, teredo, rfc6052…); only its "unicast", none of the special ones, is public. Hosts are
 * taken from WHATWG URL, which has already spelled 0x7f000001, 2130706433 and 127.1 as 127.0.0.1.
 */
import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name has. The system's by default; tests pass their own. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

/** getaddrinfo, as a connection would use it (/etc/hosts, then DNS), with every answer in the order given. */
export const resolveWithSystem: ResolveHost = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** ::a.b.c.d, "IPv4-compatible" (deprecated by RFC 4291): ipaddr.js calls it unicast, yet it names an IPv4 address. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() unwraps ::ffff:127.0.0.1 into 127.0.0.1, so a mapped address is judged as the IPv4 one it is.
  const parsed = ipaddr.process(address);
  if (parsed.range() !== "unicast") return false;
  return !(parsed.kind() === "ipv6" && parsed.match(IPV4_COMPATIBLE));
}

/** The address a URL's hostname spells, when it is one ("[::1]" → "::1"); null for a name. */
export function addressInHostname(hostname: string): ResolvedAddress | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  if (!ipaddr.isValid(bare)) return null;
  return { address: bare, family: ipaddr.parse(bare).kind() === "ipv6" ? 6 : 4 };
}

export type HostCheck = { ok: true; address: ResolvedAddress } | { ok: false; reason: "not-public" | "not-found" };

/**
 * Resolves a URL's hostname and checks every address it has: one private answer among public ones is enough to
 * refuse (a rebinding name can hand out both). The answer names the address to connect to, so the caller connects
 * where it checked instead of asking the DNS again. `checkPublic: false` resolves without judging (development).
 */
export async function resolvePublicHost(hostname: string, { resolve = resolveWithSystem, checkPublic = true }: { resolve?: ResolveHost; checkPublic?: boolean } = {}): Promise<HostCheck> {
  const literal = addressInHostname(hostname);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [literal];
  else {
    try {
      addresses = await resolve(hostname);
    } catch {
      return { ok: false, reason: "not-found" };
    }
  }
  const first = addresses[0];
  if (!first) return { ok: false, reason: "not-found" };
  if (checkPublic && !addresses.every((found) => isPublicAddress(found.address))) return { ok: false, reason: "not-public" };
  return { ok: true, address: first };
}
