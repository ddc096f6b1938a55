/**
 * The client's address for per-address rate limits. Only behind a proxy we trust (TRUST_PROXY=1) is
 * X-Forwarded-For believed; otherwise anyone could send a new one with each attempt, so there is none.
 */
export function clientAddress(headers: Headers, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env.TRUST_PROXY !== "1") return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
