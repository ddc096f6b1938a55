/**
 * Whether a request comes from another site: its Origin header names another host than the one it was sent to.
 * This is the comparison Next.js makes before running a server action; proxy.ts makes it first so that a forged
 * action gets a 403 instead of Next's 500.
 */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (a sandboxed or file:// page) or garbage: not this site.
    return true;
  }
}

