/**
 * Pages a signed-out visitor may open. Everything else sends them to sign in first (proxy.ts), and checks the
 * session and the organization again where it reads data (lib/auth/guards.ts), so this list is a convenience,
 * never the only lock. /api/v1 authenticates with organization API keys instead of sessions.
 */
const PUBLIC_PREFIXES = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/invitations/", "/outbox", "/programs", "/api/health", "/share/", "/api/v1/"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => (prefix.endsWith("/") ? pathname.startsWith(prefix) : pathname === prefix || pathname.startsWith(`${prefix}/`)));
}
