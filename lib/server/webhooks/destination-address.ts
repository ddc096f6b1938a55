/**
 * Where Gridfolio may send an organization's events: only to public internet addresses (lib/security/public-address),
 * so that a destination cannot turn our server into a probe of its own ports, the cloud's metadata service or the
 * network behind it. Checked when a destination is added, and again before every delivery, which then connects to
 * the very address it checked (send.ts): a name whose DNS answer changes in between still cannot reach inside.
 *
 * WEBHOOK_ALLOW_PRIVATE_DESTINATIONS=1 turns the check off, for development and the tests, whose receivers listen on
 * 127.0.0.1. Never on a server that other people use.
 */
import { resolvePublicHost, type HostCheck, type ResolveHost } from "../security/public-address";

export const ALLOW_PRIVATE_DESTINATIONS = "WEBHOOK_ALLOW_PRIVATE_DESTINATIONS";

type Env = Readonly<Record<string, string | undefined>>;

export function allowsPrivateDestinations(env: Env = process.env): boolean {
  return env[ALLOW_PRIVATE_DESTINATIONS]?.trim() === "1";
}

export interface DestinationPolicy {
  /** The DNS; the system's by default. */
  resolve?: ResolveHost;
  /** The setting above; read from the environment by default. */
  allowPrivate?: boolean;
}

/** Before a delivery: the address to connect to, or why there is none. With the setting on, the name is only resolved. */
export function findDeliveryAddress(url: URL, { resolve, allowPrivate = allowsPrivateDestinations() }: DestinationPolicy = {}): Promise<HostCheck> {
  return resolvePublicHost(url.hostname, { resolve, checkPublic: !allowPrivate });
}

/**
 * When a destination is added: why its address may not be used, or null. With the setting on nothing is checked and
 * nothing is resolved, so a test's made-up name is accepted as before.
 */
export async function checkNewDestination(url: string, { resolve, allowPrivate = allowsPrivateDestinations() }: DestinationPolicy = {}): Promise<"not-public" | "not-found" | null> {
  if (allowPrivate) return null;
  const found = await resolvePublicHost(new URL(url).hostname, { resolve });
  return found.ok ? null : found.reason;
}
